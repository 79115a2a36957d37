package org.throughcare.patient.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.throughcare.patient.Demographics;
import org.throughcare.patient.MatchCandidate;
import org.throughcare.patient.Sex;

class MatchScoringTest {

    private static final Demographics RECORDED = person("Smith", "Jane", "1985-04-12", Sex.FEMALE);

    @Test
    void everythingAgreeingScoresTheMaximum() {
        MatchCandidate match = score(person("SMITH", "jane", "1985-04-12", Sex.FEMALE));
        assertThat(match.score()).isEqualTo(9.5);
        assertThat(match.reasons()).contains("family name: agrees", "date of birth: agrees");
    }

    @Test
    void aTypingErrorInTheDateOfBirthStillGoesToReview() {
        assertThat(score(person("Smith", "Jane", "1985-04-13", Sex.FEMALE)).score())
                .isEqualTo(7.5)
                .isGreaterThanOrEqualTo(MatchScoring.REVIEW_THRESHOLD);
    }

    @Test
    void dayAndMonthTransposedIsRecognised() {
        MatchCandidate match = score(person("Smith", "Jane", "1985-12-04", Sex.FEMALE));
        assertThat(match.reasons()).contains("date of birth: day and month transposed");
        assertThat(match.score()).isEqualTo(8.0);
    }

    @Test
    void aChangedFamilyNameWithEverythingElseAgreeingGoesToReview() {
        MatchCandidate married = score(person("Okafor", "Jane", "1985-04-12", Sex.FEMALE));
        assertThat(married.score()).isEqualTo(5.5).isGreaterThanOrEqualTo(MatchScoring.REVIEW_THRESHOLD);
    }

    @Test
    void similarSpellingsAndShortenedNamesCountAsSimilar() {
        MatchCandidate match = score(person("Smyth", "Jan", "1985-04-12", Sex.FEMALE));
        assertThat(match.reasons()).contains("family name: similar", "given name: similar or shortened");
        assertThat(match.score()).isEqualTo(7.5);
    }

    @Test
    void swappedGivenAndFamilyNamesAreRecognised() {
        MatchCandidate match = score(person("Jane", "Smith", "1985-04-12", Sex.FEMALE));
        assertThat(match.reasons()).contains("names: given and family names swapped");
        assertThat(match.score()).isEqualTo(8.5);
    }

    @Test
    void theSameNameWithAnotherDateOfBirthIsNotAMatch() {
        assertThat(score(person("Smith", "Jane", "1972-09-30", Sex.FEMALE)).score())
                .isEqualTo(2.5)
                .isLessThan(MatchScoring.REVIEW_THRESHOLD);
    }

    @Test
    void aDifferentSexCountsAgainst() {
        assertThat(score(person("Smith", "Jane", "1985-04-12", Sex.MALE)).score())
                .isEqualTo(8.0);
        assertThat(score(person("Smith", "Jane", "1985-04-12", Sex.UNKNOWN)).score())
                .isEqualTo(9.0);
    }

    @Test
    void anUnknownDateOfBirthNeitherHelpsNorHurts() {
        MatchCandidate match = score(person("Smith", "Jane", null, Sex.FEMALE));
        assertThat(match.score()).isEqualTo(5.5);
        assertThat(match.reasons()).contains("date of birth: not known");
    }

    @Test
    void accentsHyphensAndApostrophesAreIgnored() {
        assertThat(Names.normalise("O'Brien-Núñez")).isEqualTo("obriennunez");
        Demographics recorded = person("O'Brien-Núñez", "Jane", "1985-04-12", Sex.FEMALE);
        assertThat(MatchScoring.score("x", person("OBRIEN NUNEZ", "jane", "1985-04-12", Sex.FEMALE), recorded)
                        .reasons())
                .contains("family name: agrees");
    }

    @Test
    void jaroWinklerGivesTheTextbookValues() {
        assertThat(Names.similarity("martha", "marhta")).isCloseTo(0.961, org.assertj.core.data.Offset.offset(0.001));
        assertThat(Names.similarity("dwayne", "duane")).isCloseTo(0.84, org.assertj.core.data.Offset.offset(0.001));
        assertThat(Names.similarity("abc", "xyz")).isZero();
    }

    private static MatchCandidate score(Demographics received) {
        return MatchScoring.score("recorded", received, RECORDED);
    }

    private static Demographics person(String family, String given, String born, Sex sex) {
        return new Demographics(null, null, null, family, given, born == null ? null : LocalDate.parse(born), sex);
    }
}

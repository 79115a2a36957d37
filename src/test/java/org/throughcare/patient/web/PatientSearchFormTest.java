package org.throughcare.patient.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PatientSearchFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static PatientSearchForm form(
            String family, String day, String month, String year, String nhs, String prison) {
        return new PatientSearchForm(family, null, day, month, year, nhs, prison);
    }

    @Test
    void anEmptyFormAsksForSomethingToSearchBy() {
        assertThat(form(" ", "", "", "", "", "").check(TODAY).errors())
                .containsEntry("family", "Enter a name, date of birth, NHS number or prison number");
    }

    @Test
    void numbersAreAcceptedAsPeopleTypeThem() {
        PatientSearchForm.Checked checked =
                form(null, null, null, null, "999 000-0018", "a1234bc").check(TODAY);

        assertThat(checked.errors()).isEmpty();
        assertThat(checked.query().nhsNumber().value()).isEqualTo("9990000018");
        assertThat(checked.query().prisonNumber().value()).isEqualTo("A1234BC");
        assertThat(checked.query().byNumber()).isTrue();
    }

    @Test
    void aWrongCheckDigitOrFormatIsAFieldError() {
        assertThat(form(null, null, null, null, "9990000019", "12345")
                        .check(TODAY)
                        .errors())
                .containsKeys("nhs-number", "prison-number");
    }

    @Test
    void datesOfBirthMustBeWholeRealAndPast() {
        assertThat(form(null, "12", "4", null, null, null).check(TODAY).errors().get("birth-day"))
                .isEqualTo("Date of birth must include a day, month and year");
        assertThat(form(null, "31", "2", "1990", null, null)
                        .check(TODAY)
                        .errors()
                        .get("birth-day"))
                .isEqualTo("Date of birth must be a real date");
        assertThat(form(null, "1", "1", "2027", null, null)
                        .check(TODAY)
                        .errors()
                        .get("birth-day"))
                .isEqualTo("Date of birth must be in the past");
        assertThat(form(null, "x", "1", "1990", null, null).check(TODAY).errors())
                .containsKey("birth-day");
        assertThat(form(null, "12", "4", "1985", null, null)
                        .check(TODAY)
                        .query()
                        .birthDate())
                .isEqualTo(LocalDate.of(1985, 4, 12));
    }

    @Test
    void namesAreLettersSpacesHyphensAndApostrophesOnly() {
        assertThat(form("O'Brien-Núñez", null, null, null, null, null)
                        .check(TODAY)
                        .errors())
                .isEmpty();
        assertThat(form("Smith,Jones", null, null, null, null, null)
                        .check(TODAY)
                        .errors())
                .containsKey("family");
        assertThat(form("<script>", null, null, null, null, null).check(TODAY).errors())
                .containsKey("family");
        assertThat(form("a".repeat(101), null, null, null, null, null)
                        .check(TODAY)
                        .errors())
                .containsKey("family");
    }
}

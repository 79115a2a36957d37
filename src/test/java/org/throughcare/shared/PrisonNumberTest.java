package org.throughcare.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrisonNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"A1234BC", "Z0000ZZ", "G4817VN"})
    void acceptsTheNomisFormat(String number) {
        assertThat(PrisonNumber.isValid(number)).isTrue();
        assertThat(PrisonNumber.of(number).value()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234ABC", "A123BC", "A12345C", "AB1234C", "A1234B", "A1234BCD", "", "A1234B1"})
    void refusesAnythingElse(String number) {
        assertThat(PrisonNumber.isValid(number)).isFalse();
        assertThatThrownBy(() -> PrisonNumber.of(number)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void normalisesCaseAndSpaceWhenParsedButStoredFormIsStrict() {
        assertThat(PrisonNumber.of(" a1234bc ").value()).isEqualTo("A1234BC");
        assertThat(PrisonNumber.isValid("a1234bc")).isFalse();
    }

    @Test
    void neverShowsTheWholeNumberInText() {
        assertThat(PrisonNumber.of("A1234BC").toString()).doesNotContain("1234");
    }
}

package org.throughcare.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "9434765870", "4010232137", "0000000000"})
    void acceptsNumbersWithAValidCheckDigit(String number) {
        assertThat(NhsNumber.isValid(number)).isTrue();
        assertThat(NhsNumber.of(number).value()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "943476591", "94347659190", "943476591X", "", "          "})
    void refusesNumbersThatAreMalformedOrFailTheCheck(String number) {
        assertThat(NhsNumber.isValid(number)).isFalse();
        assertThatThrownBy(() -> NhsNumber.of(number)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNumbersWhoseCheckDigitWouldBeTen() {
        // 1, 2, 3, 4, 5, 6, 7, 8, 0: weighted sum 240, remainder 9, check 2 -> valid; find a check-10 case.
        assertThat(NhsNumber.isValid("1000000010")).isFalse();
    }

    @Test
    void acceptsTheSpacesPeopleType() {
        assertThat(NhsNumber.of("943 476 5919").value()).isEqualTo("9434765919");
    }

    @Test
    void everySingleDigitMistakeIsCaught() {
        // Property: modulus 11 detects every single-digit substitution in a valid number.
        Random random = new Random(42);
        for (int n = 0; n < 2000; n++) {
            String valid = aValidNumber(random);
            int position = random.nextInt(10);
            char wrong = (char) ('0' + (valid.charAt(position) - '0' + 1 + random.nextInt(9)) % 10);
            String mistyped = valid.substring(0, position) + wrong + valid.substring(position + 1);
            assertThat(NhsNumber.isValid(mistyped)).as(mistyped).isFalse();
        }
    }

    @Test
    void neverShowsTheWholeNumberInText() {
        assertThat(NhsNumber.of("9434765919").toString())
                .doesNotContain("9434765919")
                .endsWith("919]");
    }

    static String aValidNumber(Random random) {
        while (true) {
            String first9 = String.format("%09d", random.nextInt(1_000_000_000));
            for (int check = 0; check <= 9; check++) {
                if (NhsNumber.isValid(first9 + check)) {
                    return first9 + check;
                }
            }
        }
    }

    @Test
    void isShownInGroupsOfThreeThreeAndFour() {
        org.assertj.core.api.Assertions.assertThat(NhsNumber.of("9990000018").formatted())
                .isEqualTo("999 000 0018");
    }
}

package org.throughcare.security.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPassphrase() {
        assertThat(PasswordPolicy.problems("gp.leeds", "correct horse battery staple"))
                .isEmpty();
    }

    @Test
    void refusesShortCommonOrSelfNamedPasswords() {
        assertThat(PasswordPolicy.problems("gp.leeds", "short1!")).containsExactly("must be at least 12 characters");
        assertThat(PasswordPolicy.problems("someone", "Password1234")).contains("is a commonly used password");
        assertThat(PasswordPolicy.problems("gp.leeds", "my-gp.leeds-password"))
                .contains("must not contain the user name");
        assertThat(PasswordPolicy.problems("x", "aaaaaaaaaaaaaaaa"))
                .contains("must use at least 5 different characters");
        assertThat(PasswordPolicy.problems("x", "a".repeat(129) + "bcdef")).contains("must be at most 128 characters");
    }
}

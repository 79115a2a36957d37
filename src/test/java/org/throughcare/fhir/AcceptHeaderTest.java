package org.throughcare.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AcceptHeaderTest {

    @Test
    void choosesByQualityAndAcceptsWildcards() {
        assertThat(AcceptHeader.choose("application/fhir+xml;q=0.4, application/fhir+json;q=0.9"))
                .contains(FhirFormat.JSON);
        assertThat(AcceptHeader.choose("text/html, */*;q=0.1")).isEmpty();
        assertThat(AcceptHeader.choose("application/*")).isEmpty();
        assertThat(AcceptHeader.choose(null)).isEmpty();
    }

    @Test
    void refusesWhatCannotBeServed() {
        assertThatThrownBy(() -> AcceptHeader.choose("image/png")).isInstanceOf(FhirApiException.class);
        assertThatThrownBy(() -> AcceptHeader.choose("application/fhir+json;q=0"))
                .isInstanceOf(FhirApiException.class);
    }
}

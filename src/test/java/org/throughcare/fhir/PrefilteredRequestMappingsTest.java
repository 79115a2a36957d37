package org.throughcare.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.throughcare.fhir.PrefilteredRequestMappings.Shape;

/**
 * A mapping is set aside only when its pattern cannot match the path: the rest is left to Spring,
 * so the prefilter can never change which handler answers.
 */
class PrefilteredRequestMappingsTest {

    @Test
    void aPatternMayMatchPathsOfItsLengthThatStartWithItsLiteralText() {
        Shape read = Shape.of("/fhir/{type}/{id}");
        assertThat(mayMatch(read, "/fhir/Patient/123")).isTrue();
        assertThat(mayMatch(read, "/fhir/Patient/$pds-read")).isTrue();
        assertThat(mayMatch(read, "/fhir/Patient")).isFalse();
        assertThat(mayMatch(read, "/fhir/Patient/123/_history")).isFalse();
        assertThat(mayMatch(read, "/patients/Patient/123")).isFalse();
    }

    @Test
    void literalTextAfterTheFirstVariableIsLeftToSpring() {
        Shape everything = Shape.of("/fhir/Patient/{id}/$everything");
        assertThat(everything.literalStart()).isEqualTo("/fhir/Patient/");
        assertThat(mayMatch(everything, "/fhir/Patient/1/$everything")).isTrue();
        assertThat(mayMatch(everything, "/fhir/Patient/1/Observation")).isTrue();
        assertThat(mayMatch(everything, "/fhir/Observation/1/$everything")).isFalse();
    }

    @Test
    void aPatternWithoutVariablesMatchesOnlyItself() {
        Shape metadata = Shape.of("/fhir/metadata");
        assertThat(mayMatch(metadata, "/fhir/metadata")).isTrue();
        assertThat(mayMatch(metadata, "/fhir/metadatax")).isTrue(); // same length and start: Spring decides
        assertThat(mayMatch(metadata, "/fhir/Patient")).isFalse();
        assertThat(mayMatch(Shape.of("/fhir/"), "/fhir/")).isTrue();
        assertThat(mayMatch(Shape.of("/fhir"), "/fhir/")).isFalse();
    }

    @Test
    void wildcardsOverSeveralSegmentsAreNotJudged() {
        assertThat(Shape.of("/assets/**")).isNull();
        assertThat(Shape.of("/files/{*path}")).isNull();
        Shape single = Shape.of("/worklists/*");
        assertThat(mayMatch(single, "/worklists/arrivals_today")).isTrue();
        assertThat(mayMatch(single, "/worklists/arrivals_today/2")).isFalse();
    }

    private static boolean mayMatch(Shape shape, String path) {
        return shape.mayMatch(path, Shape.segments(path));
    }
}

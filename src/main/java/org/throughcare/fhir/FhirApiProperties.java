package org.throughcare.fhir;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the FHIR API.
 *
 * @param maxBodySize the largest request body accepted (413 beyond it); 16 MB by default
 */
@ConfigurationProperties("throughcare.fhir")
record FhirApiProperties(DataSize maxBodySize) {

    FhirApiProperties {
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(16) : maxBodySize;
    }
}

package org.throughcare.fhir;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the FHIR API.
 *
 * @param maxBodySize the largest request body accepted (413 beyond it); 16 MB by default
 * @param largeBodyBudget how many bytes of bodies over 1 MB may be in hand at once (503 beyond it,
 *     after a wait); 64 MB by default, four bodies of the default limit, which a heap of 768 MB holds
 */
@ConfigurationProperties("throughcare.fhir")
record FhirApiProperties(DataSize maxBodySize, DataSize largeBodyBudget) {

    FhirApiProperties {
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(16) : maxBodySize;
        largeBodyBudget = largeBodyBudget == null ? DataSize.ofMegabytes(64) : largeBodyBudget;
    }
}

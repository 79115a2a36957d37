package org.throughcare.shared;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Beans every module uses: the clock (time is injected, never read from the system) and FHIR R4;
 * scheduled work (sweeps of expired data) is switched on here.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SharedConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * FHIR R4, set never to change what clients send: references keep their versions, a Bundle
     * entry keeps its own id whatever its fullUrl, and the encoder does not go looking for
     * reference targets to contain (which also costs a walk of every resource written).
     */
    @Bean
    FhirContext fhirContext() {
        FhirContext fhirContext = FhirContext.forR4();
        fhirContext
                .getParserOptions()
                .setStripVersionsFromReferences(false)
                .setOverrideResourceIdWithBundleEntryFullUrl(false)
                .setAutoContainReferenceTargetsWithNoId(false);
        return fhirContext;
    }
}

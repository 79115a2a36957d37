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

    /** FHIR R4 as {@link FhirR4} makes it. */
    @Bean
    FhirContext fhirContext() {
        return FhirR4.newContext();
    }
}

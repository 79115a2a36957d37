package org.throughcare.testing;

import java.io.IOException;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.throughcare.patient.pds.PdsProperties;

/** In integration tests the application traces people in {@link LocalPds}, not the real PDS. */
@Configuration(proxyBeanMethods = false)
@Profile("test")
class LocalPdsConfiguration {

    @Bean(destroyMethod = "close")
    LocalPds localPds() throws IOException {
        return new LocalPds();
    }

    @Bean
    @Primary
    PdsProperties localPdsProperties(LocalPds pds) {
        return new PdsProperties(pds.baseUrl(), "local-test-token", Duration.ofSeconds(5));
    }
}

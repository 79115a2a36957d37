package org.throughcare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Throughcare: one clinical record per person in detention, kept as FHIR R4 resources. */
@SpringBootApplication
public class ThroughcareApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThroughcareApplication.class, args);
    }
}

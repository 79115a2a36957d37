package org.throughcare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Throughcare: one clinical record per person in detention, kept as FHIR R4 resources. */
@SpringBootApplication
public class ThroughcareApplication {

    /** Starts the server; with {@code --verify-audit}, checks the audit hash chain and exits instead. */
    public static void main(String[] args) {
        if (java.util.Arrays.asList(args).contains("--verify-audit")) {
            var context = new org.springframework.boot.builder.SpringApplicationBuilder(ThroughcareApplication.class)
                    .web(org.springframework.boot.WebApplicationType.NONE)
                    .run(args);
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(ThroughcareApplication.class, args);
    }
}

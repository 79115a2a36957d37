package org.throughcare.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.springframework.stereotype.Component;

/** Audit log answers as searchset Bundles of AuditEvents, newest first. */
@Component
class AuditBundles {

    private final FhirContext fhirContext;
    private final Clock clock;

    AuditBundles(FhirContext fhirContext, Clock clock) {
        this.fhirContext = fhirContext;
        this.clock = clock;
    }

    Bundle searchset(List<String> events) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(events.size());
        bundle.setId(UUID.randomUUID().toString());
        bundle.getMeta().setLastUpdated(Date.from(clock.instant()));
        for (String json : events) {
            AuditEvent event = fhirContext.newJsonParser().parseResource(AuditEvent.class, json);
            bundle.addEntry().setResource(event).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }
}

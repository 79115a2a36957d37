package org.throughcare.custody.reception;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Encounter;
import org.springframework.stereotype.Component;
import org.throughcare.record.RecordSearch;
import org.throughcare.record.SearchRequest;
import org.throughcare.shared.CustodyStay;

/** The patient's current custody stay, as the caller may see it. */
@Component
public class Stays {

    private final RecordSearch search;

    Stays(RecordSearch search) {
        this.search = search;
    }

    public Optional<Encounter> current(String patientId) {
        return search
                .find(
                        Encounter.class,
                        List.of(
                                new SearchRequest.Parameter("subject", "Patient/" + patientId),
                                new SearchRequest.Parameter("class", CustodyStay.CLASS_SYSTEM + "|" + CustodyStay.STAY),
                                new SearchRequest.Parameter("status", "in-progress")))
                .stream()
                .findFirst();
    }
}

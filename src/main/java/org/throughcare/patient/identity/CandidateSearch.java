package org.throughcare.patient.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.stereotype.Component;
import org.throughcare.patient.Demographics;
import org.throughcare.record.RecordSearch;
import org.throughcare.record.SearchRequest;

/**
 * The records worth scoring against someone received ("blocking"): those with the same date of
 * birth, with day and month transposed, or with a family name beginning the same way. Records
 * merged into another are left out (their successor is found in their place).
 */
@Component
public class CandidateSearch {

    private static final String LIMIT = "200";

    private final RecordSearch search;

    CandidateSearch(RecordSearch search) {
        this.search = search;
    }

    public List<Patient> candidates(Demographics person) {
        Map<String, Patient> found = new LinkedHashMap<>();
        for (List<SearchRequest.Parameter> query : queries(person)) {
            search.find(Patient.class, query).stream()
                    .filter(patient -> !patient.hasActive() || patient.getActive())
                    .forEach(patient -> found.putIfAbsent(patient.getIdElement().getIdPart(), patient));
        }
        return List.copyOf(found.values());
    }

    private static List<List<SearchRequest.Parameter>> queries(Demographics person) {
        List<List<SearchRequest.Parameter>> queries = new ArrayList<>();
        queries.add(query("family", person.family()));
        LocalDate born = person.birthDate();
        if (born != null) {
            queries.add(query("birthdate", born.toString()));
            if (born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue()) {
                queries.add(query(
                        "birthdate",
                        LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue())
                                .toString()));
            }
        }
        return queries;
    }

    private static List<SearchRequest.Parameter> query(String name, String value) {
        return List.of(new SearchRequest.Parameter(name, value), new SearchRequest.Parameter("_count", LIMIT));
    }
}

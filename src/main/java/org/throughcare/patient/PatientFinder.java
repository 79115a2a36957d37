package org.throughcare.patient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.stereotype.Service;
import org.throughcare.patient.view.ClinicalText;
import org.throughcare.patient.view.Identities;
import org.throughcare.record.RecordException;
import org.throughcare.security.Callers;
import org.throughcare.shared.EstablishmentCode;
import org.throughcare.shared.NhsNumber;
import org.throughcare.shared.PrisonNumber;
import org.throughcare.web.WorkingContexts;
import org.throughcare.web.WorkingEstablishment;

/**
 * Finds patients by name, date of birth, NHS number or prison number, among those the caller may
 * see (the record's guard narrows the search; the audit records it), at the establishment they
 * are working at now: there now, or left in the last 30 days (read only). A patient outside the
 * caller's relationships is simply not found.
 */
@Service
public class PatientFinder {

    /** More than this and the search must be narrowed: a long list invites picking the wrong patient. */
    public static final int MAX_RESULTS = 50;

    static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";

    private final RecordReading reading;
    private final WorkingContexts contexts;
    private final Callers callers;
    private final java.time.Clock clock;

    PatientFinder(RecordReading reading, WorkingContexts contexts, Callers callers, java.time.Clock clock) {
        this.reading = reading;
        this.contexts = contexts;
        this.callers = callers;
        this.clock = clock;
    }

    public FoundPatients find(PatientQuery query) {
        if (query.isEmpty()) {
            throw RecordException.invalid("Enter at least one thing to search by");
        }
        WorkingEstablishment scope = contexts.current().orElse(null);
        List<String[]> parameters = parameters(query);
        // The guard narrows the search to the patients the caller cares for; working at one
        // establishment narrows it to that one's patients, those there now and those who left it
        // in the last 30 days (read only).
        RecordReading.Results results = scope == null
                ? reading.search("Patient", parameters)
                : callers.narrowedTo(scope.code(), () -> reading.search("Patient", parameters));
        List<Organization> organisations = results.included(Organization.class);
        Map<String, String> names = organisations.stream()
                .filter(Organization::hasName)
                .collect(Collectors.toMap(o -> "Organization/" + o.getIdPart(), Organization::getName, (a, b) -> a));
        LocalDate today = LocalDate.now(clock.withZone(ClinicalText.LONDON));
        List<Patient> matches = results.matches(Patient.class);
        List<Patient> patients = matches.stream().limit(MAX_RESULTS).toList();
        return new FoundPatients(
                patients.stream()
                        .map(patient -> Identities.of(patient, names, today))
                        .toList(),
                matches.size() > MAX_RESULTS || results.more(),
                scope == null ? null : scope.name(),
                scope == null ? Set.of() : leftFrom(scope, patients, organisations));
    }

    /** The patients whose establishment is no longer the one searched at: they left it. */
    private static Set<String> leftFrom(
            WorkingEstablishment scope, List<Patient> patients, List<Organization> organisations) {
        Set<String> here = organisations.stream()
                .filter(o -> o.getIdentifier().stream()
                        .anyMatch(id -> scope.code().equals(id.getValue())
                                && (EstablishmentCode.SYSTEM.equals(id.getSystem()) || ODS.equals(id.getSystem()))))
                .map(o -> "Organization/" + o.getIdPart())
                .collect(Collectors.toSet());
        return patients.stream()
                .filter(p -> !here.contains(p.getManagingOrganization().getReference()))
                .map(Patient::getIdPart)
                .collect(Collectors.toSet());
    }

    private static List<String[]> parameters(PatientQuery query) {
        List<String[]> parameters = new ArrayList<>();
        add(parameters, "family", query.familyName());
        add(parameters, "given", query.givenName());
        add(
                parameters,
                "birthdate",
                query.birthDate() == null ? null : query.birthDate().toString());
        if (query.nhsNumber() != null) {
            parameters.add(new String[] {
                "identifier", NhsNumber.SYSTEM + "|" + query.nhsNumber().value()
            });
        }
        if (query.prisonNumber() != null) {
            parameters.add(new String[] {
                "identifier", PrisonNumber.SYSTEM + "|" + query.prisonNumber().value()
            });
        }
        parameters.add(new String[] {"_include", "Patient:organization"});
        parameters.add(new String[] {"_sort", "family,given"});
        parameters.add(new String[] {"_count", Integer.toString(MAX_RESULTS + 1)});
        return parameters;
    }

    private static void add(List<String[]> parameters, String name, String value) {
        if (value != null) {
            parameters.add(new String[] {name, value});
        }
    }
}

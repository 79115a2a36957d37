package org.throughcare.web.shell;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.Organization;
import org.springframework.stereotype.Component;
import org.throughcare.record.RecordSearch;
import org.throughcare.record.SearchRequest;
import org.throughcare.record.StoredResource;
import org.throughcare.security.Callers;
import org.throughcare.shared.EstablishmentCode;
import org.throughcare.web.WorkingEstablishment;

/**
 * Establishment names by code (an establishment code from the catalogue, such as LEI, or an ODS code
 * for other workplaces such as a remote hub), from the record's Organizations (read as the caller: directory
 * entries every role may read, and no patient's data). Kept for five minutes, as names rarely change
 * and the header asks on every page.
 */
@Component
public class EstablishmentNames {

    /** Identifier systems of workplaces, in the order a code is looked for. */
    private static final List<String> SYSTEMS =
            List.of(EstablishmentCode.SYSTEM, "https://fhir.nhs.uk/Id/ods-organization-code");

    private static final Duration KEEP = Duration.ofMinutes(5);

    private final RecordSearch search;
    private final Callers callers;
    private final FhirContext fhirContext;
    private final Clock clock;
    private final Map<String, Named> names = new ConcurrentHashMap<>();

    EstablishmentNames(RecordSearch search, Callers callers, FhirContext fhirContext, Clock clock) {
        this.search = search;
        this.callers = callers;
        this.fhirContext = fhirContext;
        this.clock = clock;
    }

    /** The establishments with these codes, in the same order. */
    public List<WorkingEstablishment> named(List<String> codes) {
        Instant now = clock.instant();
        List<String> missing = codes.stream()
                .filter(code ->
                        !names.containsKey(code) || names.get(code).until().isBefore(now))
                .toList();
        if (!missing.isEmpty()) {
            missing.forEach(code -> names.put(code, new Named(code, now.plus(KEEP))));
            lookUp(missing).forEach(organisation -> remember(organisation, now));
        }
        return codes.stream()
                .map(code -> new WorkingEstablishment(code, names.get(code).name()))
                .toList();
    }

    private List<Organization> lookUp(List<String> codes) {
        String values = String.join(
                ",",
                codes.stream()
                        .flatMap(code -> SYSTEMS.stream().map(system -> system + "|" + code))
                        .toList());
        String requester = callers.current().map(caller -> caller.id()).orElse(null);
        IParser parser = fhirContext.newJsonParser();
        return search
                .search(new SearchRequest(
                        "Organization",
                        List.of(new SearchRequest.Parameter("identifier", values)),
                        null,
                        false,
                        requester))
                .matches()
                .stream()
                .map(StoredResource::json)
                .map(json -> parser.parseResource(Organization.class, json))
                .toList();
    }

    private void remember(Organization organisation, Instant now) {
        if (!organisation.hasName()) {
            return;
        }
        organisation.getIdentifier().stream()
                .filter(identifier ->
                        SYSTEMS.contains(identifier.getSystem()) && names.containsKey(identifier.getValue()))
                .forEach(identifier ->
                        names.put(identifier.getValue(), new Named(organisation.getName(), now.plus(KEEP))));
    }

    private record Named(String name, Instant until) {}
}

package org.throughcare.custody.establishment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Organization;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.throughcare.custody.Establishment;
import org.throughcare.record.RecordSearch;
import org.throughcare.record.ResourceWritten;
import org.throughcare.record.SearchRequest;
import org.throughcare.security.Callers;
import org.throughcare.shared.EstablishmentCode;

/**
 * Every establishment, read from the record and kept for a minute (movement events look one up
 * each time); a write of any Organization on this node refreshes it at once. The directory is not
 * patient data, so it is read as an internal job.
 */
@Component
public class EstablishmentDirectory {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final RecordSearch search;
    private final Callers callers;
    private final Clock clock;
    private volatile Snapshot snapshot;

    EstablishmentDirectory(RecordSearch search, Callers callers, Clock clock) {
        this.search = search;
        this.callers = callers;
        this.clock = clock;
    }

    public List<Establishment> all() {
        return current().establishments();
    }

    public Optional<Establishment> find(EstablishmentCode code) {
        return Optional.ofNullable(current().byCode().get(code.value()));
    }

    @EventListener
    void on(ResourceWritten written) {
        if ("Organization".equals(written.stored().type())) {
            snapshot = null;
        }
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        Instant now = clock.instant();
        if (known == null || known.loadedAt().plus(FRESH_FOR).isBefore(now)) {
            known = Snapshot.of(load(), now);
            snapshot = known;
        }
        return known;
    }

    private List<Establishment> load() {
        List<Organization> organizations = callers.asSystem(
                "establishment-directory",
                () -> search.find(
                        Organization.class,
                        List.of(
                                new SearchRequest.Parameter("identifier", EstablishmentCode.SYSTEM + "|"),
                                new SearchRequest.Parameter("_count", "1000"))));
        return organizations.stream()
                .map(EstablishmentResources::establishment)
                .sorted(java.util.Comparator.comparing(Establishment::name))
                .toList();
    }

    private record Snapshot(List<Establishment> establishments, Map<String, Establishment> byCode, Instant loadedAt) {
        static Snapshot of(List<Establishment> establishments, Instant loadedAt) {
            return new Snapshot(
                    establishments,
                    establishments.stream()
                            .collect(Collectors.toMap(e -> e.code().value(), Function.identity(), (a, b) -> a)),
                    loadedAt);
        }
    }
}

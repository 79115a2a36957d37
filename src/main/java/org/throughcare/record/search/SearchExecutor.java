package org.throughcare.record.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.record.Issue;
import org.throughcare.record.RecordAccess;
import org.throughcare.record.RecordException;
import org.throughcare.record.SearchPage;
import org.throughcare.record.SearchRequest;
import org.throughcare.record.access.GuardedLists;
import org.throughcare.record.store.ResourceRow;
import org.throughcare.record.store.ResourceTable;

/**
 * Runs searches and $everything. The first page finds up to {@value #MAX_RESULTS} matching keys in
 * order; if they do not fit on one page the list is kept as a snapshot, so following pages stay
 * consistent while others write. Bodies are fetched only for the page shown.
 */
@Component
public class SearchExecutor {

    /** The most matches a search pages through; beyond this, narrow the search or use $export. */
    static final int MAX_RESULTS = 10_000;

    /** The snapshot type of a $everything, whose pages include referenced resources differently. */
    private static final String EVERYTHING = "Patient/$everything";

    private final SearchParser parser;
    private final JdbcClient jdbc;
    private final ResourceTable table;
    private final SearchSnapshots snapshots;
    private final Includes includes;
    private final PatientEverything everything;
    private final Clock clock;
    private final GuardedLists lists;

    SearchExecutor(
            SearchParser parser,
            JdbcClient jdbc,
            ResourceTable table,
            SearchSnapshots snapshots,
            Includes includes,
            PatientEverything everything,
            Clock clock,
            GuardedLists lists) {
        this.parser = parser;
        this.jdbc = jdbc;
        this.table = table;
        this.snapshots = snapshots;
        this.includes = includes;
        this.everything = everything;
        this.clock = clock;
        this.lists = lists;
    }

    /** Only what {@code access} lets the caller see is matched, counted, included and shown. */
    public SearchPage search(SearchRequest request, RecordAccess access) {
        ParsedSearch search = parser.parse(request);
        if (search.countOnly() || search.count() == 0) {
            return countOnly(search, access);
        }
        SqlBuilder sql = SearchSql.matches(search, MAX_RESULTS + 1, clock.instant(), access);
        List<Long> keys =
                jdbc.sql(sql.sql()).params(sql.parameters()).query(Long.class).list();
        return first(
                listing(search, access),
                keys,
                request.requester(),
                (capped, found) -> total(search, capped, found, access));
    }

    /** The first page of a patient's whole record. */
    public SearchPage everything(
            String patientId, Instant since, Set<String> types, int count, String requester, RecordAccess access) {
        ResourceRow patient =
                table.current("Patient", patientId).orElseThrow(() -> RecordException.notFound("Patient/" + patientId));
        if (lists.visible(access, List.of(patient)).isEmpty()) {
            throw RecordException.notFound("Patient/" + patientId);
        }
        if (patient.deleted()) {
            throw RecordException.gone("Patient/" + patientId);
        }
        List<Long> keys = everything.keys(patient, since, types, MAX_RESULTS + 1);
        Listing listing = new Listing(EVERYTHING, "", count, List.of(), this::everythingIncludes, access);
        return first(listing, keys, requester, (capped, found) -> capped ? null : found);
    }

    /** A later page, by the token from a previous page's link. */
    public SearchPage page(String token, String requester, RecordAccess access) {
        PageToken page = PageToken.parse(token);
        SearchSnapshots.Snapshot snapshot = snapshots
                .find(page.snapshot(), requester)
                .orElseThrow(() -> new RecordException(
                        RecordException.Kind.GONE,
                        "expired",
                        "These search results have expired or are not yours; run the search again"));
        Listing listing = snapshot.type().equals(EVERYTHING)
                ? new Listing(EVERYTHING, "", page.count(), List.of(), this::everythingIncludes, access)
                : listing(
                                parser.parse(new SearchRequest(
                                        snapshot.type(),
                                        QueryParameters.parse(snapshot.query()),
                                        null,
                                        false,
                                        requester)),
                                access)
                        .withCount(page.count());
        return page(listing, snapshot.keys(), page.offset(), snapshot.total(), snapshot.id());
    }

    private SearchPage first(
            Listing listing,
            List<Long> keys,
            String requester,
            java.util.function.BiFunction<Boolean, Integer, Integer> counting) {
        boolean capped = keys.size() > MAX_RESULTS;
        List<Long> kept = capped ? keys.subList(0, MAX_RESULTS) : keys;
        Integer total = counting.apply(capped, kept.size());
        Listing warned = capped
                ? listing.warn(new Issue(
                        Issue.Severity.WARNING,
                        "too-costly",
                        "More than " + MAX_RESULTS + " resources match; only the first " + MAX_RESULTS
                                + " can be paged through. Narrow the search, or use $export.",
                        null))
                : listing;
        UUID snapshot = kept.size() <= listing.count()
                ? null
                : snapshots.save(listing.type(), listing.query(), requester, total, kept);
        return page(warned, kept, 0, total, snapshot);
    }

    private SearchPage page(Listing listing, List<Long> keys, int offset, Integer total, UUID snapshot) {
        int from = Math.min(offset, keys.size());
        int to = Math.min(from + listing.count(), keys.size());
        List<ResourceRow> matches = table.byKeys(keys.subList(from, to));
        Includes.Result included = listing.including().apply(matches);
        List<Issue> warnings = new ArrayList<>(listing.warnings());
        if (included.truncated()) {
            warnings.add(new Issue(
                    Issue.Severity.WARNING,
                    "too-costly",
                    "Only the first " + Includes.LIMIT + " included resources are shown on this page",
                    null));
        }
        PageLinks links = PageLinks.of(snapshot, from, to, keys.size(), listing.count());
        return new SearchPage(
                listing.type().equals(EVERYTHING) ? "Patient" : listing.type(),
                lists.released(listing.access(), matches),
                lists.released(listing.access(), lists.visible(listing.access(), included.included())),
                total,
                listing.query(),
                links.first(),
                links.previous(),
                links.next(),
                List.copyOf(warnings));
    }

    private Includes.Result everythingIncludes(List<ResourceRow> page) {
        return new Includes.Result(table.byKeys(everything.referenced(page)), false);
    }

    /** Counted exactly when every match was found; beyond the cap only when asked for accurately. */
    private Integer total(ParsedSearch search, boolean capped, int found, RecordAccess access) {
        return switch (search.total()) {
            case NONE -> null;
            case ACCURATE -> capped ? count(search, access) : found;
            case ESTIMATE, DEFAULT -> capped ? null : found;
        };
    }

    private Listing listing(ParsedSearch search, RecordAccess access) {
        return new Listing(
                search.type(),
                search.query(),
                search.count(),
                search.warnings(),
                matches -> includes.resolve(search.includes(), search.revincludes(), matches),
                access);
    }

    private SearchPage countOnly(ParsedSearch search, RecordAccess access) {
        return new SearchPage(
                search.type(),
                List.of(),
                List.of(),
                count(search, access),
                search.query(),
                null,
                null,
                null,
                search.warnings());
    }

    private int count(ParsedSearch search, RecordAccess access) {
        SqlBuilder sql = SearchSql.count(search, clock.instant(), access);
        return jdbc.sql(sql.sql()).params(sql.parameters()).query(Integer.class).single();
    }

    /** What is being paged through and how each page gains its included resources. */
    private record Listing(
            String type,
            String query,
            int count,
            List<Issue> warnings,
            Function<List<ResourceRow>, Includes.Result> including,
            RecordAccess access) {

        Listing withCount(int count) {
            return new Listing(type, query, count, warnings, including, access);
        }

        Listing warn(Issue warning) {
            List<Issue> more = new ArrayList<>(warnings);
            more.add(warning);
            return new Listing(type, query, count, List.copyOf(more), including, access);
        }
    }
}

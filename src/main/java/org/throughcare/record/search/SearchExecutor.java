package org.throughcare.record.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.record.Issue;
import org.throughcare.record.RecordException;
import org.throughcare.record.SearchPage;
import org.throughcare.record.SearchRequest;
import org.throughcare.record.StoredResource;
import org.throughcare.record.store.ResourceRow;
import org.throughcare.record.store.ResourceTable;

/**
 * Runs searches. The first page finds up to {@value #MAX_RESULTS} matching keys in order; if they
 * do not fit on one page the list is kept as a snapshot, so following pages stay consistent while
 * others write. Bodies are fetched only for the page shown.
 */
@Component
public class SearchExecutor {

    /** The most matches a search pages through; beyond this, narrow the search or use $export. */
    static final int MAX_RESULTS = 10_000;

    private final SearchParser parser;
    private final JdbcClient jdbc;
    private final ResourceTable table;
    private final SearchSnapshots snapshots;
    private final Includes includes;
    private final Clock clock;

    SearchExecutor(
            SearchParser parser,
            JdbcClient jdbc,
            ResourceTable table,
            SearchSnapshots snapshots,
            Includes includes,
            Clock clock) {
        this.parser = parser;
        this.jdbc = jdbc;
        this.table = table;
        this.snapshots = snapshots;
        this.includes = includes;
        this.clock = clock;
    }

    public SearchPage search(SearchRequest request) {
        ParsedSearch search = parser.parse(request);
        if (search.countOnly() || search.count() == 0) {
            return countOnly(search);
        }
        SqlBuilder sql = SearchSql.matches(search, MAX_RESULTS + 1, clock.instant());
        List<Long> keys =
                jdbc.sql(sql.sql()).params(sql.parameters()).query(Long.class).list();
        boolean capped = keys.size() > MAX_RESULTS;
        List<Long> kept = capped ? keys.subList(0, MAX_RESULTS) : keys;
        Integer total = total(search, kept.size(), capped);
        List<Issue> warnings = new ArrayList<>(search.warnings());
        if (capped) {
            warnings.add(new Issue(
                    Issue.Severity.WARNING,
                    "too-costly",
                    "More than " + MAX_RESULTS + " resources match; only the first " + MAX_RESULTS
                            + " can be paged through. Narrow the search, or use $export.",
                    null));
        }
        if (kept.size() <= search.count()) {
            return page(search, kept, 0, total, null, warnings);
        }
        UUID snapshot = snapshots.save(search.type(), search.query(), request.requester(), total, kept);
        return page(search, kept, 0, total, snapshot, warnings);
    }

    /** A later page of a search, by the token from a previous page's link. */
    public SearchPage page(String token, String requester) {
        PageToken page = PageToken.parse(token);
        SearchSnapshots.Snapshot snapshot = snapshots
                .find(page.snapshot(), requester)
                .orElseThrow(() -> new RecordException(
                        RecordException.Kind.GONE,
                        "expired",
                        "These search results have expired or are not yours; run the search again"));
        ParsedSearch search = parser.parse(
                new SearchRequest(snapshot.type(), QueryParameters.parse(snapshot.query()), null, false, requester));
        ParsedSearch sized = withCount(search, page.count());
        return page(sized, snapshot.keys(), page.offset(), snapshot.total(), snapshot.id(), search.warnings());
    }

    private SearchPage page(
            ParsedSearch search, List<Long> keys, int offset, Integer total, UUID snapshot, List<Issue> warnings) {
        int from = Math.min(offset, keys.size());
        int to = Math.min(from + search.count(), keys.size());
        List<ResourceRow> matches = table.byKeys(keys.subList(from, to));
        Includes.Result included = includes.resolve(search.includes(), search.revincludes(), matches);
        List<Issue> allWarnings = new ArrayList<>(warnings);
        if (included.truncated()) {
            allWarnings.add(new Issue(
                    Issue.Severity.WARNING,
                    "too-costly",
                    "Only the first " + Includes.LIMIT + " included resources are shown on this page",
                    null));
        }
        return new SearchPage(
                search.type(),
                stored(matches),
                stored(included.included()),
                total,
                search.query(),
                snapshot == null ? null : new PageToken(snapshot, 0, search.count()).text(),
                snapshot == null || from == 0
                        ? null
                        : new PageToken(snapshot, Math.max(0, from - search.count()), search.count()).text(),
                snapshot == null || to >= keys.size() ? null : new PageToken(snapshot, to, search.count()).text(),
                List.copyOf(allWarnings));
    }

    private Integer total(ParsedSearch search, int found, boolean capped) {
        return switch (search.total()) {
            case NONE -> null;
            case ACCURATE -> capped ? count(search) : found;
            case ESTIMATE, DEFAULT -> capped ? null : found;
        };
    }

    private SearchPage countOnly(ParsedSearch search) {
        return new SearchPage(
                search.type(),
                List.of(),
                List.of(),
                count(search),
                search.query(),
                null,
                null,
                null,
                search.warnings());
    }

    private int count(ParsedSearch search) {
        SqlBuilder sql = SearchSql.count(search, clock.instant());
        return jdbc.sql(sql.sql()).params(sql.parameters()).query(Integer.class).single();
    }

    private static ParsedSearch withCount(ParsedSearch search, int count) {
        return new ParsedSearch(
                search.type(),
                search.criteria(),
                search.sort(),
                search.includes(),
                search.revincludes(),
                count,
                search.total(),
                false,
                search.warnings(),
                search.query());
    }

    private static List<StoredResource> stored(List<ResourceRow> rows) {
        return rows.stream().map(ResourceRow::toStored).toList();
    }
}

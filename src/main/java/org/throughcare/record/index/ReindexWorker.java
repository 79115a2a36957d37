package org.throughcare.record.index;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.record.store.ResourceJson;

/**
 * Rebuilds index rows for new or changed search parameters while the record stays in use: a
 * batch of resources at a time, each batch one short transaction that locks only those rows (a
 * clinician writing one of them waits a moment, then writes as usual). Progress is saved after
 * every batch, so a restart carries on where it stopped; any node may do the work.
 */
@Component
class ReindexWorker {

    static final int BATCH = 500;

    private final ReindexJobs jobs;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final IndexExtractor extractor;
    private final IndexTables tables;
    private final ResourceJson json;
    private final SearchParameterRegistry registry;
    private final Clock clock;

    ReindexWorker(
            ReindexJobs jobs,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            IndexExtractor extractor,
            IndexTables tables,
            ResourceJson json,
            SearchParameterRegistry registry,
            Clock clock) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.extractor = extractor;
        this.tables = tables;
        this.json = json;
        this.registry = registry;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1S", initialDelayString = "PT5S")
    void work() {
        for (var job = jobs.claim(); job.isPresent(); job = jobs.claim()) {
            run(job.get());
        }
    }

    private void run(ReindexJobs.Job job) {
        long next = job.nextResPk();
        while (true) {
            long from = next;
            Long last = transactions.execute(status -> batch(job, from));
            if (last == null) {
                break;
            }
            next = last;
        }
        jobs.finish(job.id());
        List<Integer> settled = spIds(job).stream()
                .filter(spId -> jobs.settled(spId, job.type()))
                .toList();
        if (!settled.isEmpty()) {
            registry.markReady(settled, clock.instant());
        }
    }

    /** Re-indexes the next batch; returns its last key, or null when none was left. */
    private Long batch(ReindexJobs.Job job, long after) {
        List<Row> rows = jdbc.sql(
                        "select res_pk, patient_pk, body::text from resource where res_type = ? and res_pk > ?"
                                + " and not deleted order by res_pk limit ? for update")
                .params(job.type(), after, BATCH)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3)))
                .list();
        if (rows.isEmpty()) {
            return null;
        }
        Set<Integer> wanted = job.spIds() == null ? null : Set.copyOf(job.spIds());
        List<ResourceIndex> indexes = new ArrayList<>();
        for (Row row : rows) {
            Resource resource = json.parse(row.json());
            List<IndexEntry> entries = extractor.extract(resource).stream()
                    .filter(entry -> wanted == null || wanted.contains(Math.abs(entry.spId())))
                    .collect(Collectors.toList());
            indexes.add(new ResourceIndex(row.resPk(), row.patientPk(), entries));
        }
        List<Long> keys = rows.stream().map(Row::resPk).toList();
        tables.remove(keys, job.spIds());
        tables.insert(indexes);
        jobs.advance(job.id(), keys.getLast(), rows.size());
        return keys.getLast();
    }

    private List<Integer> spIds(ReindexJobs.Job job) {
        return job.spIds() != null
                ? job.spIds()
                : registry.forType(job.type()).values().stream()
                        .map(SearchParameter::spId)
                        .toList();
    }

    private record Row(long resPk, Long patientPk, String json) {}
}

package org.throughcare.record.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.throughcare.record.ExportRequest;
import org.throughcare.record.RecordException;
import org.throughcare.record.index.SearchParameterRegistry;
import org.throughcare.record.search.TypeFilters;

/**
 * Works through export jobs: any node may take any waiting job (claimed with SKIP LOCKED), works
 * out which types it covers and how many resources each file will hold, and completes it. A job
 * left by a node that stopped is taken over after five minutes.
 */
@Component
public class ExportRunner {

    private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

    private final ExportJobs jobs;
    private final JdbcClient jdbc;
    private final TypeFilters filters;
    private final SearchParameterRegistry registry;

    ExportRunner(ExportJobs jobs, JdbcClient jdbc, TypeFilters filters, SearchParameterRegistry registry) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.filters = filters;
        this.registry = registry;
    }

    /** Starts work at once on a virtual thread, rather than waiting for the next sweep. */
    public void nudge() {
        Thread.ofVirtual().name("export-runner").start(this::runWaiting);
    }

    @Scheduled(fixedDelayString = "PT2S", initialDelayString = "PT10S")
    void runWaiting() {
        for (var job = jobs.claim(); job.isPresent(); job = jobs.claim()) {
            run(job.get());
        }
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void deleteExpired() {
        jobs.deleteExpired();
    }

    private void run(ExportJob job) {
        try {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String type : types(job)) {
                ExportQuery count = ExportQuery.count(job, type, filters);
                int found = jdbc.sql(count.sql())
                        .params(count.parameters())
                        .query(Integer.class)
                        .single();
                if (found > 0) {
                    counts.put(type, found);
                }
            }
            jobs.complete(job.id(), counts);
        } catch (RecordException e) {
            jobs.fail(job.id(), e.getMessage());
        } catch (RuntimeException e) {
            log.error("Export job {} failed", job.id(), e.getClass());
            jobs.fail(job.id(), "The export could not be completed");
        }
    }

    /** The types asked for, or every type held (for a patient export, those in the Patient compartment). */
    private List<String> types(ExportJob job) {
        if (!job.types().isEmpty()) {
            return job.types();
        }
        List<String> held = jdbc.sql("select distinct res_type from resource order by res_type")
                .query(String.class)
                .list();
        if (job.level() == ExportRequest.Level.SYSTEM) {
            return held;
        }
        return held.stream()
                .filter(type -> type.equals("Patient")
                        || !registry.patientCompartmentParameters(type).isEmpty())
                .toList();
    }
}

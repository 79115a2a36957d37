package org.throughcare.record;

import java.util.List;
import org.springframework.stereotype.Service;
import org.throughcare.record.index.ReindexJobs;

/** Online reindexing: its progress, and a full rebuild of one type's indexes on request. */
@Service
public class RecordIndexing {

    private final ReindexJobs jobs;
    private final ResourceTypes types;

    RecordIndexing(ReindexJobs jobs, ResourceTypes types) {
        this.jobs = jobs;
        this.types = types;
    }

    /** One reindex job: what it rebuilds and how far it has got. */
    public record Progress(long id, String type, long processed, long total, String status) {}

    public List<Progress> progress() {
        return jobs.recent().stream()
                .map(job -> new Progress(job.id(), job.type(), job.processed(), job.total(), job.status()))
                .toList();
    }

    /** Queues a rebuild of every index of a type over all its resources; writes continue meanwhile. */
    public void reindex(String type) {
        types.require(type);
        jobs.enqueue(type, null);
    }
}

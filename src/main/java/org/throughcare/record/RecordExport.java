package org.throughcare.record;

import java.io.Writer;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.Group;
import org.springframework.stereotype.Service;
import org.throughcare.record.export.ExportJob;
import org.throughcare.record.export.ExportJobs;
import org.throughcare.record.export.ExportRunner;
import org.throughcare.record.export.ExportStreamer;
import org.throughcare.record.search.TypeFilters;
import org.throughcare.record.store.ResourceTable;

/**
 * Bulk export (FHIR Bulk Data Access v2): a job is accepted at once and runs in the background on
 * any node; its files are streamed from the record as it stood when the job was accepted. Status
 * and files are given only to whoever started the job.
 */
@Service
public class RecordExport {

    private final ExportJobs jobs;
    private final ExportRunner runner;
    private final ExportStreamer streamer;
    private final TypeFilters filters;
    private final ResourceTypes types;
    private final ResourceTable table;
    private final RecordService record;
    private final RecordAccessGuard guard;

    RecordExport(
            ExportJobs jobs,
            ExportRunner runner,
            ExportStreamer streamer,
            TypeFilters filters,
            ResourceTypes types,
            ResourceTable table,
            RecordService record,
            RecordAccessGuard guard) {
        this.jobs = jobs;
        this.runner = runner;
        this.streamer = streamer;
        this.filters = filters;
        this.types = types;
        this.table = table;
        this.record = record;
        this.guard = guard;
    }

    /** Accepts an export, refusing bad types and filters now rather than failing later; returns its id. */
    public String start(ExportRequest request) {
        request.types().forEach(types::require);
        // Bulk export is for system clients with search scope on every type exported ("*" for all).
        List<RecordAccess> accesses = (request.types().isEmpty() ? java.util.Set.of("*") : request.types())
                .stream().map(type -> guard.open(Interaction.EXPORT, type)).toList();
        request.typeFilters().forEach(this::checkFilter);
        List<Long> members = request.level() == ExportRequest.Level.GROUP ? memberKeys(request.groupId()) : null;
        String id = jobs.insert(request, members);
        accesses.getFirst().complete();
        runner.nudge();
        return id;
    }

    public ExportStatus status(String id, String requester) {
        var job = owned(id, requester);
        return switch (job.status()) {
            case "complete" ->
                new ExportStatus(
                        id,
                        ExportStatus.State.COMPLETE,
                        "complete",
                        job.transactionTime(),
                        job.requestUrl(),
                        jobs.files(id).entrySet().stream()
                                .map(file -> new ExportStatus.File(file.getKey(), file.getValue()))
                                .toList(),
                        null);
            case "failed" ->
                new ExportStatus(
                        id,
                        ExportStatus.State.FAILED,
                        "failed",
                        job.transactionTime(),
                        job.requestUrl(),
                        List.of(),
                        job.error());
            default ->
                new ExportStatus(
                        id,
                        ExportStatus.State.RUNNING,
                        job.status(),
                        job.transactionTime(),
                        job.requestUrl(),
                        List.of(),
                        null);
        };
    }

    /** Cancels a job (or removes a finished one) and its files. */
    public void cancel(String id, String requester) {
        owned(id, requester);
        jobs.delete(id);
    }

    /** Writes one completed file as NDJSON. */
    public void write(String id, String type, String requester, Writer out) {
        var job = owned(id, requester);
        if (!job.status().equals("complete") || !jobs.files(id).containsKey(type)) {
            throw RecordException.notFound("export file " + type);
        }
        streamer.write(job, type, out);
    }

    private ExportJob owned(String id, String requester) {
        return jobs.find(id)
                .filter(job -> Objects.equals(job.requester(), requester))
                .orElseThrow(() -> RecordException.notFound("export " + id));
    }

    private void checkFilter(String filter) {
        int question = filter.indexOf('?');
        if (question <= 0 || !types.isKnown(filter.substring(0, question))) {
            throw RecordException.invalid("_typeFilter must be Type?search, not '" + filter + "'");
        }
        filters.of(filter.substring(0, question), filter.substring(question + 1));
    }

    private List<Long> memberKeys(String groupId) {
        Group group = record.read(Group.class, groupId);
        return group.getMember().stream()
                .map(member -> member.getEntity().getReference())
                .filter(reference -> reference != null && reference.startsWith("Patient/"))
                .map(reference -> table.current("Patient", reference.substring("Patient/".length())))
                .flatMap(java.util.Optional::stream)
                .filter(row -> !row.deleted())
                .map(row -> row.resPk())
                .toList();
    }
}

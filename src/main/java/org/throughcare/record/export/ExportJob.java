package org.throughcare.record.export;

import java.time.Instant;
import java.util.List;
import org.throughcare.record.ExportRequest;

/** A stored export job. */
public record ExportJob(
        String id,
        String requester,
        String requestUrl,
        ExportRequest.Level level,
        List<String> types,
        Instant since,
        List<String> typeFilters,
        List<Long> patientKeys,
        Instant transactionTime,
        String status,
        String error) {}

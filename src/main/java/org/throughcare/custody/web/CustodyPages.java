package org.throughcare.custody.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.throughcare.custody.reception.Deadlines;
import org.throughcare.record.RecordException;
import org.throughcare.security.Caller;
import org.throughcare.security.Permissions;
import org.throughcare.shared.EstablishmentCode;
import org.throughcare.web.WorkingContexts;
import org.throughcare.web.WorkingEstablishment;

/** What every custody page checks first, and how its times read (UK time). */
@Component
public class CustodyPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);

    private final WorkingContexts contexts;
    private final org.throughcare.patient.PatientRecords records;

    CustodyPages(WorkingContexts contexts, org.throughcare.patient.PatientRecords records) {
        this.contexts = contexts;
        this.records = records;
    }

    /** The caller, when their role reads clinical records (the access matrix); else 403. */
    Caller.Staff requireClinician() {
        return contexts.staff()
                .filter(Permissions::mayReadPatientRecords)
                .orElseThrow(() -> RecordException.forbidden("Your role does not use custody pages"));
    }

    /** What the caller may record where they work now (the forms and links the pages offer). */
    CustodyRights rights() {
        return contexts.staff()
                .map(staff -> CustodyRights.of(staff, workingAt()))
                .orElse(CustodyRights.NONE);
    }

    /** Refused (403) unless the caller may record movements where they work now. */
    EstablishmentCode requireMovementsHere() {
        requireClinician();
        EstablishmentCode here = workingAt();
        if (here == null || !rights().movements()) {
            throw RecordException.forbidden("Your role does not record arrivals and movements here");
        }
        return here;
    }

    /** The patient's banner; NOT_FOUND (the "not available" page) outside what the caller may see. */
    org.throughcare.patient.PatientBanner banner(String patientId) {
        try {
            return records.banner(patientId);
        } catch (org.throughcare.patient.PatientNotAvailableException e) {
            throw RecordException.notFound("Patient");
        }
    }

    /** Where the caller works now, or null for staff who work at none (a hub GP). */
    EstablishmentCode workingAt() {
        return contexts.current()
                .map(WorkingEstablishment::code)
                .filter(EstablishmentCode::isValid)
                .map(EstablishmentCode::of)
                .orElse(null);
    }

    /** A moment as the pages show it: 05-Mar-2026 14:05, UK time. */
    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(Deadlines.LONDON));
    }

    /** A day as the pages show it: 05-Mar-2026. */
    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(Deadlines.LONDON));
    }
}

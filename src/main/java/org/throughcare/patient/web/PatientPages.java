package org.throughcare.patient.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.throughcare.patient.view.ClinicalText;
import org.throughcare.record.RecordException;
import org.throughcare.security.Caller;
import org.throughcare.security.Permissions;
import org.throughcare.web.WorkingContexts;

/** What every patient page checks first: a member of staff whose role reads clinical records. */
@Component
class PatientPages {

    private final WorkingContexts contexts;
    private final Clock clock;

    PatientPages(WorkingContexts contexts, Clock clock) {
        this.contexts = contexts;
        this.clock = clock;
    }

    /** The caller, when their role may read patient records (the access matrix); else 403. */
    Caller.Staff requireReader() {
        return contexts.staff()
                .filter(Permissions::mayReadPatientRecords)
                .orElseThrow(() -> RecordException.forbidden("Your role does not read patient records"));
    }

    /** The caller, when they may use break-glass (clinicians); else 403. */
    Caller.Staff requireClinician() {
        return contexts.staff()
                .filter(Permissions::mayBreakGlass)
                .orElseThrow(() -> RecordException.forbidden("Only clinicians may use emergency access"));
    }

    boolean mayBreakGlass() {
        return contexts.staff().filter(Permissions::mayBreakGlass).isPresent();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ClinicalText.LONDON));
    }
}

package org.throughcare.security.policy;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.throughcare.record.Interaction;
import org.throughcare.record.RecordAccess;
import org.throughcare.record.RecordAccessGuard;
import org.throughcare.record.RecordException;
import org.throughcare.security.Caller;
import org.throughcare.security.Callers;
import org.throughcare.security.relationship.CareRelationships;
import org.throughcare.security.relationship.FrozenRecords;

/**
 * The record's access guard: the matrix (role and scopes) decides per type and interaction, the
 * care relationship per patient, the labels per resource. A refusal of the whole interaction is
 * a 403 that names no patient, and is audited.
 */
@Component
class RecordAccessPolicy implements RecordAccessGuard {

    private final Callers callers;
    private final CareRelationships relationships;
    private final FrozenRecords frozenRecords;
    private final ResourceViews views;
    private final AccessAudit audit;
    private final Clock clock;

    RecordAccessPolicy(
            Callers callers,
            CareRelationships relationships,
            FrozenRecords frozenRecords,
            ResourceViews views,
            AccessAudit audit,
            Clock clock) {
        this.callers = callers;
        this.relationships = relationships;
        this.frozenRecords = frozenRecords;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public RecordAccess open(Interaction interaction, String type) {
        Caller caller = callers.current().orElseThrow(() -> RecordException.forbidden("No authenticated caller"));
        if (!AccessMatrix.allows(caller, interaction, type)) {
            String what = interaction.name().toLowerCase() + " " + (type == null ? "across types" : type);
            audit.refusalNow(caller, clock.instant(), null, List.of(), "Refused: " + what);
            throw RecordException.forbidden("Your role and scopes do not allow " + what);
        }
        return new CallerRecordAccess(caller, interaction, clock.instant(), relationships, frozenRecords, views, audit);
    }
}

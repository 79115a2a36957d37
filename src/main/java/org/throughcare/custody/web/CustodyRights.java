package org.throughcare.custody.web;

import org.throughcare.record.Interaction;
import org.throughcare.security.Caller;
import org.throughcare.security.Permissions;
import org.throughcare.shared.EstablishmentCode;

/**
 * What the member of staff may record at the establishment they work at now, by the one access
 * policy (Permissions): the pages offer a form or a link only when its post would be allowed, so a
 * role that may read but not record (a pharmacist, a prison officer) never meets a form that ends in
 * "forbidden". The record still checks the patient's relationship when a form is used.
 *
 * @param movements arrivals and movements (court, hospital, temporary release)
 * @param summaries transfers out and releases, which write their summaries
 * @param screens the reception screen and second-stage assessment
 * @param reconciliation medicines reconciled (completes its task)
 * @param alerts arrived without medicines (an alert and an urgent task)
 */
record CustodyRights(boolean movements, boolean summaries, boolean screens, boolean reconciliation, boolean alerts) {

    static final CustodyRights NONE = new CustodyRights(false, false, false, false, false);

    static CustodyRights of(Caller caller, EstablishmentCode here) {
        if (here == null) {
            return NONE;
        }
        boolean movements = Permissions.mayRecordMovementsAt(caller, here.value());
        boolean tasks = Permissions.allows(caller, Interaction.UPDATE, "Task");
        return new CustodyRights(
                movements,
                movements && Permissions.allows(caller, Interaction.CREATE, "Composition"),
                Permissions.allows(caller, Interaction.CREATE, "QuestionnaireResponse") && tasks,
                tasks,
                Permissions.allows(caller, Interaction.CREATE, "Flag")
                        && Permissions.allows(caller, Interaction.CREATE, "Task"));
    }

    /** Whether any form is offered. */
    boolean any() {
        return movements || summaries || screens || reconciliation || alerts;
    }
}

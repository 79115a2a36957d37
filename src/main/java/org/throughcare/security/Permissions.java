package org.throughcare.security;

import org.throughcare.record.Interaction;
import org.throughcare.security.policy.AccessMatrix;

/**
 * What the access matrix (docs/security.md section 3) allows a caller, for pages that must decide
 * before they ask the record: the same one policy the record's guard applies, never a second copy.
 */
public final class Permissions {

    private Permissions() {}

    /** May search and read clinical entries (the patient search, banner and summary pages). */
    public static boolean mayReadPatientRecords(Caller caller) {
        return AccessMatrix.allows(caller, Interaction.SEARCH, "Patient")
                && AccessMatrix.allows(caller, Interaction.SEARCH, "Condition");
    }

    /**
     * May record movements at the establishment (reception, court, hospital, transfer, release):
     * nurses, doctors and healthcare managers who work there. Pages offer the forms only then.
     */
    public static boolean mayRecordMovementsAt(Caller caller, String establishmentCode) {
        return AccessMatrix.allowsMovementsAt(caller, establishmentCode);
    }

    /**
     * May do the interaction on the type, as far as the role and scopes go (a page deciding whether
     * to offer a form; the record still checks the patient's relationship when it is used).
     */
    public static boolean allows(Caller caller, Interaction interaction, String type) {
        return AccessMatrix.allows(caller, interaction, type);
    }

    /** May use break-glass (clinicians). */
    public static boolean mayBreakGlass(Caller caller) {
        return AccessMatrix.allowsBreakGlass(caller);
    }

    /** May read the audit log and review break-glass (the Caldicott guardian or auditor). */
    public static boolean mayAudit(Caller caller) {
        return AccessMatrix.allowsAuditLog(caller);
    }
}

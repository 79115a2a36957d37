package org.throughcare.security.policy;

import static org.throughcare.security.policy.ResourceGroup.CLINICAL;
import static org.throughcare.security.policy.ResourceGroup.DEMOGRAPHICS;
import static org.throughcare.security.policy.ResourceGroup.DIRECTORY;
import static org.throughcare.security.policy.ResourceGroup.MEDICATION;
import static org.throughcare.security.policy.ResourceGroup.RISK_FLAG;
import static org.throughcare.security.policy.ResourceGroup.SCHEDULING;

import java.util.EnumMap;
import java.util.Map;
import org.throughcare.record.Interaction;
import org.throughcare.security.Caller;
import org.throughcare.security.StaffRole;

/**
 * The role × resource group × action matrix of docs/security.md, the one place it is written in
 * code. A staff call is allowed only when both the role's column and the token's {@code user/}
 * scopes allow it; a system call when its {@code system/} scopes do. No staff role deletes:
 * clinical entries are corrected or marked entered-in-error, never erased.
 */
public final class AccessMatrix {

    private static final Map<StaffRole, Map<ResourceGroup, String>> MATRIX = new EnumMap<>(StaffRole.class);

    static {
        Map<ResourceGroup, String> clinician = row("crus", "crus", "crus", "crus", "crus", "rs");
        MATRIX.put(StaffRole.NURSE, clinician);
        MATRIX.put(StaffRole.DOCTOR, clinician);
        MATRIX.put(StaffRole.PHARMACIST, row("rs", "rs", "crus", "rs", "rs", "rs"));
        MATRIX.put(StaffRole.HEALTHCARE_MANAGER, row("rs", "rs", "rs", "crus", "rs", "crus"));
        MATRIX.put(StaffRole.COMMISSIONER, row("", "", "", "", "", "rs"));
        MATRIX.put(StaffRole.CALDICOTT_GUARDIAN, row("", "", "", "", "", "rs"));
        MATRIX.put(StaffRole.PRISON_OFFICER, row("rs", "", "", "rs", "rs", "rs"));
    }

    private AccessMatrix() {}

    private static Map<ResourceGroup, String> row(
            String demographics,
            String clinical,
            String medication,
            String scheduling,
            String flags,
            String directory) {
        Map<ResourceGroup, String> row = new EnumMap<>(ResourceGroup.class);
        row.put(DEMOGRAPHICS, demographics);
        row.put(CLINICAL, clinical);
        row.put(MEDICATION, medication);
        row.put(SCHEDULING, scheduling);
        row.put(RISK_FLAG, flags);
        row.put(DIRECTORY, directory);
        return Map.copyOf(row);
    }

    /** The permission letters a role has on a type. */
    public static String permissions(StaffRole role, String type) {
        return MATRIX.get(role).get(ResourceGroup.of(type));
    }

    /** Whether the caller may do the interaction on the type ({@code null}: on some type). */
    public static boolean allows(Caller caller, Interaction interaction, String type) {
        char letter = interaction.permission();
        if (interaction == Interaction.EXPORT && caller instanceof Caller.Staff) {
            return false;
        }
        return switch (caller) {
            case Caller.Staff staff ->
                type == null
                        ? staff.scopes().grantsAny("user", letter)
                                && MATRIX.get(staff.role()).values().stream().anyMatch(p -> p.indexOf(letter) >= 0)
                        : permissions(staff.role(), type).indexOf(letter) >= 0
                                && staff.scopes().grants("user", type, letter);
            case Caller.SystemClient system ->
                type == null
                        ? system.scopes().grantsAny("system", letter)
                        : system.scopes().grants("system", type, letter);
        };
    }

    /** The audit log and break-glass reviews: Caldicott guardians, and system clients with AuditEvent scope. */
    public static boolean allowsAuditLog(Caller caller) {
        return switch (caller) {
            case Caller.Staff staff -> staff.role() == StaffRole.CALDICOTT_GUARDIAN;
            case Caller.SystemClient system -> system.scopes().grants("system", "AuditEvent", 's');
        };
    }

    /**
     * Recording movements at an establishment (reception, transfer, court, hospital, release):
     * nurses, doctors and healthcare managers who work there; system clients (the prison service's
     * event feed) with create and update scope on EpisodeOfCare. The movement then changes the
     * record as an internal job, since it is what creates the relationship (ADR 0051).
     */
    public static boolean allowsMovementsAt(Caller caller, String establishmentCode) {
        return switch (caller) {
            case Caller.Staff staff ->
                (staff.role() == StaffRole.NURSE
                                || staff.role() == StaffRole.DOCTOR
                                || staff.role() == StaffRole.HEALTHCARE_MANAGER)
                        && staff.establishments().contains(establishmentCode);
            case Caller.SystemClient system ->
                system.scopes().grants("system", "EpisodeOfCare", 'c')
                        && system.scopes().grants("system", "EpisodeOfCare", 'u');
        };
    }

    /** Break-glass: clinicians only. */
    public static boolean allowsBreakGlass(Caller caller) {
        return caller instanceof Caller.Staff staff && staff.role().clinician();
    }
}

package org.throughcare.security;

/**
 * The staff roles of docs/security.md, after the users in the product brief. Each role's
 * permitted resource types and actions are one matrix (policy.AccessMatrix).
 */
public enum StaffRole {
    /** Nurse or healthcare assistant, including reception screening. */
    NURSE(true, "Nurse"),
    /** Prison GP, or a remote hub GP when they work at no establishment. */
    DOCTOR(true, "Doctor"),
    PHARMACIST(true, "Pharmacist"),
    HEALTHCARE_MANAGER(false, "Healthcare manager"),
    /** NHS England Health and Justice commissioner or analyst: no patient-level data. */
    COMMISSIONER(false, "Commissioner"),
    /** Caldicott guardian or auditor: the audit log and break-glass reviews. */
    CALDICOTT_GUARDIAN(false, "Caldicott guardian"),
    /** Prison (non-health) staff: only what information sharing allows. */
    PRISON_OFFICER(false, "Prison officer");

    private final boolean clinician;
    private final String label;

    StaffRole(boolean clinician, String label) {
        this.clinician = clinician;
        this.label = label;
    }

    /** The role as people say it, for the page header. */
    public String label() {
        return label;
    }

    /** Clinicians treat patients, and may use break-glass. */
    public boolean clinician() {
        return clinician;
    }
}

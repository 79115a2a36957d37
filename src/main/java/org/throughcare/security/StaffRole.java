package org.throughcare.security;

/**
 * The staff roles of docs/security.md, after the users in the product brief. Each role's
 * permitted resource types and actions are one matrix (policy.AccessMatrix).
 */
public enum StaffRole {
    /** Nurse or healthcare assistant, including reception screening. */
    NURSE(true),
    /** Prison GP, or a remote hub GP when they work at no establishment. */
    DOCTOR(true),
    PHARMACIST(true),
    HEALTHCARE_MANAGER(false),
    /** NHS England Health and Justice commissioner or analyst: no patient-level data. */
    COMMISSIONER(false),
    /** Caldicott guardian or auditor: the audit log and break-glass reviews. */
    CALDICOTT_GUARDIAN(false),
    /** Prison (non-health) staff: only what information sharing allows. */
    PRISON_OFFICER(false);

    private final boolean clinician;

    StaffRole(boolean clinician) {
        this.clinician = clinician;
    }

    /** Clinicians treat patients, and may use break-glass. */
    public boolean clinician() {
        return clinician;
    }
}

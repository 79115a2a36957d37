package org.throughcare.patient;

import java.util.List;

/**
 * The banner on every patient page (clinical safety hazard H30, wrong-patient selection): who the
 * patient is, and what must be known before doing anything: allergies and alerts.
 *
 * @param patient who they are
 * @param allergies the allergy status; "none known" and "not recorded" are different states
 * @param allergyNames the substances of active allergies, for the banner
 * @param alerts active alerts (Flags), for the banner
 * @param withheldAllergies allergy entries the viewer's role may not see
 * @param withheldAlerts alerts the viewer's role may not see
 * @param emergencyAccessUntil when the viewer's break-glass access ends ("14:05", Europe/London), or null when
 *     they see the record through a care relationship
 */
public record PatientBanner(
        PatientHeadline patient,
        AllergyStatus allergies,
        List<String> allergyNames,
        List<String> alerts,
        int withheldAllergies,
        int withheldAlerts,
        String emergencyAccessUntil) {

    public PatientBanner {
        allergyNames = List.copyOf(allergyNames);
        alerts = List.copyOf(alerts);
    }

    /** What the record says about allergies, never inferred from silence. */
    public enum AllergyStatus {
        /** At least one active allergy (or an entry withheld from the viewer, which may be one). */
        PRESENT,
        /** A clinician recorded that the patient has no known allergies (SNOMED CT 716186003 and kin). */
        NONE_KNOWN,
        /** Nothing about allergies is recorded: ask the patient before prescribing or giving anything. */
        NOT_RECORDED
    }

    public boolean emergencyAccess() {
        return emergencyAccessUntil != null;
    }
}

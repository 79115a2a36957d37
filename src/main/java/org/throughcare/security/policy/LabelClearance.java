package org.throughcare.security.policy;

import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Coding;
import org.throughcare.security.StaffRole;

/**
 * Which roles may see resources carrying each confidentiality or sensitivity label
 * (meta.security). A label from these systems that is not listed is withheld from everyone but
 * system clients: an unknown label is treated as the strictest.
 */
final class LabelClearance {

    static final String CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String SENSITIVITY = "https://throughcare.org/fhir/CodeSystem/sensitivity";

    private static final Set<StaffRole> CLINICIANS = Set.of(StaffRole.DOCTOR, StaffRole.NURSE, StaffRole.PHARMACIST);
    private static final Set<StaffRole> DOCTORS_AND_NURSES = Set.of(StaffRole.DOCTOR, StaffRole.NURSE);

    private static final Map<String, Set<StaffRole>> CLEARED = Map.ofEntries(
            Map.entry(CONFIDENTIALITY + "|U", Set.of(StaffRole.values())),
            Map.entry(CONFIDENTIALITY + "|L", Set.of(StaffRole.values())),
            Map.entry(CONFIDENTIALITY + "|M", Set.of(StaffRole.values())),
            Map.entry(CONFIDENTIALITY + "|N", Set.of(StaffRole.values())),
            Map.entry(CONFIDENTIALITY + "|R", Set.of(StaffRole.DOCTOR)),
            Map.entry(ACT_CODE + "|HIV", CLINICIANS),
            Map.entry(ACT_CODE + "|PSY", CLINICIANS),
            Map.entry(ACT_CODE + "|ETH", CLINICIANS),
            Map.entry(ACT_CODE + "|STD", DOCTORS_AND_NURSES),
            Map.entry(ACT_CODE + "|SEX", DOCTORS_AND_NURSES),
            Map.entry(ACT_CODE + "|SDV", DOCTORS_AND_NURSES),
            Map.entry(SENSITIVITY + "|safeguarding", DOCTORS_AND_NURSES));

    private LabelClearance() {}

    /** True when the role may see content carrying this label (other systems are not labels). */
    static boolean cleared(StaffRole role, Coding label) {
        String system = label.getSystem();
        if (!CONFIDENTIALITY.equals(system) && !ACT_CODE.equals(system) && !SENSITIVITY.equals(system)) {
            return true;
        }
        return CLEARED.getOrDefault(system + "|" + label.getCode(), Set.of()).contains(role);
    }
}

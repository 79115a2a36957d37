package org.throughcare.patient.view;

import java.util.Set;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.throughcare.patient.RecordSummary;

/** Alerts, problems, medications and encounters as the summary lists them. */
public final class ClinicalItems {

    /** Condition clinical statuses that make a problem current. */
    static final Set<String> ACTIVE = Set.of("active", "recurrence", "relapse");

    static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

    private ClinicalItems() {}

    public static RecordSummary.Alert alert(Flag flag) {
        return new RecordSummary.Alert(
                orUnnamed(ClinicalText.text(flag.getCode())),
                flag.getCategory().stream()
                        .map(ClinicalText::text)
                        .filter(java.util.Objects::nonNull)
                        .map(ClinicalItems::capitalised)
                        .findFirst()
                        .orElse(null),
                ClinicalText.display(flag.getPeriod().getStartElement()));
    }

    public static boolean problemRecorded(Condition condition) {
        return !"entered-in-error".equals(ClinicalText.code(condition.getVerificationStatus(), CONDITION_VERIFICATION));
    }

    public static RecordSummary.Problem problem(Condition condition) {
        String status = ClinicalText.code(condition.getClinicalStatus(), CONDITION_CLINICAL);
        return new RecordSummary.Problem(
                orUnnamed(ClinicalText.text(condition.getCode())),
                status == null ? "Status not recorded" : capitalised(status),
                status != null && ACTIVE.contains(status),
                condition.hasOnsetDateTimeType() ? ClinicalText.display(condition.getOnsetDateTimeType()) : null);
    }

    public static RecordSummary.Medication medication(MedicationRequest request) {
        String medicine = request.hasMedicationCodeableConcept()
                ? ClinicalText.text(request.getMedicationCodeableConcept())
                : request.getMedicationReference().getDisplay();
        String dosage = request.getDosageInstruction().isEmpty()
                ? null
                : request.getDosageInstructionFirstRep().getText();
        return new RecordSummary.Medication(
                orUnnamed(medicine), dosage, ClinicalText.display(request.getAuthoredOnElement()));
    }

    public static RecordSummary.Encounter encounter(Encounter encounter) {
        String type = encounter.getType().stream()
                .map(ClinicalText::text)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(encounter.getClass_().getDisplay());
        return new RecordSummary.Encounter(
                orUnnamed(type),
                encounter.hasStatus() ? capitalised(encounter.getStatus().toCode()) : null,
                ClinicalText.display(encounter.getPeriod().getStartElement()));
    }

    static String capitalised(String code) {
        String words = code.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String orUnnamed(String text) {
        return text == null ? "Not named" : text;
    }
}

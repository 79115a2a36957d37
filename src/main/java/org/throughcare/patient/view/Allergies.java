package org.throughcare.patient.view;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.throughcare.patient.PatientBanner.AllergyStatus;
import org.throughcare.patient.RecordSummary;

/**
 * Allergies as the banner and summary show them. A clinician's "no known allergies" statement and
 * an empty record are different facts and stay different (hazard H30): silence is "not recorded".
 * Entries marked entered-in-error or refuted, and resolved ones, are not current and not shown.
 */
public final class Allergies {

    /** SNOMED CT "no known ..." statements: no known allergy, drug, environmental, food allergy. */
    static final Set<String> NONE_KNOWN = Set.of("716186003", "409137002", "428607008", "429625007");

    static final String SNOMED = "http://snomed.info/sct";

    private Allergies() {}

    /** The banner's state, from the current entries the viewer may see and how many are withheld. */
    public static AllergyStatus status(List<AllergyIntolerance> current, int withheld) {
        if (withheld > 0 || current.stream().anyMatch(allergy -> !noneKnown(allergy))) {
            return AllergyStatus.PRESENT;
        }
        return current.isEmpty() ? AllergyStatus.NOT_RECORDED : AllergyStatus.NONE_KNOWN;
    }

    /** Current entries: neither entered in error, refuted nor resolved. */
    public static boolean current(AllergyIntolerance allergy) {
        String verification = ClinicalText.code(
                allergy.getVerificationStatus(),
                "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification");
        String clinical = ClinicalText.code(
                allergy.getClinicalStatus(), "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical");
        return !"entered-in-error".equals(verification)
                && !"refuted".equals(verification)
                && !"inactive".equals(clinical)
                && !"resolved".equals(clinical);
    }

    /**
     * For the banner: the substances of actual allergies; when there are none, the clinician's
     * statements ("No known drug allergy" is narrower than "No known allergy" and must say so).
     */
    public static List<String> names(List<AllergyIntolerance> current) {
        List<String> substances = current.stream()
                .filter(allergy -> !noneKnown(allergy))
                .map(Allergies::substance)
                .toList();
        return substances.isEmpty()
                ? current.stream().map(Allergies::substance).distinct().toList()
                : substances;
    }

    public static RecordSummary.Allergy item(AllergyIntolerance allergy) {
        String reactions = allergy.getReaction().stream()
                .flatMap(reaction -> reaction.getManifestation().stream())
                .map(ClinicalText::text)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.joining(", "));
        String severity = allergy.getReaction().stream()
                .filter(reaction -> reaction.hasSeverity())
                .map(reaction -> reaction.getSeverity().getDisplay())
                .findFirst()
                .orElse(null);
        return new RecordSummary.Allergy(
                substance(allergy),
                reactions.isEmpty() ? null : reactions,
                severity,
                allergy.hasCriticality() ? allergy.getCriticality().getDisplay() : null,
                ClinicalText.display(allergy.getRecordedDateElement()));
    }

    static boolean noneKnown(AllergyIntolerance allergy) {
        String code = ClinicalText.code(allergy.getCode(), SNOMED);
        return code != null && NONE_KNOWN.contains(code);
    }

    private static String substance(AllergyIntolerance allergy) {
        String text = ClinicalText.text(allergy.getCode());
        return text == null ? "Unnamed substance" : text;
    }
}

package org.throughcare.patient;

import java.util.List;

/**
 * What a patient's record holds, at a glance: each section lists what the viewer may see and
 * counts what is withheld from them (confidentiality labels), never showing its content.
 * Dates and times are shown as recorded ("2019", "12-Apr-2019"), times in Europe/London.
 */
public record RecordSummary(
        PatientBanner banner,
        Section<Alert> alerts,
        Section<Allergy> allergies,
        Section<Problem> problems,
        Section<Medication> medications,
        Section<Encounter> encounters,
        Section<Observation> observations) {

    /**
     * One section.
     *
     * @param items what the viewer may see, in the order to show
     * @param withheld how many entries are withheld from the viewer
     * @param more true when there are more than are listed (the most recent are shown)
     */
    public record Section<T>(List<T> items, int withheld, boolean more) {
        public Section {
            items = List.copyOf(items);
        }

        public boolean empty() {
            return items.isEmpty() && withheld == 0;
        }
    }

    /** An active alert (Flag). */
    public record Alert(String text, String category, String since) {}

    /** An allergy or intolerance, or a "no known allergies" statement. */
    public record Allergy(String substance, String reactions, String severity, String criticality, String recorded) {}

    /** A problem or diagnosis (Condition); active ones are listed first. */
    public record Problem(String text, String status, boolean active, String onset) {}

    /** An active prescription (MedicationRequest). */
    public record Medication(String medicine, String dosage, String prescribed) {}

    /** A recent contact (Encounter). */
    public record Encounter(String type, String status, String start) {}

    /** A recent vital sign, with its units. */
    public record Observation(String name, String value, String taken) {}
}

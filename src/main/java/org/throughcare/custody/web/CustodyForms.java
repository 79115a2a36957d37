package org.throughcare.custody.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.throughcare.custody.Coded;
import org.throughcare.custody.MovementKind;
import org.throughcare.custody.Summaries;

/**
 * The forms of a patient's custody page, as posted. Each {@code check} answers the problems keyed by
 * the id of the field to fix; field ids differ between forms, since they share a page.
 */
final class CustodyForms {

    /**
     * The movements recorded with the movement form: court, hospital and temporary release and the
     * returns from them, and release. A transfer out goes with its checklist; a death in custody is
     * recorded through the API with its own safeguards (ADR 0059).
     */
    static final List<MovementKind> MOVEMENTS = List.of(
            MovementKind.OUT_TO_COURT,
            MovementKind.RETURNED_FROM_COURT,
            MovementKind.OUT_TO_HOSPITAL,
            MovementKind.RETURNED_FROM_HOSPITAL,
            MovementKind.TEMPORARY_RELEASE,
            MovementKind.RETURNED_FROM_TEMPORARY_RELEASE);

    private CustodyForms() {}

    /** A movement: what happened and where they went. */
    record MovementForm(String key, String kind, String destination) {
        Map<String, String> check() {
            Map<String, String> errors = new LinkedHashMap<>();
            if (kind() == null) {
                errors.put("movement-kind", "Select the movement");
            }
            String place = FormText.blankToNull(destination);
            if (place != null && place.length() > 200) {
                errors.put("movement-destination", "Where they went must be 200 characters or fewer");
            }
            return errors;
        }

        MovementKind movement() {
            return Coded.find(MovementKind.class, kind == null ? "" : kind)
                    .filter(MOVEMENTS::contains)
                    .orElse(null);
        }
    }

    /** The transfer checklist (NICE QS156 statement 5) and where they are going. */
    record TransferForm(String key, String fit, String days, String destination, String note) {
        Map<String, String> check() {
            Map<String, String> errors = new LinkedHashMap<>();
            if (!"yes".equals(fit) && !"no".equals(fit)) {
                errors.put("transfer-fit", "Select whether the patient is fit to travel");
            }
            if (daysPacked() < 0) {
                errors.put("transfer-days", "Enter the days of medicines packed, a whole number from 0 to 90");
            }
            if (FormText.blankToNull(destination) == null) {
                errors.put("transfer-destination", "Select where the patient is going");
            }
            FormText.note(note, "transfer-note", errors);
            return errors;
        }

        int daysPacked() {
            try {
                int packed = Integer.parseInt(days == null ? "" : days.strip());
                return packed >= 0 && packed <= 90 ? packed : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        Summaries.TransferChecklist checklist(String destinationName) {
            return new Summaries.TransferChecklist(
                    "yes".equals(fit), daysPacked(), destinationName, FormText.blankToNull(note));
        }
    }

    /** A known release date. */
    record ReleaseDateForm(String key, String day, String month, String year) {
        LocalDate date(LocalDate today, Map<String, String> errors) {
            LocalDate date = FormText.date(day, month, year, "release-day", "Release date", errors);
            if (date == null && !errors.containsKey("release-day")) {
                errors.put("release-day", "Enter the release date");
            } else if (date != null && date.isBefore(today)) {
                errors.put("release-day", "Release date must be today or in the future");
                return null;
            }
            return date;
        }
    }

    /** The release plan as done, for the discharge summary. */
    record ReleaseForm(String key, String gpRegistration, String referrals, String medicines, String naloxone) {
        Map<String, String> check() {
            Map<String, String> errors = new LinkedHashMap<>();
            FormText.note(gpRegistration, "release-gp", errors);
            FormText.note(referrals, "release-referrals", errors);
            FormText.note(medicines, "release-medicines", errors);
            if (!"yes".equals(naloxone) && !"no".equals(naloxone)) {
                errors.put("release-naloxone", "Select whether naloxone was supplied");
            }
            return errors;
        }

        Summaries.ReleasePlan plan() {
            return new Summaries.ReleasePlan(
                    FormText.blankToNull(gpRegistration),
                    FormText.blankToNull(referrals),
                    FormText.blankToNull(medicines),
                    "yes".equals(naloxone));
        }
    }

    /** A note, for medicines reconciled and arrived without medicines. */
    record NoteForm(String key, String note) {}
}

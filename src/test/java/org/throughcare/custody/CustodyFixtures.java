package org.throughcare.custody;

import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.FhirResponse;

/** Requests and reads the custody tests share. */
final class CustodyFixtures {

    private CustodyFixtures() {}

    /** A prison number nobody else in this run has. */
    static String uniquePrisonNumber() {
        long n = System.nanoTime();
        return "C" + String.format("%04d", n % 10_000) + (char) ('A' + (n / 10_000) % 26)
                + (char) ('A' + (n / 260_000) % 26);
    }

    static Parameters reception(String prisonNumber, String family, String establishment, String kind, Instant at) {
        Parameters parameters = new Parameters();
        parameters.addParameter("establishment", establishment);
        parameters.addParameter("kind", kind);
        parameters.addParameter("occurred", at.toString());
        parameters.addParameter("prison-number", prisonNumber);
        parameters.addParameter("family", family);
        parameters.addParameter("given", "Robin");
        // Each person born on another day, so matching does not put every test's patients to review.
        int day = Math.floorMod(family.hashCode() + prisonNumber.hashCode(), 9000);
        parameters.addParameter(
                "birthdate", java.time.LocalDate.of(1950, 1, 1).plusDays(day).toString());
        parameters.addParameter("gender", "male");
        return parameters;
    }

    static Parameters movement(String kind, String establishment, Instant at) {
        Parameters parameters = new Parameters();
        parameters.addParameter("kind", kind);
        parameters.addParameter("establishment", establishment);
        parameters.addParameter("occurred", at.toString());
        return parameters;
    }

    /** Receives and answers the patient id. */
    static String receive(FhirHttp fhir, Parameters reception) {
        FhirResponse response = fhir.post("/$receive", reception).send();
        if (response.status() != 200) {
            throw new AssertionError("reception answered " + response);
        }
        return patientOf(response.resource(Parameters.class));
    }

    static String patientOf(Parameters answer) {
        return ((Reference) answer.getParameter("patient").getValue())
                .getReferenceElement()
                .getIdPart();
    }

    static String outcomeOf(FhirResponse response) {
        return response.resource(Parameters.class)
                .getParameter("outcome")
                .getValue()
                .primitiveValue();
    }

    static List<EpisodeOfCare> episodes(FhirHttp fhir, String patientId) {
        return fhir
                .get("/EpisodeOfCare?patient=Patient/" + patientId + "&_sort=date")
                .send()
                .resource(Bundle.class)
                .getEntry()
                .stream()
                .map(entry -> (EpisodeOfCare) entry.getResource())
                .filter(episode -> episode.getStatus() != EpisodeOfCare.EpisodeOfCareStatus.ENTEREDINERROR)
                .toList();
    }

    /** The custody Encounters (stays and absences) of a patient, oldest first. */
    static List<Encounter> custodyEncounters(FhirHttp fhir, String patientId, String classCode) {
        return fhir
                .get("/Encounter?subject=Patient/" + patientId + "&class="
                        + org.throughcare.shared.CustodyStay.CLASS_SYSTEM + "|" + classCode + "&_sort=date")
                .send()
                .resource(Bundle.class)
                .getEntry()
                .stream()
                .map(entry -> (Encounter) entry.getResource())
                .filter(encounter -> encounter.getStatus() != Encounter.EncounterStatus.ENTEREDINERROR)
                .toList();
    }

    /** Every row of one worklist, page after page (the worklists page shows the first rows of each). */
    static String wholeList(org.throughcare.testing.WebSession session, String list) {
        StringBuilder rows = new StringBuilder();
        for (int page = 1; page < 1000; page++) {
            String body = session.get("/worklists/" + list + "?page=" + page).body();
            rows.append(ScreenPagesIT.section(body, "queue-" + list));
            if (!body.contains("data-testid=\"next\"")) {
                break;
            }
        }
        return rows.toString();
    }
}

package org.throughcare.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.custody.CustodyFixtures.movement;
import static org.throughcare.custody.CustodyFixtures.receive;
import static org.throughcare.custody.CustodyFixtures.reception;
import static org.throughcare.custody.CustodyFixtures.uniquePrisonNumber;

import java.time.Instant;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.FhirResponse;
import org.throughcare.testing.IntegrationTest;

/** Transfer out with its checklist and summary read at the receiving end; release plan and discharge summary. */
@IntegrationTest
class SummariesIT {

    @LocalServerPort
    int port;

    @Test
    void aTransferNeedsSevenDaysOfMedicinesAndItsSummaryIsReadOnArrival() {
        FhirHttp leeds = new FhirHttp(port).as("nurse.leeds");
        String prisonNumber = uniquePrisonNumber();
        String patient = receive(
                leeds,
                reception(
                        prisonNumber,
                        "Nettleton",
                        "LEI",
                        "received-new",
                        Instant.now().minusSeconds(86_400)));
        MedicationStatement lamotrigine = new MedicationStatement();
        lamotrigine.setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE);
        lamotrigine.setMedication(new CodeableConcept().setText("Lamotrigine 100 mg twice a day"));
        lamotrigine.setSubject(new Reference("Patient/" + patient));
        assertThat(leeds.post("/MedicationStatement", lamotrigine).send().status())
                .isEqualTo(201);

        assertThat(leeds.post("/Patient/" + patient + "/$transfer-summary", checklist(3))
                        .send()
                        .status())
                .isEqualTo(422);
        FhirResponse written = leeds.post("/Patient/" + patient + "/$transfer-summary", checklist(7))
                .send();
        assertThat(written.status()).as(written.body()).isEqualTo(200);

        FhirHttp manchester = new FhirHttp(port).as("nurse.manchester");
        assertThat(manchester
                        .get("/Composition?patient=Patient/" + patient)
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(manchester
                        .get("/Composition?patient=Patient/" + patient)
                        .send()
                        .resource(Bundle.class)
                        .getEntry())
                .isEmpty();
        receive(
                manchester,
                reception(
                        prisonNumber,
                        "Nettleton",
                        "MRI",
                        "received-transfer",
                        Instant.now().minusSeconds(60)));
        Bundle summaries = manchester
                .get("/Composition?patient=Patient/" + patient + "&type=http://loinc.org|18761-7")
                .send()
                .resource(Bundle.class);
        Composition summary = (Composition) summaries.getEntryFirstRep().getResource();
        assertThat(summary.getSection())
                .extracting(Composition.SectionComponent::getTitle)
                .contains("Transfer checklist", "Medicines", "Alerts");
        assertThat(summary.getSection().get(1).getText().getDivAsString()).contains("Lamotrigine");
        assertThat(new FhirHttp(port)
                        .as("officer.leeds")
                        .get("/Flag?patient=Patient/" + patient)
                        .send()
                        .body())
                .contains("Fit to transfer");
    }

    @Test
    void aKnownReleaseDateMakesTheReleasePlanDue28DaysBeforeAndTheDischargeSummaryRendersAsHtmlAndPdf() {
        FhirHttp nurse = new FhirHttp(port).as("nurse.leeds");
        String patient = receive(
                nurse,
                reception(
                        uniquePrisonNumber(),
                        "Orme",
                        "LEI",
                        "received-new",
                        Instant.now().minusSeconds(86_400)));
        Parameters date = new Parameters();
        LocalDate release = LocalDate.now().plusDays(40);
        date.addParameter("date", release.toString());
        assertThat(nurse.post("/Patient/" + patient + "/$release-date", date)
                        .send()
                        .status())
                .isEqualTo(200);
        Task plan = (Task) nurse.get("/Task?patient=Patient/" + patient
                        + "&code=https://fhir.throughcare.org/CodeSystem/custody-task|release-plan")
                .send()
                .resource(Bundle.class)
                .getEntryFirstRep()
                .getResource();
        assertThat(plan.getRestriction().getPeriod().getEnd().toInstant())
                .isEqualTo(release.minusDays(28)
                        .atStartOfDay(java.time.ZoneId.of("Europe/London"))
                        .toInstant());

        Parameters discharge = new Parameters();
        discharge.addParameter("gp-registration", "Pre-registered with a Leeds practice");
        discharge.addParameter("naloxone", new BooleanType(true));
        FhirResponse written = nurse.post("/Patient/" + patient + "/$discharge-summary", discharge)
                .send();
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        String composition = ((Reference) written.resource(Parameters.class)
                        .getParameter("composition")
                        .getValue())
                .getReferenceElement()
                .getIdPart();
        FhirResponse html = nurse.get("/Composition/" + composition + "/$render?format=html")
                .send();
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.body()).contains("Discharge summary").contains("Naloxone: supplied");
        FhirResponse pdf =
                nurse.get("/Composition/" + composition + "/$render?format=pdf").send();
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(new FhirHttp(port)
                        .as("nurse.manchester")
                        .get("/Composition/" + composition + "/$render?format=pdf")
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(nurse.get("/Composition/" + composition + "/$render?format=docx")
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(nurse.post(
                                "/Patient/" + patient + "/$record-movement",
                                movement("released", "LEI", Instant.now().minusSeconds(5)))
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(nurse.post("/Patient/" + patient + "/$discharge-summary", discharge)
                        .send()
                        .status())
                .isEqualTo(409);
    }

    private static Parameters checklist(int days) {
        Parameters parameters = new Parameters();
        parameters.addParameter("fit-to-travel", new BooleanType(true));
        parameters.addParameter().setName("medicine-days-packed").setValue(new IntegerType(days));
        parameters.addParameter("destination", "MRI");
        return parameters;
    }
}

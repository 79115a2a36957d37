package org.throughcare.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aHeartRate;
import static org.throughcare.testing.TestPatients.aPatient;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.FhirResponse;
import org.throughcare.testing.IntegrationTest;

/**
 * Role × establishment × resource type × action, through real HTTP with real tokens of the demo
 * staff. Expected answers are written out here, independently of the policy code: 200/201 allowed,
 * 403 the role or scope forbids the interaction, 404 the patient is outside every relationship
 * (indistinguishable from a record that does not exist). A patient at HMP Leeds (LEI) and one at
 * HMP Manchester (MRI), the latter with an appointment booked with the remote hub GP.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    enum Action {
        READ_PATIENT,
        READ_OBSERVATION,
        VREAD_OBSERVATION,
        HISTORY_OBSERVATION,
        TYPE_HISTORY_LISTS_IT,
        CREATE_OBSERVATION,
        UPDATE_OBSERVATION,
        DELETE_OBSERVATION,
        BATCH_READ_OBSERVATION,
        TRANSACTION_CREATE_OBSERVATION,
        SEARCH_LISTS_IT,
        EVERYTHING
    }

    /**
     * Expected statuses in the order of {@link Action}; for the listings (type history, search)
     * 200 = listed, 0 = not listed. $everything is a listing too: a role without patient-level
     * access finds no patient (404) rather than a refusal.
     */
    static Stream<Arguments> matrix() {
        return Stream.of(
                row("nurse.leeds", "LEI", 200, 200, 200, 200, 200, 201, 200, 403, 200, 200, 200, 200),
                row("gp.leeds", "LEI", 200, 200, 200, 200, 200, 201, 200, 403, 200, 200, 200, 200),
                row("nurse.manchester", "LEI", 404, 404, 404, 404, 0, 404, 404, 403, 404, 404, 0, 404),
                row("gp.manchester", "LEI", 404, 404, 404, 404, 0, 404, 404, 403, 404, 404, 0, 404),
                row("pharmacist", "LEI", 200, 200, 200, 200, 200, 403, 403, 403, 200, 403, 200, 200),
                row("hub.gp", "LEI", 404, 404, 404, 404, 0, 404, 404, 403, 404, 404, 0, 404),
                row("manager.leeds", "LEI", 200, 200, 200, 200, 200, 403, 403, 403, 200, 403, 200, 200),
                row("commissioner", "LEI", 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404),
                row("caldicott", "LEI", 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404),
                row("officer.leeds", "LEI", 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 200),
                row("nurse.manchester", "MRI", 200, 200, 200, 200, 200, 201, 200, 403, 200, 200, 200, 200),
                row("gp.leeds", "MRI", 404, 404, 404, 404, 0, 404, 404, 403, 404, 404, 0, 404),
                row("hub.gp", "MRI", 200, 200, 200, 200, 200, 201, 200, 403, 200, 200, 200, 200),
                row("officer.leeds", "MRI", 404, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404),
                row("pharmacist", "MRI", 200, 200, 200, 200, 200, 403, 403, 403, 200, 403, 200, 200));
    }

    @LocalServerPort
    int port;

    FhirHttp system;
    Instant start;
    Fixture leeds;
    Fixture manchester;

    record Fixture(String patientId, String observationId) {}

    @BeforeAll
    void patientsAtTwoPrisons() {
        system = new FhirHttp(port);
        start = Instant.now().minus(1, ChronoUnit.SECONDS);
        leeds = fixture("hmp-leeds");
        manchester = fixture("hmp-manchester");
        Appointment booked = new Appointment();
        booked.setStatus(Appointment.AppointmentStatus.BOOKED);
        booked.setStart(java.util.Date.from(Instant.now().plus(1, ChronoUnit.HOURS)));
        booked.setEnd(java.util.Date.from(Instant.now().plus(2, ChronoUnit.HOURS)));
        booked.addParticipant()
                .setActor(new Reference("Patient/" + manchester.patientId()))
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        booked.addParticipant()
                .setActor(new Reference("Practitioner/demo-hub-gp"))
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        assertThat(system.post("/Appointment", booked).send().status()).isEqualTo(201);
    }

    private Fixture fixture(String establishment) {
        String patientId = system.post("/Patient", aPatient().at(establishment).build())
                .send()
                .createdId();
        String observationId =
                system.post("/Observation", aHeartRate(patientId, 72)).send().createdId();
        return new Fixture(patientId, observationId);
    }

    @ParameterizedTest(name = "{0} on a patient at {1}")
    @MethodSource("matrix")
    void eachRoleGetsExactlyWhatTheMatrixSays(String user, String establishment, int[] expected) {
        Fixture target = establishment.equals("LEI") ? leeds : manchester;
        FhirHttp fhir = system.as(user);
        Action[] actions = Action.values();
        for (int i = 0; i < actions.length; i++) {
            assertThat(perform(fhir, actions[i], target))
                    .as("%s %s on %s", user, actions[i], establishment)
                    .isEqualTo(expected[i]);
        }
    }

    @ParameterizedTest(name = "{0} anonymously")
    @MethodSource("matrix")
    void nobodyGetsAnythingWithoutAToken(String user, String establishment, int[] expected) {
        Fixture target = establishment.equals("LEI") ? leeds : manchester;
        assertThat(perform(system.anonymous(), Action.READ_PATIENT, target)).isEqualTo(401);
    }

    private int perform(FhirHttp fhir, Action action, Fixture target) {
        String observation = "/Observation/" + target.observationId();
        return switch (action) {
            case READ_PATIENT ->
                fhir.get("/Patient/" + target.patientId()).send().status();
            case READ_OBSERVATION -> fhir.get(observation).send().status();
            case VREAD_OBSERVATION ->
                fhir.get(observation + "/_history/1").send().status();
            case HISTORY_OBSERVATION ->
                fhir.get(observation + "/_history").send().status();
            case TYPE_HISTORY_LISTS_IT -> listed(fhir, target);
            case CREATE_OBSERVATION ->
                fhir.post("/Observation", aHeartRate(target.patientId(), 80))
                        .send()
                        .status();
            case UPDATE_OBSERVATION -> update(fhir, target);
            case DELETE_OBSERVATION -> fhir.delete(observation).send().status();
            case BATCH_READ_OBSERVATION -> entryStatus(fhir, Bundle.BundleType.BATCH, Bundle.HTTPVerb.GET, target);
            case TRANSACTION_CREATE_OBSERVATION -> transaction(fhir, target);
            case SEARCH_LISTS_IT -> searched(fhir, target);
            case EVERYTHING ->
                fhir.get("/Patient/" + target.patientId() + "/$everything")
                        .send()
                        .status();
        };
    }

    private int listed(FhirHttp fhir, Fixture target) {
        FhirResponse response =
                fhir.get("/Observation/_history?_count=1000&_since=" + start).send();
        if (response.status() != 200) {
            return response.status();
        }
        return response.body().contains("/Observation/" + target.observationId() + "\"") ? 200 : 0;
    }

    private int searched(FhirHttp fhir, Fixture target) {
        FhirResponse response =
                fhir.get("/Observation?subject=Patient/" + target.patientId()).send();
        if (response.status() != 200) {
            return response.status();
        }
        return response.body().contains("/Observation/" + target.observationId() + "\"") ? 200 : 0;
    }

    private int update(FhirHttp fhir, Fixture target) {
        Observation changed = aHeartRate(target.patientId(), 75);
        changed.setId(target.observationId());
        return fhir.put("/Observation/" + target.observationId(), changed)
                .send()
                .status();
    }

    private int entryStatus(FhirHttp fhir, Bundle.BundleType type, Bundle.HTTPVerb verb, Fixture target) {
        Bundle bundle = new Bundle().setType(type);
        bundle.addEntry().getRequest().setMethod(verb).setUrl("Observation/" + target.observationId());
        FhirResponse response = fhir.post("", bundle).send();
        assertThat(response.status()).isEqualTo(200);
        String status =
                response.resource(Bundle.class).getEntryFirstRep().getResponse().getStatus();
        return Integer.parseInt(status.substring(0, 3));
    }

    private int transaction(FhirHttp fhir, Fixture target) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        bundle.addEntry()
                .setFullUrl("urn:uuid:" + java.util.UUID.randomUUID())
                .setResource(aHeartRate(target.patientId(), 90))
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Observation");
        return fhir.post("", bundle).send().status();
    }

    private static Arguments row(String user, String establishment, int... expected) {
        return Arguments.of(user, establishment, expected);
    }
}

package org.throughcare.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.custody.CustodyFixtures.custodyEncounters;
import static org.throughcare.custody.CustodyFixtures.episodes;
import static org.throughcare.custody.CustodyFixtures.movement;
import static org.throughcare.custody.CustodyFixtures.outcomeOf;
import static org.throughcare.custody.CustodyFixtures.receive;
import static org.throughcare.custody.CustodyFixtures.reception;
import static org.throughcare.custody.CustodyFixtures.uniquePrisonNumber;
import static org.throughcare.testing.TestPatients.aHeartRate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.FhirResponse;
import org.throughcare.testing.IntegrationTest;

/**
 * A patient's custody through the API: reception, court, transfer, release; who can see and change
 * the record at each step; repeats and late movements; refusals.
 */
@IntegrationTest
class MovementsIT {

    @LocalServerPort
    int port;

    @Test
    void aReceptionOpensAnEpisodeTheEstablishmentAloneCanSee() {
        FhirHttp nurse = new FhirHttp(port).as("nurse.leeds");
        Instant arrived = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String patient = receive(nurse, reception(uniquePrisonNumber(), "Arden", "LEI", "received-new", arrived));

        List<EpisodeOfCare> episodes = episodes(nurse, patient);
        assertThat(episodes).hasSize(1);
        assertThat(episodes.getFirst().getStatus()).isEqualTo(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);
        assertThat(episodes.getFirst().getManagingOrganization().getReference()).isEqualTo("Organization/hmp-leeds");
        Encounter stay = custodyEncounters(nurse, patient, "custody-stay").getFirst();
        assertThat(stay.getPeriod().getStart().toInstant()).isEqualTo(arrived);
        assertThat(stay.getHospitalization()
                        .getAdmitSource()
                        .getCodingFirstRep()
                        .getCode())
                .isEqualTo("received-new");
        assertThat(nurse.get("/Patient/" + patient)
                        .send()
                        .resource(Patient.class)
                        .getManagingOrganization()
                        .getReference())
                .isEqualTo("Organization/hmp-leeds");
        assertThat(new FhirHttp(port)
                        .as("nurse.manchester")
                        .get("/Patient/" + patient)
                        .send()
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theSameReceptionSentTwiceIsRecordedOnce() {
        FhirHttp nurse = new FhirHttp(port).as("nurse.leeds");
        Parameters arrival = reception(
                uniquePrisonNumber(),
                "Bexley",
                "LEI",
                "received-new",
                Instant.now().minusSeconds(600));
        arrival.addParameter("key", "reception-" + System.nanoTime());
        FhirResponse first = nurse.post("/$receive", arrival).send();
        FhirResponse second = nurse.post("/$receive", arrival).send();
        assertThat(outcomeOf(first)).isEqualTo("recorded");
        assertThat(outcomeOf(second)).isEqualTo("duplicate");
        String patient = CustodyFixtures.patientOf(second.resource(Parameters.class));
        assertThat(custodyEncounters(nurse, patient, "custody-stay")).hasSize(1);
    }

    @Test
    void aCourtDayIsAnAbsenceNotTheEndOfTheEpisode() {
        FhirHttp nurse = new FhirHttp(port).as("nurse.leeds");
        Instant start = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String patient = receive(nurse, reception(uniquePrisonNumber(), "Carlow", "LEI", "received-new", start));
        Parameters out = movement("out-to-court", "LEI", start.plus(2, ChronoUnit.HOURS));
        out.addParameter("destination", "Leeds Crown Court");
        assertThat(nurse.post("/Patient/" + patient + "/$record-movement", out)
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(nurse.post(
                                "/Patient/" + patient + "/$record-movement",
                                movement("returned-from-court", "LEI", start.plus(8, ChronoUnit.HOURS)))
                        .send()
                        .status())
                .isEqualTo(200);

        Encounter court = custodyEncounters(nurse, patient, "court").getFirst();
        assertThat(court.getStatus()).isEqualTo(Encounter.EncounterStatus.FINISHED);
        assertThat(court.getLocationFirstRep().getLocation().getDisplay()).isEqualTo("Leeds Crown Court");
        assertThat(episodes(nurse, patient).getFirst().getStatus()).isEqualTo(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);
        assertThat(custodyEncounters(nurse, patient, "custody-stay").getFirst().getStatus())
                .isEqualTo(Encounter.EncounterStatus.INPROGRESS);
    }

    @Test
    void onTransferTheReceivingEstablishmentSeesTheWholeRecordAndTheSenderKeepsReadOnly() {
        FhirHttp system = new FhirHttp(port);
        FhirHttp leeds = system.as("nurse.leeds");
        FhirHttp manchester = system.as("nurse.manchester");
        String prisonNumber = uniquePrisonNumber();
        Instant start = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String patient = receive(leeds, reception(prisonNumber, "Dunmore", "LEI", "received-new", start));
        String observation =
                leeds.post("/Observation", aHeartRate(patient, 64)).send().createdId();

        // The receiving side's event arrives before the sender's: reconciled by time.
        String received = receive(
                manchester,
                reception(prisonNumber, "Dunmore", "MRI", "received-transfer", start.plus(1, ChronoUnit.DAYS)));
        assertThat(received).isEqualTo(patient);
        assertThat(system.post(
                                "/Patient/" + patient + "/$record-movement",
                                movement("transferred-out", "LEI", start.plus(20, ChronoUnit.HOURS)))
                        .send()
                        .status())
                .isEqualTo(200);

        List<Encounter> stays = custodyEncounters(system, patient, "custody-stay");
        assertThat(stays)
                .extracting(s -> s.getServiceProvider().getReference())
                .containsExactly("Organization/hmp-leeds", "Organization/hmp-manchester");
        assertThat(stays.getFirst().getPeriod().getEnd().toInstant()).isEqualTo(start.plus(20, ChronoUnit.HOURS));
        assertThat(episodes(system, patient)).hasSize(1);

        assertThat(manchester.get("/Observation/" + observation).send().status())
                .isEqualTo(200);
        assertThat(manchester
                        .post("/Observation", aHeartRate(patient, 70))
                        .send()
                        .status())
                .isEqualTo(201);
        assertThat(leeds.get("/Observation/" + observation).send().status()).isEqualTo(200);
        assertThat(leeds.post("/Observation", aHeartRate(patient, 71)).send().status())
                .isEqualTo(404);
    }

    /**
     * Ten years of history (about 2,000 resources, more than a page of Encounters) already in the
     * record when the person is received and then transferred: the custody parts are still found
     * among them (one episode, two stays, nothing duplicated), and the receiving establishment reads
     * every resource at once under the same ids, nothing copied.
     */
    @Test
    void aPatientWithYearsOfHistoryIsTransferredWholeWithNothingCopied() {
        FhirHttp system = new FhirHttp(port);
        String prisonNumber = uniquePrisonNumber();
        Parameters reception = reception(prisonNumber, "Elsdon", "LEI", "received-new", Instant.now());
        Patient person = new Patient();
        person.addIdentifier()
                .setSystem("https://fhir.throughcare.org/Id/prison-number")
                .setValue(prisonNumber);
        person.addName().setFamily("Elsdon").addGiven("Robin");
        person.setBirthDate(java.sql.Date.valueOf(
                LocalDate.parse(reception.getParameter("birthdate").getValue().primitiveValue())));
        person.setGender(org.hl7.fhir.r4.model.Enumerations.AdministrativeGender.MALE);
        String patient = system.post("/Patient", person).send().createdId();
        Set<String> history = new HashSet<>(storeHistory(system, patient, 1_100, 900));

        Instant start = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        FhirHttp leeds = system.as("nurse.leeds");
        FhirHttp manchester = system.as("nurse.manchester");
        assertThat(receive(leeds, reception(prisonNumber, "Elsdon", "LEI", "received-new", start)))
                .isEqualTo(patient);
        assertThat(system.post(
                                "/Patient/" + patient + "/$record-movement",
                                movement("transferred-out", "LEI", start.plus(1, ChronoUnit.DAYS)))
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(receive(
                        manchester,
                        reception(
                                prisonNumber, "Elsdon", "MRI", "received-transfer", start.plus(30, ChronoUnit.HOURS))))
                .isEqualTo(patient);

        assertThat(episodes(system, patient)).hasSize(1);
        assertThat(custodyEncounters(system, patient, "custody-stay"))
                .extracting(s -> s.getServiceProvider().getReference())
                .containsExactly("Organization/hmp-leeds", "Organization/hmp-manchester");
        assertThat(everything(manchester, patient)).containsAll(history);
        assertThat(everything(leeds, patient)).containsAll(history);
    }

    /** Stores non-custody encounters and observations in one transaction; answers their references. */
    private static List<String> storeHistory(FhirHttp system, String patient, int encounters, int observations) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        for (int i = 0; i < encounters; i++) {
            Encounter visit = new Encounter()
                    .setStatus(Encounter.EncounterStatus.FINISHED)
                    .setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"));
            visit.setSubject(new org.hl7.fhir.r4.model.Reference("Patient/" + patient));
            visit.getPeriod()
                    .setStart(java.util.Date.from(
                            Instant.parse("2016-01-01T09:00:00Z").plus(i, ChronoUnit.DAYS)));
            bundle.addEntry()
                    .setResource(visit)
                    .getRequest()
                    .setMethod(Bundle.HTTPVerb.POST)
                    .setUrl("Encounter");
        }
        for (int i = 0; i < observations; i++) {
            bundle.addEntry()
                    .setResource(aHeartRate(patient, 50 + i % 60))
                    .getRequest()
                    .setMethod(Bundle.HTTPVerb.POST)
                    .setUrl("Observation");
        }
        FhirResponse stored = system.post("/", bundle).send();
        assertThat(stored.status()).isEqualTo(200);
        return stored.resource(Bundle.class).getEntry().stream()
                .map(entry -> entry.getResponse().getLocation().replaceAll("/_history/.*", ""))
                .toList();
    }

    /** Every resource reference that Patient/$everything returns to the caller, page by page. */
    private static Set<String> everything(FhirHttp fhir, String patient) {
        Set<String> references = new HashSet<>();
        String next = "/Patient/" + patient + "/$everything?_count=500";
        while (next != null) {
            FhirResponse page = fhir.get(next).send();
            assertThat(page.status()).isEqualTo(200);
            Bundle bundle = page.resource(Bundle.class);
            bundle.getEntry()
                    .forEach(entry -> references.add(entry.getResource().fhirType() + "/"
                            + entry.getResource().getIdElement().getIdPart()));
            next = bundle.getLink(Bundle.LINK_NEXT) == null
                    ? null
                    : bundle.getLink(Bundle.LINK_NEXT).getUrl().replaceFirst("^.*?/fhir", "");
        }
        return references;
    }

    @Test
    void releaseEndsTheEpisodeAndTheEstablishmentKeepsReadOnlyAccess() {
        FhirHttp nurse = new FhirHttp(port).as("nurse.manchester");
        Instant start = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String patient = receive(nurse, reception(uniquePrisonNumber(), "Eske", "MRI", "received-new", start));
        FhirResponse released = nurse.post(
                        "/Patient/" + patient + "/$record-movement",
                        movement("released", "MRI", Instant.now().minusSeconds(60)))
                .send();
        assertThat(released.status()).as(released.body()).isEqualTo(200);

        EpisodeOfCare episode = episodes(nurse, patient).getFirst();
        assertThat(episode.getStatus()).isEqualTo(EpisodeOfCare.EpisodeOfCareStatus.FINISHED);
        Patient record = nurse.get("/Patient/" + patient).send().resource(Patient.class);
        assertThat(record.hasManagingOrganization()).isFalse();
        assertThat(nurse.post("/Observation", aHeartRate(patient, 70)).send().status())
                .isEqualTo(404);
        assertThat(nurse.post(
                                "/Patient/" + patient + "/$record-movement",
                                movement("out-to-court", "MRI", Instant.now().minusSeconds(30)))
                        .send()
                        .status())
                .isEqualTo(404);
    }

    @Test
    void movementsAreRecordedOnlyByThoseWhoWorkThereAboutPatientsInTheirCare() {
        FhirHttp system = new FhirHttp(port);
        Instant now = Instant.now().minusSeconds(120);
        String patient = receive(
                system.as("nurse.leeds"), reception(uniquePrisonNumber(), "Fenwick", "LEI", "received-new", now));
        Parameters court = movement("out-to-court", "LEI", now.plusSeconds(60));

        assertThat(system.anonymous()
                        .post("/Patient/" + patient + "/$record-movement", court)
                        .send()
                        .status())
                .isEqualTo(401);
        assertThat(system.as("nurse.manchester")
                        .post("/Patient/" + patient + "/$record-movement", court)
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(system.as("officer.leeds")
                        .post("/Patient/" + patient + "/$record-movement", court)
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(system.as("pharmacist")
                        .post("/$receive", reception(uniquePrisonNumber(), "G", "LEI", "received-new", now))
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(system.as("manager.leeds")
                        .post("/Patient/" + patient + "/$record-movement", court)
                        .send()
                        .status())
                .isEqualTo(200);
    }

    @Test
    void nonsenseIsRefusedClearlyAndChangesNothing() {
        FhirHttp nurse = new FhirHttp(port).as("nurse.leeds");
        Instant now = Instant.now().minusSeconds(60);
        String patient = receive(nurse, reception(uniquePrisonNumber(), "Garnet", "LEI", "received-new", now));
        String path = "/Patient/" + patient + "/$record-movement";
        assertThat(nurse.post(path, movement("teleported", "LEI", now)).send().status())
                .isEqualTo(400);
        assertThat(nurse.post(
                                path,
                                movement("out-to-court", "LEI", Instant.now().plusSeconds(3600)))
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(nurse.post(path, movement("out-to-court", "lower case!", now))
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(nurse.post(path, movement("out-to-court", "ZZZ", now)).send().status())
                .isEqualTo(403);
        Parameters badTime = movement("out-to-court", "LEI", now);
        badTime.getParameter().removeIf(p -> p.getName().equals("occurred"));
        badTime.addParameter("occurred", "yesterday");
        assertThat(nurse.post(path, badTime).send().status()).isEqualTo(400);
        Parameters badNhs = reception(uniquePrisonNumber(), "Hale", "LEI", "received-new", now);
        badNhs.addParameter("nhs-number", "1234567890");
        assertThat(nurse.post("/$receive", badNhs).send().status()).isEqualTo(400);
        assertThat(nurse.post("/$receive", movement("out-to-court", "LEI", now))
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(custodyEncounters(nurse, patient, "court")).isEmpty();
    }
}

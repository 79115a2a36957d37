package org.throughcare.custody.movement;

import ca.uhn.fhir.context.FhirContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.throughcare.custody.PatientLeft;
import org.throughcare.custody.PatientReceived;
import org.throughcare.record.RecordSearch;
import org.throughcare.record.RecordService;
import org.throughcare.record.SearchRequest;
import org.throughcare.shared.CustodyStay;

/**
 * Makes the record's custody resources for a patient match their episodes: writes what is new or
 * different, marks what no longer stands entered-in-error (never deletes), and announces stays that
 * began or ended. Runs inside the movement's transaction.
 */
@Component
public class EpisodeProjection {

    private final RecordService record;
    private final RecordSearch search;
    private final FhirContext fhirContext;
    private final ApplicationEventPublisher events;

    EpisodeProjection(
            RecordService record, RecordSearch search, FhirContext fhirContext, ApplicationEventPublisher events) {
        this.record = record;
        this.search = search;
        this.fhirContext = fhirContext;
        this.events = events;
    }

    public void project(List<Episode> episodes, EpisodeResources.Targets to) {
        Map<String, Resource> existing = existing(to.patientId());
        PartIds ids = new PartIds(existing, episodes);
        List<Resource> desired = new ArrayList<>();
        List<Object> announcements = new ArrayList<>();
        for (Episode episode : episodes) {
            String episodeId = ids.episode(episode);
            desired.add(EpisodeResources.episode(episodeId, episode, to));
            for (Episode.Stay stay : episode.stays()) {
                String stayId = ids.stay(
                        stay,
                        EpisodeResources.organization(to, stay.establishment()).getReference());
                desired.add(EpisodeResources.stay(stayId, stay, episodeId, to));
                stay.absences()
                        .forEach(absence -> desired.add(
                                EpisodeResources.absence(ids.absence(absence), absence, stayId, episodeId, stay, to)));
                announce(stay, stayId, existing.get("Encounter/" + stayId), to, announcements);
            }
        }
        desired.forEach(resource -> writeIfChanged(resource, existing.remove(key(resource))));
        existing.values().forEach(this::withdraw);
        // Announced once written, so work recorded against a stay finds it.
        announcements.forEach(events::publishEvent);
    }

    private static void announce(
            Episode.Stay stay,
            String stayId,
            Resource before,
            EpisodeResources.Targets to,
            List<Object> announcements) {
        boolean wasOpen = before == null || !((Encounter) before).getPeriod().hasEnd();
        if (stay.open() && (before == null || !wasOpen)) {
            // New, or open again (a late or corrected movement undid its end): its work is due. A
            // stay already over when we first hear of it is history: it brings no work.
            announcements.add(
                    new PatientReceived(to.patientId(), stay.establishment(), stayId, stay.admittedBy(), stay.start()));
        }
        if (!stay.open() && wasOpen) {
            announcements.add(new PatientLeft(to.patientId(), stay.establishment(), stayId, stay.leftBy(), stay.end()));
        }
    }

    private void writeIfChanged(Resource desired, Resource before) {
        if (before == null || !content(before).equals(content(desired))) {
            record.update(desired, desired.getIdElement().getIdPart(), null);
        }
    }

    /** A part that no longer stands (a correction made it another part) is marked, never deleted. */
    private void withdraw(Resource resource) {
        if (resource instanceof EpisodeOfCare episode
                && episode.getStatus() != EpisodeOfCare.EpisodeOfCareStatus.ENTEREDINERROR) {
            episode.setStatus(EpisodeOfCare.EpisodeOfCareStatus.ENTEREDINERROR);
            record.update(episode, episode.getIdElement().getIdPart(), null);
        } else if (resource instanceof Encounter encounter
                && encounter.getStatus() != Encounter.EncounterStatus.ENTEREDINERROR) {
            encounter.setStatus(Encounter.EncounterStatus.ENTEREDINERROR);
            record.update(encounter, encounter.getIdElement().getIdPart(), null);
        }
    }

    private Map<String, Resource> existing(String patientId) {
        Map<String, Resource> found = new LinkedHashMap<>();
        search.find(EpisodeOfCare.class, query("patient", patientId, "identifier", EpisodeResources.MOVEMENT_ID))
                .forEach(episode -> found.put(key(episode), episode));
        search.find(Encounter.class, query("subject", patientId, "class", CustodyStay.CLASS_SYSTEM))
                .forEach(encounter -> found.put(key(encounter), encounter));
        return found;
    }

    /**
     * The patient's resources of one coding or identifier system, chosen in the database: a patient
     * with years of history has thousands of other encounters, which must neither cost time here
     * nor push custody parts past the page.
     */
    private static List<SearchRequest.Parameter> query(
            String patientParameter, String patientId, String systemParameter, String system) {
        return List.of(
                new SearchRequest.Parameter(patientParameter, "Patient/" + patientId),
                new SearchRequest.Parameter(systemParameter, system + "|"),
                new SearchRequest.Parameter("_count", "1000"));
    }

    private String content(Resource resource) {
        Resource copy = resource.copy();
        copy.setMeta(null);
        return fhirContext.newJsonParser().encodeResourceToString(copy);
    }

    private static String key(Resource resource) {
        return resource.fhirType() + "/" + resource.getIdElement().getIdPart();
    }
}

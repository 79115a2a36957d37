package org.throughcare.custody.movement;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Resource;
import org.throughcare.shared.CustodyStay;

/**
 * The resource id of each part. A part keeps the id it was first written with when a correction
 * gives it another key (a late reception before an inferred one; a late transfer out), so that
 * screens, tasks and notes recorded against it still point at it: a new part takes over an existing
 * resource of its kind that overlaps it in time and is not claimed by its own key.
 */
final class PartIds {

    private final Map<String, Resource> existing;
    private final Set<String> claimed = new HashSet<>();

    /** Existing resources whose own part still stands are claimed by it before anything else. */
    PartIds(Map<String, Resource> existing, List<Episode> episodes) {
        this.existing = existing;
        for (Episode episode : episodes) {
            reserve("EpisodeOfCare/custody-" + episode.key());
            for (Episode.Stay stay : episode.stays()) {
                reserve("Encounter/stay-" + stay.key());
                stay.absences().forEach(absence -> reserve("Encounter/absence-" + absence.key()));
            }
        }
    }

    private void reserve(String key) {
        if (existing.containsKey(key)) {
            claimed.add(key);
        }
    }

    String episode(Episode episode) {
        return claim("EpisodeOfCare", "custody-" + episode.key(), episode.start(), episode.end(), r -> true);
    }

    String stay(Episode.Stay stay, String organization) {
        return claim(
                "Encounter",
                "stay-" + stay.key(),
                stay.start(),
                stay.end(),
                r -> CustodyStay.STAY.equals(((Encounter) r).getClass_().getCode())
                        && organization.equals(
                                ((Encounter) r).getServiceProvider().getReference()));
    }

    String absence(Episode.Absence absence) {
        String code = EpisodeResources.absenceClass(absence.kind());
        return claim(
                "Encounter",
                "absence-" + absence.key(),
                absence.start(),
                absence.end(),
                r -> code.equals(((Encounter) r).getClass_().getCode()));
    }

    private String claim(String type, String ownId, Instant start, Instant end, Predicate<Resource> sameKind) {
        if (existing.containsKey(type + "/" + ownId)) {
            return ownId;
        }
        for (Map.Entry<String, Resource> candidate : existing.entrySet()) {
            Resource resource = candidate.getValue();
            if (candidate.getKey().startsWith(type + "/")
                    && !claimed.contains(candidate.getKey())
                    && !withdrawn(resource)
                    && sameKind.test(resource)
                    && overlaps(period(resource), start, end)) {
                claimed.add(candidate.getKey());
                return resource.getIdElement().getIdPart();
            }
        }
        return ownId;
    }

    private static boolean withdrawn(Resource resource) {
        return resource instanceof EpisodeOfCare episode
                ? episode.getStatus() == EpisodeOfCare.EpisodeOfCareStatus.ENTEREDINERROR
                : ((Encounter) resource).getStatus() == Encounter.EncounterStatus.ENTEREDINERROR;
    }

    private static Period period(Resource resource) {
        return resource instanceof EpisodeOfCare episode ? episode.getPeriod() : ((Encounter) resource).getPeriod();
    }

    private static boolean overlaps(Period period, Instant start, Instant end) {
        Instant otherStart = period.getStart().toInstant();
        Instant otherEnd = period.hasEnd() ? period.getEnd().toInstant() : Instant.MAX;
        Instant thisEnd = end == null ? Instant.MAX : end;
        return otherStart.isBefore(thisEnd) && start.isBefore(otherEnd);
    }
}

package org.throughcare.custody.movement;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.throughcare.custody.Coded;
import org.throughcare.custody.MovementKind;
import org.throughcare.shared.CustodyStay;

/**
 * Custody episodes as FHIR (ADR 0055): the episode an EpisodeOfCare managed by the establishment
 * the patient is in (or last was); each stay an Encounter of class {@code custody-stay} whose
 * service provider is the establishment, admitted and discharged by the movements that began and
 * ended it; each absence an Encounter of class court, hospital or temporary release, part of its
 * stay. Ids are the kind and the key of the movement that began each part.
 */
public final class EpisodeResources {

    /** Identifies each part by the movement that began it. */
    public static final String MOVEMENT_ID = "https://fhir.throughcare.org/Id/custody-movement";

    public static final String EPISODE_TYPE = "https://fhir.throughcare.org/CodeSystem/custody-episode-type";

    private EpisodeResources() {}

    /** Where the parts' resources point: the patient, and each establishment's Organization and Location id. */
    public interface Targets {
        String patientId();

        String establishmentId(org.throughcare.shared.EstablishmentCode code);
    }

    static EpisodeOfCare episode(String id, Episode episode, Targets to) {
        EpisodeOfCare resource = new EpisodeOfCare();
        resource.setId(id);
        resource.addIdentifier().setSystem(MOVEMENT_ID).setValue(episode.key());
        resource.setStatus(
                episode.open() ? EpisodeOfCare.EpisodeOfCareStatus.ACTIVE : EpisodeOfCare.EpisodeOfCareStatus.FINISHED);
        resource.addType(new CodeableConcept(new Coding(EPISODE_TYPE, "custody", "Custody episode")));
        resource.setPatient(new Reference("Patient/" + to.patientId()));
        if (!episode.stays().isEmpty()) {
            resource.setManagingOrganization(organization(to, episode.lastStay().establishment()));
        }
        resource.setPeriod(period(episode.start(), episode.end()));
        return resource;
    }

    static Encounter stay(String id, Episode.Stay stay, String episodeId, Targets to) {
        Encounter encounter = encounter(id, stay.key(), stay.start(), stay.end(), CustodyStay.STAY, "Stay", to);
        encounter.addEpisodeOfCare(new Reference("EpisodeOfCare/" + episodeId));
        encounter.setServiceProvider(organization(to, stay.establishment()));
        encounter
                .addLocation()
                .setLocation(new Reference("Location/" + to.establishmentId(stay.establishment())))
                .setStatus(
                        stay.open()
                                ? Encounter.EncounterLocationStatus.ACTIVE
                                : Encounter.EncounterLocationStatus.COMPLETED)
                .setPeriod(period(stay.start(), stay.end()));
        encounter.getHospitalization().setAdmitSource(concept(stay.admittedBy()));
        if (stay.leftBy() != null) {
            encounter.getHospitalization().setDischargeDisposition(concept(stay.leftBy()));
        }
        return encounter;
    }

    static Encounter absence(
            String id, Episode.Absence absence, String stayId, String episodeId, Episode.Stay stay, Targets to) {
        Encounter encounter = encounter(
                id,
                absence.key(),
                absence.start(),
                absence.end(),
                absenceClass(absence.kind()),
                absence.kind().display(),
                to);
        encounter.addType(concept(absence.kind()));
        encounter.addEpisodeOfCare(new Reference("EpisodeOfCare/" + episodeId));
        encounter.setPartOf(new Reference("Encounter/" + stayId));
        encounter.setServiceProvider(organization(to, stay.establishment()));
        if (absence.destination() != null) {
            encounter.addLocation().setLocation(new Reference().setDisplay(absence.destination()));
        }
        if (absence.returnedBy() != null) {
            encounter.getHospitalization().setDischargeDisposition(concept(absence.returnedBy()));
        }
        return encounter;
    }

    private static Encounter encounter(
            String id, String key, Instant start, Instant end, String classCode, String classDisplay, Targets to) {
        Encounter encounter = new Encounter();
        encounter.setId(id);
        encounter.addIdentifier().setSystem(MOVEMENT_ID).setValue(key);
        encounter.setStatus(end == null ? Encounter.EncounterStatus.INPROGRESS : Encounter.EncounterStatus.FINISHED);
        encounter.setClass_(new Coding(CustodyStay.CLASS_SYSTEM, classCode, classDisplay));
        encounter.setSubject(new Reference("Patient/" + to.patientId()));
        encounter.setPeriod(period(start, end));
        return encounter;
    }

    /** The class code of an absence of this kind. */
    public static String absenceClass(MovementKind kind) {
        return switch (kind) {
            case OUT_TO_COURT -> "court";
            case OUT_TO_HOSPITAL -> "hospital";
            default -> "temporary-release";
        };
    }

    static Reference organization(Targets to, org.throughcare.shared.EstablishmentCode code) {
        return new Reference("Organization/" + to.establishmentId(code));
    }

    static CodeableConcept concept(Coded value) {
        return new CodeableConcept(new Coding(value.system(), value.code(), value.display()));
    }

    static Period period(Instant start, Instant end) {
        Period period = new Period().setStartElement(dateTime(start));
        if (end != null) {
            period.setEndElement(dateTime(end));
        }
        return period;
    }

    private static DateTimeType dateTime(Instant instant) {
        return new DateTimeType(Date.from(instant), TemporalPrecisionEnum.MILLI, TimeZone.getTimeZone("UTC"));
    }
}

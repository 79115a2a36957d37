package org.throughcare.patient;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.throughcare.patient.identity.CandidateSearch;
import org.throughcare.patient.identity.PatientResources;
import org.throughcare.patient.matching.MatchScoring;
import org.throughcare.record.RecordSearch;
import org.throughcare.record.RecordService;
import org.throughcare.record.SearchRequest;
import org.throughcare.shared.NhsNumber;
import org.throughcare.shared.PrisonNumber;

/**
 * Finding the record of a person received into custody (ADR 0052): exact NHS number, then prison
 * number, then Home Office reference; a record found by one identifier whose other identifiers
 * disagree is not taken. Otherwise a new record is made and every record scoring at or above the
 * review threshold on name, date of birth and sex is put to review. Never a silent merge, never a
 * silent new record.
 *
 * <p>Runs as the caller, and must see the whole national record to match: callers run it as an
 * internal job once they have decided the caller may receive patients (custody's movements).
 */
@Service
public class PatientIdentity {

    private final RecordService record;
    private final RecordSearch search;
    private final CandidateSearch candidates;
    private final IdentityReviews reviews;
    private final JdbcClient jdbc;

    PatientIdentity(
            RecordService record,
            RecordSearch search,
            CandidateSearch candidates,
            IdentityReviews reviews,
            JdbcClient jdbc) {
        this.record = record;
        this.search = search;
        this.candidates = candidates;
        this.reviews = reviews;
        this.jdbc = jdbc;
    }

    /**
     * Gives the record a prison number the prison service uses for the person (a waiting event
     * linked to them, prison numbers merged by the prison service). Runs as the caller.
     */
    public void addPrisonNumber(String patientId, PrisonNumber number) {
        Patient patient = record.read(Patient.class, patientId);
        patient.addIdentifier().setSystem(PrisonNumber.SYSTEM).setValue(number.value());
        record.update(patient, patientId, Integer.valueOf(patient.getMeta().getVersionId()));
    }

    /** The current record with this identifier, following merges to the record kept. */
    public Optional<String> findByIdentifier(String system, String value) {
        List<Patient> found = search.find(
                Patient.class,
                List.of(
                        new SearchRequest.Parameter("identifier", system + "|" + value),
                        new SearchRequest.Parameter("_count", "10")));
        return found.stream()
                .sorted(Comparator.comparing((Patient p) -> p.hasActive() && !p.getActive()))
                .findFirst()
                .map(this::successor);
    }

    /** Records that may be this person, best first, at or above the review threshold. */
    public List<MatchCandidate> candidates(Demographics person) {
        return candidates.candidates(person).stream()
                .map(patient -> MatchScoring.score(
                        patient.getIdElement().getIdPart(), person, PatientResources.demographics(patient)))
                .filter(candidate -> candidate.score() >= MatchScoring.REVIEW_THRESHOLD)
                .sorted(Comparator.comparingDouble(MatchCandidate::score).reversed())
                .toList();
    }

    /**
     * The record of the person received: found by an identifier (and given any identifiers it
     * lacked), or new, managed by the establishment, with possible duplicates queued for review.
     * Call inside a transaction: two receptions of one new person at once make one record.
     */
    public Identification identify(Demographics person, String managingOrganizationId) {
        lock(person);
        for (Identification.Basis basis : List.of(
                Identification.Basis.NHS_NUMBER,
                Identification.Basis.PRISON_NUMBER,
                Identification.Basis.HOME_OFFICE_REFERENCE)) {
            Optional<Identification> found = byIdentifier(person, basis, managingOrganizationId);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return newRecord(person, managingOrganizationId, null);
    }

    private Optional<Identification> byIdentifier(
            Demographics person, Identification.Basis basis, String managingOrganizationId) {
        String[] identifier = Identifiers.of(person, basis);
        if (identifier == null) {
            return Optional.empty();
        }
        Optional<String> found = findByIdentifier(identifier[0], identifier[1]);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Patient patient = record.read(Patient.class, found.get());
        Optional<String> recordedNhs = PatientResources.identifier(patient, NhsNumber.SYSTEM);
        if (person.nhsNumber() != null
                && recordedNhs.isPresent()
                && !recordedNhs.get().equals(person.nhsNumber().value())) {
            // The identifiers disagree: not the same record without a person deciding.
            return Optional.of(newRecord(person, managingOrganizationId, found.get()));
        }
        if (PatientResources.addIdentifiers(patient, person)) {
            record.update(
                    patient, found.get(), Integer.valueOf(patient.getMeta().getVersionId()));
        }
        return Optional.of(new Identification(found.get(), basis, List.of()));
    }

    private Identification newRecord(Demographics person, String managingOrganizationId, String disagreeing) {
        String id = record.create(PatientResources.patient(person, managingOrganizationId), null)
                .resource()
                .id();
        if (disagreeing != null) {
            reviews.raise(id, disagreeing, null, List.of("identifiers: one agrees, the NHS numbers differ"));
        }
        List<MatchCandidate> possible = candidates(person).stream()
                .filter(candidate -> !candidate.patientId().equals(id))
                .toList();
        possible.forEach(candidate -> reviews.raise(id, candidate.patientId(), candidate.score(), candidate.reasons()));
        return new Identification(id, Identification.Basis.NEW_RECORD, possible);
    }

    private String successor(Patient patient) {
        Patient current = patient;
        for (int hop = 0; hop < 5; hop++) {
            Optional<String> next = current.getLink().stream()
                    .filter(link -> link.getType() == Patient.LinkType.REPLACEDBY)
                    .map(link -> link.getOther().getReferenceElement().getIdPart())
                    .findFirst();
            if (next.isEmpty()) {
                break;
            }
            current = record.read(Patient.class, next.get());
        }
        return current.getIdElement().getIdPart();
    }

    private void lock(Demographics person) {
        String key = person.nhsNumber() != null
                ? person.nhsNumber().value()
                : person.prisonNumber() != null
                        ? person.prisonNumber().value()
                        : person.family().toLowerCase();
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param("patient-identify:" + key)
                .query(Object.class)
                .single();
    }

    /** The identifier of each basis, as {system, value}, or null when the person has none. */
    private static final class Identifiers {
        static String[] of(Demographics person, Identification.Basis basis) {
            return switch (basis) {
                case NHS_NUMBER ->
                    person.nhsNumber() == null
                            ? null
                            : new String[] {NhsNumber.SYSTEM, person.nhsNumber().value()};
                case PRISON_NUMBER ->
                    person.prisonNumber() == null
                            ? null
                            : new String[] {
                                PrisonNumber.SYSTEM, person.prisonNumber().value()
                            };
                case HOME_OFFICE_REFERENCE ->
                    person.homeOfficeReference() == null
                            ? null
                            : new String[] {
                                HomeOfficeReference.SYSTEM,
                                person.homeOfficeReference().value()
                            };
                case NEW_RECORD -> null;
            };
        }
    }
}

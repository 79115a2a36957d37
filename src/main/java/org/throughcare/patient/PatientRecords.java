package org.throughcare.patient;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Service;
import org.throughcare.patient.view.Allergies;
import org.throughcare.patient.view.ClinicalItems;
import org.throughcare.patient.view.ClinicalText;
import org.throughcare.patient.view.Identities;
import org.throughcare.patient.view.VitalSigns;
import org.throughcare.security.BreakGlass;

/**
 * A patient's banner and record summary, read through the record as the caller: what the caller's
 * relationships and role allow, audited like every read. Items withheld by confidentiality labels
 * are counted, never shown.
 */
@Service
public class PatientRecords {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
    private static final DateTimeFormatter UNTIL =
            DateTimeFormatter.ofPattern("HH:mm 'on' dd-MMM-yyyy", java.util.Locale.ENGLISH);

    private final RecordReading reading;
    private final BreakGlass breakGlass;
    private final Clock clock;

    PatientRecords(RecordReading reading, BreakGlass breakGlass, Clock clock) {
        this.reading = reading;
        this.breakGlass = breakGlass;
        this.clock = clock;
    }

    /** The banner; refuses with {@link PatientNotAvailableException} outside what the caller may see. */
    public PatientBanner banner(String patientId) {
        return bannerOf(patientId, core(patientId));
    }

    /** The summary of the record, with its banner. */
    public RecordSummary summary(String patientId) {
        RecordReading.Results core = core(patientId);
        String patient = "Patient/" + patientId;
        List<Flag> flags =
                core.included(Flag.class).stream().filter(this::active).toList();
        return new RecordSummary(
                bannerOf(patientId, core),
                section(flags, f -> true, ClinicalItems::alert, false),
                section(core.included(AllergyIntolerance.class), Allergies::current, Allergies::item, false),
                problems(reading.search("Condition", List.of(pair("patient", patient), pair("_count", "200")))),
                section(
                        reading.search(
                                "MedicationRequest",
                                List.of(pair("patient", patient), pair("status", "active"), pair("_count", "200"))),
                        MedicationRequest.class,
                        ClinicalItems::medication),
                section(
                        reading.search(
                                "Encounter",
                                List.of(pair("patient", patient), pair("_sort", "-date"), pair("_count", "5"))),
                        Encounter.class,
                        ClinicalItems::encounter),
                section(
                        reading.search(
                                "Observation",
                                List.of(
                                        pair("patient", patient),
                                        pair("category", "vital-signs"),
                                        pair("_sort", "-date"),
                                        pair("_count", "20"))),
                        Observation.class,
                        VitalSigns::item));
    }

    /** The Patient, their establishment, allergies and alerts, in one audited search. */
    private RecordReading.Results core(String patientId) {
        if (patientId == null || !ID.matcher(patientId).matches()) {
            throw new PatientNotAvailableException();
        }
        RecordReading.Results results = reading.search(
                "Patient",
                List.of(
                        pair("_id", patientId),
                        pair("_include", "Patient:organization"),
                        pair("_revinclude", "AllergyIntolerance:patient"),
                        pair("_revinclude", "Flag:patient")));
        if (results.matches(Patient.class).isEmpty()) {
            throw new PatientNotAvailableException();
        }
        return results;
    }

    private PatientBanner bannerOf(String patientId, RecordReading.Results core) {
        Map<String, String> names = core.included(Organization.class).stream()
                .filter(Organization::hasName)
                .collect(Collectors.toMap(o -> "Organization/" + o.getIdPart(), Organization::getName, (a, b) -> a));
        PatientHeadline identity = Identities.of(core.matches(Patient.class).getFirst(), names, today());
        List<AllergyIntolerance> allergies = visible(core.included(AllergyIntolerance.class)).stream()
                .filter(Allergies::current)
                .toList();
        int withheldAllergies = withheld(core.included(AllergyIntolerance.class));
        List<Flag> flags = core.included(Flag.class);
        return new PatientBanner(
                identity,
                Allergies.status(allergies, withheldAllergies),
                Allergies.names(allergies),
                visible(flags).stream()
                        .filter(this::active)
                        .map(f -> ClinicalItems.alert(f).text())
                        .toList(),
                withheldAllergies,
                withheld(flags),
                breakGlass
                        .activeGrant(patientId)
                        .map(grant -> UNTIL.format(grant.expiresAt().atZone(ClinicalText.LONDON)))
                        .orElse(null));
    }

    private RecordSummary.Section<RecordSummary.Problem> problems(RecordReading.Results results) {
        List<RecordSummary.Problem> problems = visible(results.matches(Condition.class)).stream()
                .filter(ClinicalItems::problemRecorded)
                .map(ClinicalItems::problem)
                .sorted(Comparator.comparing((RecordSummary.Problem p) -> !p.active()))
                .toList();
        return new RecordSummary.Section<>(problems, withheld(results.matches(Condition.class)), results.more());
    }

    private static <R extends Resource, T> RecordSummary.Section<T> section(
            RecordReading.Results results, Class<R> type, Function<R, T> item) {
        return section(results.matches(type), r -> true, item, results.more());
    }

    private static <R extends Resource, T> RecordSummary.Section<T> section(
            List<R> resources, Predicate<R> shown, Function<R, T> item, boolean more) {
        List<T> items = visible(resources).stream().filter(shown).map(item).toList();
        return new RecordSummary.Section<>(items, withheld(resources), more);
    }

    private boolean active(Flag flag) {
        boolean ended = flag.getPeriod().hasEnd()
                && flag.getPeriod().getEnd().toInstant().isBefore(clock.instant());
        return ClinicalText.withheld(flag) || (flag.getStatus() == Flag.FlagStatus.ACTIVE && !ended);
    }

    private static <R extends Resource> List<R> visible(List<R> resources) {
        return resources.stream().filter(r -> !ClinicalText.withheld(r)).toList();
    }

    private static int withheld(List<? extends Resource> resources) {
        return (int) resources.stream().filter(ClinicalText::withheld).count();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClinicalText.LONDON));
    }

    private static String[] pair(String name, String value) {
        return new String[] {name, value};
    }
}

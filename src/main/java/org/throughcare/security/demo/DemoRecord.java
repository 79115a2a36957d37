package org.throughcare.security.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.throughcare.shared.NhsNumber;
import org.throughcare.shared.PrisonNumber;

/**
 * One demo patient and their record as a FHIR transaction: created whole or not at all. Codes are
 * SNOMED CT (allergies, problems) and LOINC (vital signs); medicines are named as dm+d names them.
 */
final class DemoRecord {

    static final String SNOMED = "http://snomed.info/sct";
    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";

    private final Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    private final String patientUrl = "urn:uuid:" + UUID.randomUUID();
    private final Instant now;
    final String nhsNumber;

    DemoRecord(
            Instant now, String nhsNumber, String prisonNumber, String family, String given, String born, String at) {
        this.now = now;
        this.nhsNumber = nhsNumber;
        Patient patient = new Patient();
        patient.addIdentifier().setSystem(NhsNumber.SYSTEM).setValue(nhsNumber);
        patient.addIdentifier().setSystem(PrisonNumber.SYSTEM).setValue(prisonNumber);
        patient.addName()
                .setUse(HumanName.NameUse.OFFICIAL)
                .setFamily(family)
                .addGiven(given)
                .addPrefix("Mr");
        patient.setGender(Enumerations.AdministrativeGender.MALE);
        patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType(born));
        patient.setManagingOrganization(new Reference("Organization/" + at));
        add(patient, patientUrl);
    }

    Bundle bundle() {
        return bundle;
    }

    DemoRecord allergy(
            String code, String substance, String reaction, AllergyIntolerance.AllergyIntoleranceSeverity severity) {
        AllergyIntolerance allergy = new AllergyIntolerance().setPatient(patient());
        allergy.setClinicalStatus(
                concept("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active"));
        allergy.setVerificationStatus(
                concept("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed"));
        allergy.setCode(snomed(code, substance));
        allergy.setRecordedDateElement(daysAgo(40));
        if (reaction != null) {
            allergy.addReaction()
                    .addManifestation(new CodeableConcept().setText(reaction))
                    .setSeverity(severity);
            allergy.setCriticality(
                    severity == AllergyIntolerance.AllergyIntoleranceSeverity.SEVERE
                            ? AllergyIntolerance.AllergyIntoleranceCriticality.HIGH
                            : AllergyIntolerance.AllergyIntoleranceCriticality.LOW);
        }
        return add(allergy);
    }

    DemoRecord alert(String category, String text, int daysAgo) {
        Flag flag = new Flag().setStatus(Flag.FlagStatus.ACTIVE).setSubject(patient());
        flag.addCategory(concept("http://terminology.hl7.org/CodeSystem/flag-category", category));
        flag.setCode(new CodeableConcept().setText(text));
        flag.getPeriod().setStartElement(daysAgo(daysAgo));
        return add(flag);
    }

    DemoRecord problem(String code, String text, String status, String onset, Coding label) {
        Condition condition = new Condition().setSubject(patient());
        condition.setClinicalStatus(concept("http://terminology.hl7.org/CodeSystem/condition-clinical", status));
        condition.setVerificationStatus(
                concept("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed"));
        condition.setCode(code == null ? new CodeableConcept().setText(text) : snomed(code, text));
        condition.setOnset(new DateTimeType(onset));
        if (label != null) {
            condition.getMeta().addSecurity(label);
        }
        return add(condition);
    }

    DemoRecord medication(String medicine, String dosage, int daysAgo) {
        MedicationRequest request = new MedicationRequest()
                .setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE)
                .setIntent(MedicationRequest.MedicationRequestIntent.ORDER)
                .setSubject(patient())
                .setMedication(new CodeableConcept().setText(medicine));
        request.setAuthoredOnElement(daysAgo(daysAgo));
        request.addDosageInstruction().setText(dosage);
        return add(request);
    }

    DemoRecord encounter(String type, int daysAgo) {
        Encounter encounter = new Encounter()
                .setStatus(Encounter.EncounterStatus.FINISHED)
                .setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"))
                .setSubject(patient());
        encounter.addType().setText(type);
        encounter.getPeriod().setStartElement(daysAgo(daysAgo)).setEndElement(daysAgo(daysAgo));
        return add(encounter);
    }

    /** A video consultation booked with a remote hub clinician, which lets them see the record. */
    DemoRecord hubAppointment(String practitionerId, int daysAhead) {
        Appointment appointment = new Appointment().setStatus(Appointment.AppointmentStatus.BOOKED);
        appointment.setDescription("Remote GP consultation (video)");
        Instant start = now.truncatedTo(java.time.temporal.ChronoUnit.HOURS).plus(java.time.Duration.ofDays(daysAhead));
        appointment.setStart(Date.from(start)).setEnd(Date.from(start.plus(java.time.Duration.ofMinutes(20))));
        appointment.addParticipant().setActor(patient()).setStatus(Appointment.ParticipationStatus.ACCEPTED);
        appointment
                .addParticipant()
                .setActor(new Reference("Practitioner/" + practitionerId))
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        return add(appointment);
    }

    DemoRecord vital(String loinc, String name, double value, String ucum, String unit, int daysAgo) {
        Observation observation = vitalSign(loinc, name, daysAgo);
        observation.setValue(quantity(value, ucum).setUnit(unit));
        return add(observation);
    }

    DemoRecord bloodPressure(int systolic, int diastolic, int daysAgo) {
        Observation observation = vitalSign("85354-9", "Blood pressure", daysAgo);
        observation
                .addComponent()
                .setCode(loinc("8480-6", "Systolic blood pressure"))
                .setValue(quantity(systolic, "mm[Hg]"));
        observation
                .addComponent()
                .setCode(loinc("8462-4", "Diastolic blood pressure"))
                .setValue(quantity(diastolic, "mm[Hg]"));
        return add(observation);
    }

    private Observation vitalSign(String code, String name, int daysAgo) {
        Observation observation = new Observation().setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(concept("http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs"));
        observation.setCode(loinc(code, name)).setSubject(patient());
        observation.setEffective(daysAgo(daysAgo));
        return observation;
    }

    private DemoRecord add(Resource resource) {
        return add(resource, "urn:uuid:" + UUID.randomUUID());
    }

    private DemoRecord add(Resource resource, String fullUrl) {
        bundle.addEntry()
                .setFullUrl(fullUrl)
                .setResource(resource)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl(resource.fhirType());
        return this;
    }

    private Reference patient() {
        return new Reference(patientUrl);
    }

    /** A time of day in the past: 09:30 UTC that many days ago (demo data stays recent). */
    private DateTimeType daysAgo(int days) {
        LocalDate day = now.atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(days);
        return new DateTimeType(Date.from(day.atTime(9, 30).toInstant(java.time.ZoneOffset.UTC)));
    }

    private static CodeableConcept snomed(String code, String display) {
        return new CodeableConcept(new Coding(SNOMED, code, display)).setText(display);
    }

    private static CodeableConcept loinc(String code, String display) {
        return new CodeableConcept(new Coding(LOINC, code, display)).setText(display);
    }

    private static CodeableConcept concept(String system, String code) {
        return new CodeableConcept(new Coding(system, code, null));
    }

    private static Quantity quantity(double value, String unit) {
        return new Quantity()
                .setValue(BigDecimal.valueOf(value))
                .setSystem(UCUM)
                .setCode(unit)
                .setUnit(unit);
    }
}

package org.throughcare.patient.pds;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.throughcare.patient.Sex;
import org.throughcare.patient.identity.PatientResources;

/** A PDS Patient (UK Core) as a {@link org.throughcare.patient.TracedPerson}; mapping only. */
final class PdsPatients {

    static final String CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
    static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";

    private PdsPatients() {}

    static org.throughcare.patient.TracedPerson traced(Patient patient, Double score) {
        boolean restricted = patient.getMeta().getSecurity().stream()
                .anyMatch(label -> CONFIDENTIALITY.equals(label.getSystem())
                        && ("R".equals(label.getCode()) || "V".equals(label.getCode())));
        HumanName name = usualName(patient);
        return new org.throughcare.patient.TracedPerson(
                patient.getIdElement().getIdPart(),
                name.getFamily(),
                name.getGiven().stream().findFirst().map(StringType::getValue).orElse(null),
                PatientResources.birthDate(patient),
                patient.hasGender() ? Sex.ofCode(patient.getGender().toCode()) : Sex.UNKNOWN,
                restricted,
                patient.hasDeceased(),
                restricted ? null : homeAddress(patient),
                restricted ? null : gp(patient),
                score);
    }

    private static HumanName usualName(Patient patient) {
        return patient.getName().stream()
                .filter(name -> name.getUse() == HumanName.NameUse.USUAL)
                .findFirst()
                .orElse(patient.getNameFirstRep());
    }

    private static String homeAddress(Patient patient) {
        return patient.getAddress().stream()
                .filter(address -> address.getUse() == null || address.getUse() == Address.AddressUse.HOME)
                .findFirst()
                .map(address -> String.join(
                                ", ",
                                address.getLine().stream()
                                        .map(StringType::getValue)
                                        .toList())
                        + (address.hasPostalCode() ? ", " + address.getPostalCode() : ""))
                .orElse(null);
    }

    private static String gp(Patient patient) {
        return patient.getGeneralPractitioner().stream()
                .filter(reference -> reference.hasIdentifier()
                        && ODS.equals(reference.getIdentifier().getSystem()))
                .map(reference -> reference.getIdentifier().getValue())
                .findFirst()
                .orElse(null);
    }
}

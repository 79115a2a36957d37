package org.throughcare.security.policy;

import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * What a prison (non-health) officer may see, per the information-sharing rules in the brief:
 * who the patient is, appointment times (not what they are for), and non-clinical risk flags
 * (including fit-to-transfer). Nothing clinical; anything else is not shown at all.
 */
final class OfficerView {

    static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";
    /** Flag categories that carry no clinical detail: safety (risk to others) and admin (fit to transfer). */
    static final Set<String> SHARED_FLAG_CATEGORIES = Set.of("safety", "admin");

    private OfficerView() {}

    static Optional<Resource> of(Resource resource) {
        return switch (resource) {
            case Patient patient -> Optional.of(identity(patient));
            case Appointment appointment -> Optional.of(times(appointment));
            case Flag flag -> shared(flag) ? Optional.of(nonClinical(flag)) : Optional.empty();
            default ->
                ResourceGroup.of(resource.fhirType()) == ResourceGroup.DIRECTORY
                        ? Optional.of(resource)
                        : Optional.empty();
        };
    }

    private static Patient identity(Patient patient) {
        Patient view = new Patient();
        copyHeader(patient, view);
        view.setIdentifier(patient.getIdentifier());
        view.setName(patient.getName());
        view.setBirthDateElement(patient.getBirthDateElement());
        view.setGender(patient.getGender());
        view.setManagingOrganization(patient.getManagingOrganization());
        return view;
    }

    private static Appointment times(Appointment appointment) {
        Appointment view = new Appointment();
        copyHeader(appointment, view);
        view.setStatus(appointment.getStatus());
        view.setStartElement(appointment.getStartElement());
        view.setEndElement(appointment.getEndElement());
        view.setMinutesDurationElement(appointment.getMinutesDurationElement());
        appointment.getParticipant().forEach(participant -> view.addParticipant()
                .setActor(participant.getActor())
                .setStatus(participant.getStatus()));
        return view;
    }

    private static boolean shared(Flag flag) {
        return flag.getCategory().stream()
                .flatMap(category -> category.getCoding().stream())
                .anyMatch(coding ->
                        FLAG_CATEGORY.equals(coding.getSystem()) && SHARED_FLAG_CATEGORIES.contains(coding.getCode()));
    }

    private static Flag nonClinical(Flag flag) {
        Flag view = new Flag();
        copyHeader(flag, view);
        view.setStatus(flag.getStatus());
        view.setCategory(flag.getCategory());
        view.setCode(flag.getCode());
        view.setSubject(flag.getSubject());
        view.setPeriod(flag.getPeriod());
        return view;
    }

    private static void copyHeader(Resource from, Resource to) {
        to.setId(from.getIdElement().getIdPart());
        to.getMeta()
                .setVersionId(from.getMeta().getVersionId())
                .setLastUpdated(from.getMeta().getLastUpdated())
                .addSecurity(new Coding(ResourceViews.INTEGRITY, "SUBSETTED", "subsetted"));
    }
}

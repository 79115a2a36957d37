package org.throughcare.custody.establishment;

import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.throughcare.custody.Coded;
import org.throughcare.custody.Establishment;
import org.throughcare.custody.EstablishmentKind;
import org.throughcare.custody.NhsRegion;
import org.throughcare.custody.Population;
import org.throughcare.shared.EstablishmentCode;

/**
 * An establishment as FHIR resources and back: the Organization (kind, population and region as
 * its types, the healthcare provider as an extension), its site Location, and its prison GP
 * practice. Mapping only; nothing here reads or writes the record.
 */
public final class EstablishmentResources {

    /** The healthcare provider contracted for the establishment (a reference to its Organization). */
    public static final String PROVIDER_EXTENSION =
            "https://fhir.throughcare.org/StructureDefinition/healthcare-provider";

    static final String ORGANIZATION_TYPES = "http://terminology.hl7.org/CodeSystem/organization-type";
    private static final String PHYSICAL_TYPES = "http://terminology.hl7.org/CodeSystem/location-physical-type";

    private EstablishmentResources() {}

    /** The establishment's Organization, practice and Location, in the order they must be written. */
    public static List<Resource> resources(Establishment establishment) {
        return List.of(organization(establishment), practice(establishment), location(establishment));
    }

    static Organization organization(Establishment establishment) {
        Organization organization = new Organization();
        organization.setId(establishment.id());
        organization
                .addIdentifier()
                .setSystem(EstablishmentCode.SYSTEM)
                .setValue(establishment.code().value());
        organization.setActive(establishment.active());
        organization.addType(concept(establishment.kind()));
        organization.addType(concept(establishment.population()));
        organization.addType(concept(establishment.region()));
        organization.setName(establishment.name());
        if (establishment.town() != null) {
            organization.addAddress().setCity(establishment.town()).setCountry("GB");
        }
        if (establishment.providerCode() != null) {
            organization.addExtension(
                    PROVIDER_EXTENSION, new Reference("Organization/" + Providers.idOf(establishment.providerCode())));
        }
        return organization;
    }

    static Organization practice(Establishment establishment) {
        Organization practice = new Organization();
        practice.setId(establishment.practiceId());
        practice.setActive(establishment.active());
        practice.addType().addCoding(new Coding(ORGANIZATION_TYPES, "prov", "Healthcare Provider"));
        practice.setName(establishment.name() + " healthcare (prison GP practice)");
        if (establishment.providerCode() != null) {
            practice.setPartOf(new Reference("Organization/" + Providers.idOf(establishment.providerCode())));
        }
        return practice;
    }

    static Location location(Establishment establishment) {
        Location location = new Location();
        location.setId(establishment.id());
        location.addIdentifier()
                .setSystem(EstablishmentCode.SYSTEM)
                .setValue(establishment.code().value());
        location.setStatus(establishment.active() ? Location.LocationStatus.ACTIVE : Location.LocationStatus.INACTIVE);
        location.setName(establishment.name());
        location.setMode(Location.LocationMode.INSTANCE);
        location.addType(concept(establishment.kind()));
        location.getPhysicalType().addCoding(new Coding(PHYSICAL_TYPES, "si", "Site"));
        if (establishment.town() != null) {
            location.getAddress().setCity(establishment.town()).setCountry("GB");
        }
        location.setManagingOrganization(new Reference("Organization/" + establishment.id()));
        return location;
    }

    /** The establishment an Organization describes; refuses one that is not an establishment. */
    public static Establishment establishment(Organization organization) {
        String code = organization.getIdentifier().stream()
                .filter(identifier -> EstablishmentCode.SYSTEM.equals(identifier.getSystem()))
                .map(identifier -> identifier.getValue())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an establishment"));
        return new Establishment(
                organization.getIdElement().getIdPart(),
                new EstablishmentCode(code),
                organization.getName(),
                typed(organization, EstablishmentKind.class),
                typed(organization, Population.class),
                typed(organization, NhsRegion.class),
                organization.hasAddress() ? organization.getAddressFirstRep().getCity() : null,
                providerOf(organization),
                !organization.hasActive() || organization.getActive());
    }

    private static String providerOf(Organization organization) {
        var extension = organization.getExtensionByUrl(PROVIDER_EXTENSION);
        if (extension == null || !(extension.getValue() instanceof Reference reference)) {
            return null;
        }
        return Providers.codeOf(reference.getReferenceElement().getIdPart());
    }

    private static <E extends Enum<E> & Coded> E typed(Organization organization, Class<E> type) {
        String system = type.getEnumConstants()[0].system();
        return organization.getType().stream()
                .flatMap(concept -> concept.getCoding().stream())
                .filter(coding -> system.equals(coding.getSystem()))
                .map(coding -> Coded.require(type, coding.getCode(), system))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the establishment has no " + type.getSimpleName()));
    }

    static CodeableConcept concept(Coded value) {
        return new CodeableConcept(new Coding(value.system(), value.code(), value.display()));
    }
}

package org.throughcare.custody.establishment;

import java.util.Locale;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Organization;

/** Healthcare providers (providers.csv) as Organizations with the id {@code provider-<code>}. */
final class Providers {

    static final String CODE_SYSTEM = "https://fhir.throughcare.org/Id/healthcare-provider-code";
    static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";
    private static final String PREFIX = "provider-";

    /** One provider as the catalogue lists it. */
    record Provider(String code, String name, String ods) {}

    private Providers() {}

    static String idOf(String code) {
        return PREFIX + code.toLowerCase(Locale.ROOT);
    }

    static String codeOf(String id) {
        return id != null && id.startsWith(PREFIX)
                ? id.substring(PREFIX.length()).toUpperCase(Locale.ROOT)
                : null;
    }

    static Organization organization(Provider provider) {
        Organization organization = new Organization();
        organization.setId(idOf(provider.code()));
        organization.addIdentifier().setSystem(CODE_SYSTEM).setValue(provider.code());
        if (provider.ods() != null) {
            organization.addIdentifier().setSystem(ODS).setValue(provider.ods());
        }
        organization.setActive(true);
        organization
                .addType()
                .addCoding(new Coding(EstablishmentResources.ORGANIZATION_TYPES, "prov", "Healthcare Provider"));
        organization.setName(provider.name());
        return organization;
    }
}

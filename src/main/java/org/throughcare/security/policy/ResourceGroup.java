package org.throughcare.security.policy;

import java.util.Map;
import java.util.Set;

/**
 * The columns of the access matrix: resource types grouped by what they reveal. Any type not
 * named is CLINICAL, the most guarded group, so a new type is never more open than clinical data.
 */
enum ResourceGroup {
    DEMOGRAPHICS,
    CLINICAL,
    MEDICATION,
    SCHEDULING,
    RISK_FLAG,
    DIRECTORY;

    private static final Map<ResourceGroup, Set<String>> TYPES = Map.of(
            DEMOGRAPHICS, Set.of("Patient", "RelatedPerson", "Person"),
            MEDICATION,
                    Set.of(
                            "Medication",
                            "MedicationRequest",
                            "MedicationAdministration",
                            "MedicationDispense",
                            "MedicationStatement",
                            "MedicationKnowledge"),
            SCHEDULING, Set.of("Appointment", "AppointmentResponse", "Schedule", "Slot"),
            RISK_FLAG, Set.of("Flag"),
            DIRECTORY,
                    Set.of(
                            "Organization",
                            "OrganizationAffiliation",
                            "Location",
                            "Practitioner",
                            "PractitionerRole",
                            "HealthcareService",
                            "Endpoint",
                            "Questionnaire",
                            "ValueSet",
                            "CodeSystem",
                            "ConceptMap",
                            "NamingSystem",
                            "StructureDefinition",
                            "SearchParameter",
                            "OperationDefinition",
                            "CapabilityStatement",
                            "ActivityDefinition",
                            "PlanDefinition",
                            "Library"));

    static ResourceGroup of(String type) {
        for (Map.Entry<ResourceGroup, Set<String>> group : TYPES.entrySet()) {
            if (group.getValue().contains(type)) {
                return group.getKey();
            }
        }
        return CLINICAL;
    }
}

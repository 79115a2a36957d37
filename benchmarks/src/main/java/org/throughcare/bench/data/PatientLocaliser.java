package org.throughcare.bench.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Turns a Synthea (United States) Patient into one of an English prison: an NHS number and a prison
 * number in place of the US identifiers, an English home address and telephone number, and the
 * prison as managing organisation. Clinical content is left as Synthea made it.
 */
final class PatientLocaliser {

    static final String PRISON_NUMBER_SYSTEM = "https://fhir.throughcare.org/Id/prison-number";

    private static final Set<String> US_IDENTIFIER_TYPES = Set.of("SS", "DL", "PPN");
    private static final String BIRTH_PLACE = "http://hl7.org/fhir/StructureDefinition/patient-birthPlace";

    private PatientLocaliser() {}

    static void localise(
            ObjectNode patient, String nhsNumber, String prisonNumber, Establishment prison, RandomGenerator random) {
        ArrayNode identifiers = (ArrayNode) patient.withArray("identifier");
        removeUsIdentifiers(identifiers);
        identifiers.insertObject(0).put("system", NhsNumbers.SYSTEM).put("value", nhsNumber);
        identifiers.insertObject(1).put("system", PRISON_NUMBER_SYSTEM).put("value", prisonNumber);
        EnglishPeople.address(patient.putArray("address").addObject(), random);
        patient.putArray("telecom")
                .addObject()
                .put("system", "phone")
                .put("value", String.format("07700 900%03d", random.nextInt(1000))) // Ofcom's range for drama
                .put("use", "mobile");
        removeExtension(patient, BIRTH_PLACE);
        patient.putObject("managingOrganization")
                .put("reference", prison.reference())
                .put("display", prison.name());
        for (JsonNode communication : patient.path("communication")) {
            for (JsonNode coding : communication.path("language").path("coding")) {
                if ("en-US".equals(coding.path("code").asText())) {
                    ((ObjectNode) coding).put("code", "en-GB").put("display", "English (United Kingdom)");
                    ((ObjectNode) communication.path("language")).put("text", "English (United Kingdom)");
                }
            }
        }
    }

    private static void removeUsIdentifiers(ArrayNode identifiers) {
        Iterator<JsonNode> it = identifiers.elements();
        while (it.hasNext()) {
            JsonNode identifier = it.next();
            for (JsonNode coding : identifier.path("type").path("coding")) {
                if (US_IDENTIFIER_TYPES.contains(coding.path("code").asText())) {
                    it.remove();
                    break;
                }
            }
        }
    }

    private static void removeExtension(ObjectNode resource, String url) {
        JsonNode extensions = resource.path("extension");
        Iterator<JsonNode> it = extensions.elements();
        while (it.hasNext()) {
            if (url.equals(it.next().path("url").asText())) {
                it.remove();
            }
        }
    }
}

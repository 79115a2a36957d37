package org.throughcare.bench.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Small synthetic resources for the write benchmarks: a patient in an English prison with a valid
 * NHS number, encounters, and vital-sign observations coded with LOINC.
 */
public final class SyntheticRecords {

    /** Vital signs: LOINC code, display, UCUM unit, typical low and high value. */
    private static final List<Object[]> VITALS = List.of(
            new Object[] {"8867-4", "Heart rate", "/min", 50, 110},
            new Object[] {"9279-1", "Respiratory rate", "/min", 10, 24},
            new Object[] {"8310-5", "Body temperature", "Cel", 36, 39},
            new Object[] {"29463-7", "Body weight", "kg", 50, 120},
            new Object[] {"59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%", 90, 100});

    private final ObjectMapper json;
    private final NhsNumbers nhsNumbers;

    public SyntheticRecords(ObjectMapper json, NhsNumbers nhsNumbers) {
        this.json = json;
        this.nhsNumbers = nhsNumbers;
    }

    public ObjectNode patient(RandomGenerator random) {
        boolean male = random.nextInt(20) > 0; // about 1 in 20 people in prison in England is a woman
        ObjectNode patient = json.createObjectNode().put("resourceType", "Patient");
        ArrayNode identifiers = patient.putArray("identifier");
        identifiers.addObject().put("system", NhsNumbers.SYSTEM).put("value", nhsNumbers.next());
        ObjectNode name = patient.putArray("name").addObject().put("use", "official");
        name.put("family", EnglishPeople.family(random));
        name.putArray("given").add(EnglishPeople.given(random, male));
        patient.put("gender", male ? "male" : "female");
        patient.put(
                "birthDate",
                LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 55)).toString());
        EnglishPeople.address(patient.putArray("address").addObject(), random);
        Establishment establishment = EnglishPeople.pick(random, Establishment.ALL);
        patient.putObject("managingOrganization").put("display", establishment.name());
        return patient;
    }

    public ObjectNode encounter(String patientReference, OffsetDateTime start) {
        ObjectNode encounter = json.createObjectNode().put("resourceType", "Encounter");
        encounter.put("status", "finished");
        encounter
                .putObject("class")
                .put("system", "http://terminology.hl7.org/CodeSystem/v3-ActCode")
                .put("code", "AMB")
                .put("display", "ambulatory");
        encounter.putObject("subject").put("reference", patientReference);
        encounter
                .putObject("period")
                .put("start", start.toString())
                .put("end", start.plusMinutes(20).toString());
        return encounter;
    }

    public ObjectNode observation(
            String patientReference, String encounterReference, OffsetDateTime when, RandomGenerator random) {
        Object[] vital = VITALS.get(random.nextInt(VITALS.size()));
        ObjectNode observation = json.createObjectNode().put("resourceType", "Observation");
        observation.put("status", "final");
        observation
                .putArray("category")
                .addObject()
                .putArray("coding")
                .addObject()
                .put("system", "http://terminology.hl7.org/CodeSystem/observation-category")
                .put("code", "vital-signs");
        observation
                .putObject("code")
                .putArray("coding")
                .addObject()
                .put("system", "http://loinc.org")
                .put("code", (String) vital[0])
                .put("display", (String) vital[1]);
        observation.putObject("subject").put("reference", patientReference);
        if (encounterReference != null) {
            observation.putObject("encounter").put("reference", encounterReference);
        }
        observation.put("effectiveDateTime", when.toString());
        int low = (Integer) vital[3];
        int high = (Integer) vital[4];
        observation
                .putObject("valueQuantity")
                .put("value", low + random.nextInt(high - low + 1))
                .put("unit", (String) vital[2])
                .put("system", "http://unitsofmeasure.org")
                .put("code", (String) vital[2]);
        return observation;
    }

    /** A moment in the last five years, to the second, in UTC. */
    public static OffsetDateTime recent(RandomGenerator random) {
        return OffsetDateTime.now(ZoneOffset.UTC).withNano(0).minusSeconds(random.nextLong(5L * 365 * 24 * 3600));
    }
}

package org.throughcare.bench.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * An English prison that synthetic patients are placed in, by its NOMIS agency code. The names are
 * those of real establishments; the patients are not real.
 */
public record Establishment(String code, String name, String town) {

    /** The identifier system of establishment codes (as the project's establishment data uses). */
    public static final String SYSTEM = "https://fhir.throughcare.org/Id/establishment-code";

    public static final List<Establishment> ALL = List.of(
            new Establishment("LEI", "HMP Leeds", "Leeds"),
            new Establishment("MRI", "HMP Manchester", "Manchester"),
            new Establishment("PVI", "HMP Pentonville", "London"),
            new Establishment("BMI", "HMP Birmingham", "Birmingham"),
            new Establishment("BLI", "HMP Bristol", "Bristol"),
            new Establishment("LPI", "HMP Liverpool", "Liverpool"),
            new Establishment("DMI", "HMP Durham", "Durham"),
            new Establishment("WWI", "HMP Wandsworth", "London"),
            new Establishment("NMI", "HMP Nottingham", "Nottingham"),
            new Establishment("EXI", "HMP Exeter", "Exeter"));

    /** A conditional reference to this establishment's Organization, resolved by the server. */
    public String reference() {
        return "Organization?identifier=" + SYSTEM + "|" + code;
    }

    ObjectNode organization(ObjectMapper json) {
        ObjectNode org = json.createObjectNode().put("resourceType", "Organization");
        org.putArray("identifier").addObject().put("system", SYSTEM).put("value", code);
        org.put("active", true);
        org.putArray("type")
                .addObject()
                .putArray("coding")
                .addObject()
                .put("system", "http://terminology.hl7.org/CodeSystem/organization-type")
                .put("code", "govt")
                .put("display", "Government");
        org.put("name", name);
        org.putArray("address").addObject().put("city", town).put("country", "GB");
        return org;
    }
}

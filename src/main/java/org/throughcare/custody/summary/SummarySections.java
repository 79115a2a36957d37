package org.throughcare.custody.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;
import org.throughcare.record.RecordSearch;
import org.throughcare.record.SearchRequest;

/**
 * The clinical sections every summary carries, read as the caller: current medicines, allergies,
 * active problems, open alerts and booked appointments, each with a narrative a reader can trust
 * without opening the entries.
 */
@Component
public class SummarySections {

    static final String LOINC = "http://loinc.org";

    private final RecordSearch search;

    SummarySections(RecordSearch search) {
        this.search = search;
    }

    public List<Composition.SectionComponent> clinical(String patientId) {
        List<Composition.SectionComponent> sections = new ArrayList<>();
        sections.add(section(
                "10160-0",
                "Medicines",
                find(MedicationStatement.class, patientId, "status", "active"),
                m -> m.getMedicationCodeableConcept().getText()));
        sections.add(section(
                "48765-2", "Allergies", find(AllergyIntolerance.class, patientId, null, null), a -> text(a.getCode())));
        sections.add(section(
                "11450-4",
                "Problems",
                find(Condition.class, patientId, "clinical-status", "active"),
                c -> text(c.getCode())));
        sections.add(section(null, "Alerts", find(Flag.class, patientId, "status", "active"), f -> text(f.getCode())));
        sections.add(section(
                null,
                "Outstanding appointments",
                find(Appointment.class, patientId, "status", "booked"),
                a -> a.getStart() + " " + a.getDescription()));
        return sections;
    }

    /** A section of text only (a checklist, a plan). */
    public static Composition.SectionComponent text(String title, List<String> lines) {
        Composition.SectionComponent section = new Composition.SectionComponent().setTitle(title);
        section.setText(narrative(lines));
        return section;
    }

    private <T extends Resource> Composition.SectionComponent section(
            String loinc, String title, List<T> entries, Function<T, String> line) {
        Composition.SectionComponent section = new Composition.SectionComponent().setTitle(title);
        if (loinc != null) {
            section.setCode(new CodeableConcept(new Coding(LOINC, loinc, title)));
        }
        entries.forEach(entry -> section.addEntry(
                new Reference(entry.fhirType() + "/" + entry.getIdElement().getIdPart())));
        List<String> lines = entries.stream().map(line).map(String::valueOf).toList();
        section.setText(narrative(lines.isEmpty() ? List.of("None recorded") : lines));
        return section;
    }

    private <T extends Resource> List<T> find(Class<T> type, String patientId, String name, String value) {
        List<SearchRequest.Parameter> query = new ArrayList<>();
        query.add(new SearchRequest.Parameter("patient", "Patient/" + patientId));
        if (name != null) {
            query.add(new SearchRequest.Parameter(name, value));
        }
        query.add(new SearchRequest.Parameter("_count", "200"));
        return search.find(type, query);
    }

    private static String text(CodeableConcept concept) {
        return concept.hasText()
                ? concept.getText()
                : concept.getCodingFirstRep().getDisplay();
    }

    private static Narrative narrative(List<String> lines) {
        Narrative narrative = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
        StringBuilder div = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\"><ul>");
        lines.forEach(line -> div.append("<li>").append(escape(line)).append("</li>"));
        narrative.setDivAsString(div.append("</ul></div>").toString());
        return narrative;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}

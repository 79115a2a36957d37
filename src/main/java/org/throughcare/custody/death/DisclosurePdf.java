package org.throughcare.custody.death;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Resource;
import org.throughcare.custody.summary.SummaryRenderer;

/** The disclosure pack as a readable PDF: an index of every resource it holds, at its version. */
public final class DisclosurePdf {

    private DisclosurePdf() {}

    public static byte[] of(Bundle pack) {
        List<String> lines = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : pack.getEntry()) {
            Resource resource = entry.getResource();
            lines.add(resource.fhirType() + "/" + resource.getIdElement().getIdPart() + " version "
                    + resource.getMeta().getVersionId() + ", recorded "
                    + resource.getMeta().getLastUpdatedElement().asStringValue());
        }
        Composition index = new Composition();
        index.setTitle("Disclosure pack: death in custody (" + (pack.getEntry().size() - 1) + " resources)");
        Composition.SectionComponent section = index.addSection().setTitle("Contents");
        StringBuilder div = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\"><ul>");
        lines.forEach(line -> div.append("<li>")
                .append(line.replace("&", "&amp;").replace("<", "&lt;"))
                .append("</li>"));
        section.setText(new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED));
        section.getText().setDivAsString(div.append("</ul></div>").toString());
        return SummaryRenderer.pdf(index);
    }
}

package org.throughcare.custody.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.hl7.fhir.r4.model.Composition;

/** A summary as a page a person reads: HTML from its sections' narratives, or a PDF of the same text. */
public final class SummaryRenderer {

    private static final int LINES_PER_PAGE = 50;

    private SummaryRenderer() {}

    public static String html(Composition composition) {
        StringBuilder page = new StringBuilder(
                        "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>")
                .append(SummarySections.escape(composition.getTitle()))
                .append("</title></head><body><h1>")
                .append(SummarySections.escape(composition.getTitle()))
                .append("</h1>");
        for (Composition.SectionComponent section : composition.getSection()) {
            page.append("<h2>")
                    .append(SummarySections.escape(section.getTitle()))
                    .append("</h2>");
            page.append(section.getText().getDivAsString());
        }
        return page.append("</body></html>").toString();
    }

    public static byte[] pdf(Composition composition) {
        List<String> lines = new ArrayList<>();
        lines.add(composition.getTitle());
        for (Composition.SectionComponent section : composition.getSection()) {
            lines.add("");
            lines.add(section.getTitle().toUpperCase(java.util.Locale.UK));
            for (String item : section.getText().getDivAsString().split("<li>")) {
                String text = item.replaceAll("<[^>]+>", "")
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&quot;", "\"")
                        .replace("&amp;", "&")
                        .strip();
                if (!text.isEmpty()) {
                    lines.add("- " + text);
                }
            }
        }
        return write(lines);
    }

    private static byte[] write(List<String> lines) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int start = 0; start < lines.size(); start += LINES_PER_PAGE) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(14);
                    content.newLineAtOffset(50, 740);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + LINES_PER_PAGE))) {
                        content.showText(winAnsi(line));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The standard PDF font has no glyphs beyond Latin-1: anything else is shown as '?'. */
    private static String winAnsi(String line) {
        String clipped = line.length() > 110 ? line.substring(0, 107) + "..." : line;
        return clipped.replaceAll("[^\\x20-\\x7E\\xA0-\\xFF]", "?");
    }
}

package org.throughcare.custody.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.throughcare.custody.Summaries;
import org.throughcare.record.RecordException;

/** A patient's custody page, and the summaries written for them as HTML or PDF. */
@Controller
class CustodyController {

    private final CustodyPage page;
    private final CustodyPages pages;
    private final Summaries summaries;

    CustodyController(CustodyPage page, CustodyPages pages, Summaries summaries) {
        this.page = page;
        this.pages = pages;
        this.summaries = summaries;
    }

    @GetMapping("/patients/{id}/custody")
    String custody(@PathVariable String id, Model model) {
        pages.requireClinician();
        return page.render(model, id, Map.of(), Map.of());
    }

    @GetMapping("/patients/{id}/summaries/{summary}")
    ResponseEntity<String> html(@PathVariable String id, @PathVariable String summary) {
        require(id, summary);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(summaries.html(summary));
    }

    @GetMapping("/patients/{id}/summaries/{summary}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @PathVariable String summary) {
        require(id, summary);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline()
                                .filename("summary.pdf")
                                .build()
                                .toString())
                .body(summaries.pdf(summary));
    }

    /** The summary is one of this patient's, and the caller may read it (else not found, as for any record). */
    private void require(String patientId, String summaryId) {
        pages.requireClinician();
        pages.banner(patientId);
        if (!summaryId.matches("[A-Za-z0-9\\-.]{1,64}") || !summaries.isAbout(summaryId, patientId)) {
            throw RecordException.notFound("Composition");
        }
    }
}

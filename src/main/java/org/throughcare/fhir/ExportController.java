package org.throughcare.fhir;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.record.ExportRequest;
import org.throughcare.record.ExportStatus;
import org.throughcare.record.RecordExport;

/**
 * FHIR Bulk Data Access v2: kick-off at system, Patient and Group level; status polling; cancel;
 * NDJSON files. Only the client that started an export can see its status or files.
 */
@RestController
@RequestMapping("/fhir")
class ExportController {

    private final RecordExport exports;
    private final ExportKickOff kickOff;
    private final ExportManifest manifest;
    private final FhirResponder responder;

    ExportController(RecordExport exports, ExportKickOff kickOff, ExportManifest manifest, FhirResponder responder) {
        this.exports = exports;
        this.kickOff = kickOff;
        this.manifest = manifest;
        this.responder = responder;
    }

    @GetMapping("/$export")
    void system(FhirRequest request, HttpServletResponse response) {
        start(kickOff.read(request, ExportRequest.Level.SYSTEM, null), request, response);
    }

    @GetMapping("/Patient/$export")
    void patients(FhirRequest request, HttpServletResponse response) {
        start(kickOff.read(request, ExportRequest.Level.PATIENT, null), request, response);
    }

    @GetMapping("/Group/{id}/$export")
    void group(@PathVariable String id, FhirRequest request, HttpServletResponse response) {
        start(kickOff.read(request, ExportRequest.Level.GROUP, id), request, response);
    }

    @GetMapping("/$export-status/{id}")
    void status(@PathVariable String id, FhirRequest request, HttpServletResponse response) {
        ExportStatus status = exports.status(id, SearchController.requester(request.servletRequest()));
        switch (status.state()) {
            case RUNNING -> {
                response.setStatus(HttpStatus.ACCEPTED.value());
                response.setHeader("X-Progress", status.progress());
                response.setHeader("Retry-After", "1");
            }
            case COMPLETE -> manifest.write(request, response, status);
            case FAILED ->
                responder.outcome(
                        request,
                        response,
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        java.util.List.of(org.throughcare.record.Issue.error("exception", status.error())));
        }
    }

    @DeleteMapping("/$export-status/{id}")
    void cancel(@PathVariable String id, FhirRequest request, HttpServletResponse response) {
        exports.cancel(id, SearchController.requester(request.servletRequest()));
        response.setStatus(HttpStatus.ACCEPTED.value());
    }

    @GetMapping("/$export-file/{id}/{type}")
    void file(@PathVariable String id, @PathVariable String type, FhirRequest request, HttpServletResponse response) {
        HttpServletRequest http = request.servletRequest();
        exports.status(id, SearchController.requester(http));
        response.setStatus(HttpStatus.OK.value());
        response.setContentType("application/fhir+ndjson;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try (Writer out = response.getWriter()) {
            exports.write(id, type, SearchController.requester(http), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void start(ExportRequest export, FhirRequest request, HttpServletResponse response) {
        String id = exports.start(export);
        response.setStatus(HttpStatus.ACCEPTED.value());
        response.setHeader("Content-Location", request.baseUrl() + "/$export-status/" + id);
    }
}

package org.throughcare.fhir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import org.hl7.fhir.r4.model.InstantType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.throughcare.record.ExportStatus;

/** The completion manifest of a bulk export (Bulk Data v2): one NDJSON file per type. */
@Component
class ExportManifest {

    private static final JsonFactory JSON = new JsonFactory();

    void write(FhirRequest request, HttpServletResponse response, ExportStatus status) {
        response.setStatus(HttpStatus.OK.value());
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try (JsonGenerator json = JSON.createGenerator(response.getWriter())) {
            json.writeStartObject();
            json.writeStringField(
                    "transactionTime", new InstantType(Date.from(status.transactionTime())).getValueAsString());
            json.writeStringField("request", status.requestUrl());
            json.writeBooleanField("requiresAccessToken", true);
            json.writeArrayFieldStart("output");
            for (ExportStatus.File file : status.files()) {
                json.writeStartObject();
                json.writeStringField("type", file.type());
                json.writeStringField("url", request.baseUrl() + "/$export-file/" + status.id() + "/" + file.type());
                json.writeNumberField("count", file.count());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("error");
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

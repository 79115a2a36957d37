package org.throughcare.fhir;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.throughcare.record.StoredResource;

/**
 * Writes history and search Bundles. For plain JSON the envelope is streamed and each stored
 * resource is copied into it as is; otherwise a HAPI Bundle is built and encoded.
 */
@Component
class BundleResponder {

    private static final JsonFactory JSON = new JsonFactory();

    private final FhirContext fhirContext;
    private final FhirResponder responder;
    private final ResourceShaping shaping;
    private final Clock clock;

    BundleResponder(FhirContext fhirContext, FhirResponder responder, ResourceShaping shaping, Clock clock) {
        this.fhirContext = fhirContext;
        this.responder = responder;
        this.shaping = shaping;
        this.clock = clock;
    }

    void send(FhirRequest request, HttpServletResponse response, BundlePage page) {
        if (request.responseFormat() == FhirFormat.JSON && shaping.isAsStored(request)) {
            stream(response, page);
        } else {
            responder.resource(request, response, toBundle(page), HttpStatus.OK.value());
        }
    }

    private void stream(HttpServletResponse response, BundlePage page) {
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(FhirFormat.JSON.contentType());
        response.setHeader("Cache-Control", "no-store");
        try (JsonGenerator json = JSON.createGenerator(response.getWriter())) {
            json.writeStartObject();
            json.writeStringField("resourceType", "Bundle");
            json.writeStringField("id", UUID.randomUUID().toString());
            json.writeObjectFieldStart("meta");
            json.writeStringField("lastUpdated", new InstantType(Date.from(clock.instant())).getValueAsString());
            json.writeEndObject();
            json.writeStringField("type", page.type());
            if (page.total() != null) {
                json.writeNumberField("total", page.total());
            }
            writeLinks(json, page);
            writeEntries(json, page);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeLinks(JsonGenerator json, BundlePage page) throws IOException {
        json.writeArrayFieldStart("link");
        for (BundlePage.Link link : page.links()) {
            json.writeStartObject();
            json.writeStringField("relation", link.relation());
            json.writeStringField("url", link.url());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeEntries(JsonGenerator json, BundlePage page) throws IOException {
        if (page.entries().isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("entry");
        for (BundlePage.Entry entry : page.entries()) {
            json.writeStartObject();
            json.writeStringField("fullUrl", entry.fullUrl());
            if (entry.resource().json() != null) {
                json.writeFieldName("resource");
                json.writeRawValue(entry.resource().json());
            }
            if (entry.searchMode() != null) {
                json.writeObjectFieldStart("search");
                json.writeStringField("mode", entry.searchMode());
                json.writeEndObject();
            }
            if (entry.request() != null) {
                writeRequestAndResponse(json, entry);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeRequestAndResponse(JsonGenerator json, BundlePage.Entry entry) throws IOException {
        json.writeObjectFieldStart("request");
        json.writeStringField("method", entry.request().method());
        json.writeStringField("url", entry.request().url());
        json.writeEndObject();
        StoredResource stored = entry.resource();
        json.writeObjectFieldStart("response");
        json.writeStringField("status", HistoryEntries.status(stored));
        json.writeStringField("etag", "W/\"" + stored.version() + "\"");
        json.writeStringField("lastModified", new InstantType(Date.from(stored.lastUpdated())).getValueAsString());
        json.writeEndObject();
    }

    private Bundle toBundle(BundlePage page) {
        Bundle bundle = new Bundle();
        bundle.setId(UUID.randomUUID().toString());
        bundle.getMeta().setLastUpdated(Date.from(clock.instant()));
        bundle.setType(Bundle.BundleType.fromCode(page.type()));
        if (page.total() != null) {
            bundle.setTotal(page.total());
        }
        page.links()
                .forEach(link -> bundle.addLink().setRelation(link.relation()).setUrl(link.url()));
        for (BundlePage.Entry entry : page.entries()) {
            Bundle.BundleEntryComponent component = bundle.addEntry().setFullUrl(entry.fullUrl());
            StoredResource stored = entry.resource();
            if (stored.json() != null) {
                component.setResource((Resource) fhirContext.newJsonParser().parseResource(stored.json()));
            }
            if (entry.searchMode() != null) {
                component.getSearch().setMode(Bundle.SearchEntryMode.fromCode(entry.searchMode()));
            }
            if (entry.request() != null) {
                component
                        .getRequest()
                        .setMethod(Bundle.HTTPVerb.fromCode(entry.request().method()))
                        .setUrl(entry.request().url());
                component
                        .getResponse()
                        .setStatus(HistoryEntries.status(stored))
                        .setEtag("W/\"" + stored.version() + "\"")
                        .setLastModified(Date.from(stored.lastUpdated()));
            }
        }
        return bundle;
    }
}

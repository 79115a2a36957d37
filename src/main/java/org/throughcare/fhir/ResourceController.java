package org.throughcare.fhir;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.record.Patch;
import org.throughcare.record.RecordService;
import org.throughcare.record.ResourceTypes;
import org.throughcare.record.StoredResource;

/** Instance and type interactions: read, vread, create, update, delete, and their conditional forms. */
@RestController
@RequestMapping("/fhir")
class ResourceController {

    private final RecordService record;
    private final ResourceTypes types;
    private final FhirResponder responder;

    ResourceController(RecordService record, ResourceTypes types, FhirResponder responder) {
        this.record = record;
        this.types = types;
        this.responder = responder;
    }

    @GetMapping("/{type}/{id}")
    void read(@PathVariable String type, @PathVariable String id, FhirRequest request, HttpServletResponse response) {
        StoredResource stored = record.read(knownType(type), id);
        if (notModified(request, stored)) {
            FhirResponder.versionHeaders(response, stored);
            response.setStatus(HttpStatus.NOT_MODIFIED.value());
            return;
        }
        responder.stored(request, response, stored, HttpStatus.OK.value());
    }

    @GetMapping("/{type}/{id}/_history/{version}")
    void vread(
            @PathVariable String type,
            @PathVariable String id,
            @PathVariable String version,
            FhirRequest request,
            HttpServletResponse response) {
        StoredResource stored = record.readVersion(knownType(type), id, versionNumber(version));
        responder.stored(request, response, stored, HttpStatus.OK.value());
    }

    @PostMapping("/{type}")
    void create(@PathVariable String type, FhirRequest request, HttpServletResponse response) {
        Resource resource = bodyOfType(knownType(type), request);
        responder.written(request, response, record.create(resource, request.ifNoneExist()));
    }

    @PutMapping("/{type}/{id}")
    void update(@PathVariable String type, @PathVariable String id, FhirRequest request, HttpServletResponse response) {
        Resource resource = bodyOfType(knownType(type), request);
        String bodyId = resource.getIdElement().getIdPart();
        if (bodyId == null) {
            throw FhirApiException.badRequest("The resource must have an id equal to the id in the URL");
        }
        if (!bodyId.equals(id)) {
            throw FhirApiException.badRequest(
                    "The id in the resource (" + bodyId + ") differs from the URL (" + id + ")");
        }
        responder.written(request, response, record.update(resource, id, request.ifMatch()));
    }

    @PutMapping("/{type}")
    void conditionalUpdate(@PathVariable String type, FhirRequest request, HttpServletResponse response) {
        Resource resource = bodyOfType(knownType(type), request);
        responder.written(request, response, record.conditionalUpdate(resource, criteria(request), request.ifMatch()));
    }

    @PatchMapping("/{type}/{id}")
    void patch(@PathVariable String type, @PathVariable String id, FhirRequest request, HttpServletResponse response) {
        Patch patch = PatchBodies.read(request);
        responder.written(request, response, record.patch(knownType(type), id, patch, request.ifMatch()));
    }

    @DeleteMapping("/{type}/{id}")
    void delete(@PathVariable String type, @PathVariable String id, FhirRequest request, HttpServletResponse response) {
        Deletions.answer(responder, request, response, record.delete(knownType(type), id, request.ifMatch()));
    }

    @DeleteMapping("/{type}")
    void conditionalDelete(@PathVariable String type, FhirRequest request, HttpServletResponse response) {
        Deletions.answer(responder, request, response, record.conditionalDelete(knownType(type), criteria(request)));
    }

    private String knownType(String type) {
        if (!types.isKnown(type)) {
            throw new FhirApiException(HttpStatus.NOT_FOUND, "not-supported", "Unknown resource type " + type);
        }
        return type;
    }

    private static Resource bodyOfType(String type, FhirRequest request) {
        Resource resource = request.body();
        if (!resource.fhirType().equals(type)) {
            throw FhirApiException.badRequest("The body is a " + resource.fhirType() + " but the URL is for " + type);
        }
        return resource;
    }

    private static String criteria(FhirRequest request) {
        String query = request.query();
        if (query == null || query.isBlank()) {
            throw FhirApiException.badRequest("A conditional request needs search criteria in the URL");
        }
        return query;
    }

    static int versionNumber(String version) {
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw new FhirApiException(HttpStatus.NOT_FOUND, "not-found", "Version " + version + " is not known");
        }
    }

    private static boolean notModified(FhirRequest request, StoredResource stored) {
        Integer ifNoneMatch = request.ifNoneMatch();
        if (ifNoneMatch != null) {
            return ifNoneMatch == stored.version();
        }
        Instant ifModifiedSince = request.ifModifiedSince();
        return ifModifiedSince != null
                && !stored.lastUpdated().truncatedTo(ChronoUnit.SECONDS).isAfter(ifModifiedSince);
    }
}

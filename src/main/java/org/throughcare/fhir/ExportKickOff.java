package org.throughcare.fhir;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.throughcare.record.ExportRequest;

/**
 * Reads a Bulk Data kick-off request: {@code Prefer: respond-async} is required, the output format
 * must be NDJSON, and parameters we do not support are refused unless the client asks for lenient
 * handling.
 */
@Component
class ExportKickOff {

    private static final Set<String> FORMATS = Set.of("application/fhir+ndjson", "application/ndjson", "ndjson");
    private static final Set<String> PARAMETERS = Set.of("_outputFormat", "_type", "_since", "_typeFilter");

    ExportRequest read(FhirRequest request, ExportRequest.Level level, String groupId) {
        HttpServletRequest http = request.servletRequest();
        String prefer = http.getHeader("Prefer") == null ? "" : http.getHeader("Prefer");
        if (!prefer.contains("respond-async")) {
            throw FhirApiException.badRequest("A bulk export needs the header Prefer: respond-async");
        }
        String accept = http.getHeader("Accept");
        if (accept != null && !accept.contains("application/fhir+json") && !accept.contains("*/*")) {
            throw FhirApiException.badRequest("A bulk export kick-off takes Accept: application/fhir+json");
        }
        String format = http.getParameter("_outputFormat");
        if (format != null && !FORMATS.contains(format.replace(' ', '+'))) {
            throw FhirApiException.badRequest("_outputFormat must be application/fhir+ndjson");
        }
        refuseUnsupported(http, prefer.contains("handling=lenient"));
        return new ExportRequest(
                level,
                groupId,
                list(http.getParameterValues("_type")),
                Instants.parse("_since", http.getParameter("_since")),
                filters(http.getParameterValues("_typeFilter")),
                SearchController.requester(http),
                http.getRequestURL() + (http.getQueryString() == null ? "" : "?" + http.getQueryString()));
    }

    private static void refuseUnsupported(HttpServletRequest http, boolean lenient) {
        for (String name : http.getParameterMap().keySet()) {
            if (!PARAMETERS.contains(name) && !lenient) {
                throw FhirApiException.badRequest("The export parameter " + name + " is not supported");
            }
        }
    }

    private static Set<String> list(String[] values) {
        Set<String> list = new LinkedHashSet<>();
        if (values != null) {
            Arrays.stream(values)
                    .flatMap(value -> Arrays.stream(value.split(",")))
                    .map(String::trim)
                    .filter(type -> !type.isEmpty())
                    .forEach(list::add);
        }
        return list;
    }

    private static List<String> filters(String[] values) {
        return values == null ? List.of() : new ArrayList<>(Arrays.asList(values));
    }
}

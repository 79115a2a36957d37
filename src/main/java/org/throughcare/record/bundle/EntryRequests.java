package org.throughcare.record.bundle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleEntryRequestComponent;
import org.throughcare.record.RecordException;
import org.throughcare.record.ResourceTypes;

/** Reads the request part of each Bundle entry, refusing malformed entries before anything is written. */
final class EntryRequests {

    private static final Pattern URL =
            Pattern.compile("/?([A-Z][A-Za-z]+)(?:/([A-Za-z0-9\\-.]{1,64})(?:/_history/([0-9]{1,9}))?)?/?(?:\\?(.*))?");
    private static final Pattern VERSION_TAG = Pattern.compile("(?:W/)?\"?([0-9]{1,9})\"?");

    private EntryRequests() {}

    /**
     * The entries of a transaction. A fullUrl two entries share is refused: a reference to it could
     * be rewritten to either resource (R4 bdl-7: fullUrl is unique in a Bundle).
     */
    static List<EntryRequest> parse(Bundle bundle, ResourceTypes types) {
        List<EntryRequest> entries = new ArrayList<>();
        Set<String> fullUrls = new HashSet<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            EntryRequest entry = parse(bundle.getEntry().get(i), i, types);
            if (entry.fullUrl() != null && !fullUrls.add(entry.fullUrl())) {
                throw invalid(
                        entry.location(), "has the fullUrl " + entry.fullUrl() + ", which an earlier entry also has");
            }
            entries.add(entry);
        }
        return entries;
    }

    static EntryRequest parse(BundleEntryComponent entry, int index, ResourceTypes types) {
        String location = "Bundle.entry[" + index + "]";
        BundleEntryRequestComponent request = entry.getRequest();
        if (!request.hasMethod() || !request.hasUrl()) {
            throw invalid(location, "needs request.method and request.url");
        }
        Matcher url = URL.matcher(request.getUrl());
        if (!url.matches() && request.getUrl().contains("://")) {
            // The pattern takes only URLs relative to the base; say why an absolute one is refused.
            throw invalid(
                    location, "has an absolute request.url; it must be relative to this server's base, as Patient/123");
        }
        if (!url.matches() || !types.isKnown(url.group(1))) {
            throw invalid(location, "has a request.url that does not name a known resource type");
        }
        Bundle.HTTPVerb method =
                request.getMethod() == Bundle.HTTPVerb.HEAD ? Bundle.HTTPVerb.GET : request.getMethod();
        EntryRequest parsed = new EntryRequest(
                index,
                method,
                url.group(1),
                url.group(2),
                url.group(3) == null ? null : Integer.valueOf(url.group(3)),
                url.group(4),
                entry.getResource(),
                entry.hasFullUrl() ? entry.getFullUrl() : null,
                versionTag(request.getIfMatch(), location),
                blankToNull(request.getIfNoneExist()));
        checkShape(parsed);
        return parsed;
    }

    private static void checkShape(EntryRequest entry) {
        String location = entry.location();
        boolean hasTarget = entry.id() != null || entry.criteria() != null;
        switch (entry.method()) {
            case POST -> requireResource(entry, location);
            case PUT -> {
                requireResource(entry, location);
                if (!hasTarget) {
                    throw invalid(location, "PUT needs an id or search criteria in request.url");
                }
            }
            case DELETE, PATCH -> {
                if (!hasTarget) {
                    throw invalid(location, entry.method() + " needs an id or search criteria in request.url");
                }
                if (entry.method() == Bundle.HTTPVerb.PATCH && entry.resource() == null) {
                    throw invalid(location, "PATCH needs a Parameters or Binary resource holding the patch");
                }
            }
            default -> {}
        }
    }

    private static void requireResource(EntryRequest entry, String location) {
        if (entry.resource() == null) {
            throw invalid(location, "needs a resource");
        }
        if (!entry.resource().fhirType().equals(entry.type())) {
            throw invalid(location, "has a " + entry.resource().fhirType() + " but request.url is for " + entry.type());
        }
    }

    private static Integer versionTag(String value, String location) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher matcher = VERSION_TAG.matcher(value.trim());
        if (!matcher.matches()) {
            throw invalid(location, "has a request.ifMatch that is not a version tag");
        }
        return Integer.valueOf(matcher.group(1));
    }

    private static String blankToNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int question = text.indexOf('?');
        return question >= 0 ? text.substring(question + 1) : text;
    }

    static RecordException invalid(String location, String problem) {
        return new RecordException(
                RecordException.Kind.INVALID,
                List.of(org.throughcare.record.Issue.error("invalid", location + " " + problem, location)));
    }
}

package org.throughcare.fhir;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring's request mapping lookup: for a path with variables ({@code /fhir/Patient/123}) it matches
 * the request against every one of the application's hundred-odd mappings, which cost a sixth of
 * the CPU of a read (docs/security.md section 12). This one first sets aside, cheaply, each mapping
 * whose patterns cannot match the path: a different number of segments or a different literal
 * start. What remains is matched by Spring exactly as before, so which handler answers does not
 * change. Paths with percent-encoding or matrix parameters are matched the long way, as Spring
 * compares their decoded segments.
 */
final class PrefilteredRequestMappings extends RequestMappingHandlerMapping {

    private final Map<RequestMappingInfo, List<Shape>> shapes = new ConcurrentHashMap<>();
    /** The path being looked up and its number of segments, or none when only Spring can tell. */
    private final ThreadLocal<Lookup> current = new ThreadLocal<>();

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        if (lookupPath.indexOf('%') >= 0 || lookupPath.indexOf(';') >= 0) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        current.set(new Lookup(lookupPath, Shape.segments(lookupPath)));
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            current.remove();
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        Lookup lookup = current.get();
        if (lookup != null && !mayMatch(info, lookup)) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    private boolean mayMatch(RequestMappingInfo info, Lookup lookup) {
        List<Shape> candidates = shapes.get(info);
        if (candidates == null) {
            candidates = shapes.computeIfAbsent(info, PrefilteredRequestMappings::shapesOf);
        }
        if (candidates.isEmpty()) {
            return true;
        }
        for (Shape shape : candidates) {
            if (shape.mayMatch(lookup.path(), lookup.segments())) {
                return true;
            }
        }
        return false;
    }

    private record Lookup(String path, int segments) {}

    /** No shapes: the mapping has no path patterns (it may match any path) or one we cannot judge. */
    private static List<Shape> shapesOf(RequestMappingInfo info) {
        PathPatternsRequestCondition condition = info.getPathPatternsCondition();
        if (condition == null || condition.getPatterns().isEmpty()) {
            return List.of();
        }
        List<Shape> result = condition.getPatterns().stream()
                .map(PathPattern::getPatternString)
                .map(Shape::of)
                .toList();
        return result.contains(null) ? List.of() : result;
    }

    /**
     * What a pattern's matches all share: the literal text before its first variable or wildcard, and
     * (without a multi-segment wildcard) the number of segments. Null when the pattern may match
     * paths of any length: a multi-segment wildcard anywhere.
     */
    record Shape(String literalStart, int segments) {

        static Shape of(String pattern) {
            if (pattern.contains("**") || pattern.contains("{*")) {
                return null;
            }
            int variable = firstVariable(pattern);
            String literal = variable < 0 ? pattern : pattern.substring(0, pattern.lastIndexOf('/', variable) + 1);
            return new Shape(literal, segments(pattern));
        }

        boolean mayMatch(String path, int pathSegments) {
            return pathSegments == segments && path.startsWith(literalStart);
        }

        static int segments(String path) {
            int count = 1;
            for (int i = 0; i < path.length(); i++) {
                if (path.charAt(i) == '/') {
                    count++;
                }
            }
            return count;
        }

        private static int firstVariable(String pattern) {
            int first = -1;
            for (char c : new char[] {'{', '*', '?'}) {
                int at = pattern.indexOf(c);
                if (at >= 0 && (first < 0 || at < first)) {
                    first = at;
                }
            }
            return first;
        }
    }
}

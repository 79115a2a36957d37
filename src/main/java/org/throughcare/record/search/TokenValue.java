package org.throughcare.record.search;

import java.util.List;
import org.throughcare.record.RecordException;

/**
 * A token search value: {@code system|code}, {@code code}, {@code |code} (no system) or {@code
 * system|} (any code in the system).
 *
 * @param system the system, "" for "no system", or null for "any system"
 * @param code the code, or null for "any code"
 */
record TokenValue(String system, String code) {

    static TokenValue parse(String raw) {
        List<String> parts = SearchQueryParser.splitUnescaped(raw, '|');
        if (parts.size() == 1) {
            return new TokenValue(null, SearchQueryParser.unescape(raw));
        }
        String system = SearchQueryParser.unescape(parts.getFirst());
        String code = SearchQueryParser.unescape(String.join("|", parts.subList(1, parts.size())));
        if (system.isEmpty() && code.isEmpty()) {
            throw RecordException.invalid("A token needs a code, a system or both (system|code), not '|' alone");
        }
        return new TokenValue(system, code.isEmpty() ? null : code);
    }
}

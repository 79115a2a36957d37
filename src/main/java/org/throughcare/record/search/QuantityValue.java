package org.throughcare.record.search;

import java.util.List;

/**
 * A quantity search value: {@code [prefix]number|system|code}, {@code number||code} (the code or
 * unit, any system) or just {@code [prefix]number}.
 */
record QuantityValue(NumberValue number, String system, String code) {

    static QuantityValue parse(String raw) {
        List<String> parts = SearchQueryParser.splitUnescaped(raw, '|');
        NumberValue number = NumberValue.parse(SearchQueryParser.unescape(parts.getFirst()));
        String system = parts.size() > 1 ? blankToNull(SearchQueryParser.unescape(parts.get(1))) : null;
        String code = parts.size() > 2 ? blankToNull(SearchQueryParser.unescape(parts.get(2))) : null;
        return new QuantityValue(number, system, code);
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}

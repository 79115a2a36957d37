package org.throughcare.record.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a search parameter's expression at its top-level unions ({@code a | b}) so each branch is
 * evaluated on its own. FHIRPath's union removes duplicates by comparing values, and comparing
 * quantities needs a UCUM service the engine here lacks; the index removes duplicates itself.
 */
final class ExpressionBranches {

    private ExpressionBranches() {}

    static List<String> split(String expression) {
        List<String> branches = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '\'' && (i == 0 || expression.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == '|') {
                branches.add(expression.substring(start, i).trim());
                start = i + 1;
            }
        }
        branches.add(expression.substring(start).trim());
        return branches.stream().filter(branch -> !branch.isEmpty()).toList();
    }
}

package org.throughcare.patient.matching;

import java.text.Normalizer;
import java.util.Locale;

/** Names as matching compares them: lower case, without accents, spaces, hyphens or apostrophes. */
final class Names {

    private Names() {}

    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /**
     * Jaro-Winkler similarity, 0 (nothing alike) to 1 (equal): tolerant of the typing and
     * transcription errors names suffer (Smyth, Smith), weighted towards agreeing first letters.
     */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        double jaro = jaro(a, b);
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    private static double jaro(String a, String b) {
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] matchedA = new boolean[a.length()];
        boolean[] matchedB = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = Math.max(0, i - window); j < Math.min(b.length(), i + window + 1); j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        double halfTranspositions = transpositions(a, b, matchedA, matchedB) / 2.0;
        return ((double) matches / a.length()
                        + (double) matches / b.length()
                        + (matches - halfTranspositions) / matches)
                / 3;
    }

    private static int transpositions(String a, String b, boolean[] matchedA, boolean[] matchedB) {
        int count = 0;
        int j = 0;
        for (int i = 0; i < a.length(); i++) {
            if (matchedA[i]) {
                while (!matchedB[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    count++;
                }
                j++;
            }
        }
        return count;
    }
}

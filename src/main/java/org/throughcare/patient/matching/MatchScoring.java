package org.throughcare.patient.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.throughcare.patient.Demographics;
import org.throughcare.patient.MatchCandidate;
import org.throughcare.patient.Sex;

/**
 * The scored match on name, date of birth and sex (ADR 0052): each field adds its agreement weight
 * or subtracts its disagreement weight, after Fellegi and Sunter, with weights chosen so that a
 * date of birth that disagrees outright cannot be outvoted by names alone, and a changed family
 * name (marriage) with everything else agreeing still reaches review. At or above {@link
 * #REVIEW_THRESHOLD} a person goes to human review; nothing is ever merged on a score.
 */
public final class MatchScoring {

    /** The score at or above which two records are put to a person to decide. */
    public static final double REVIEW_THRESHOLD = 5.0;

    static final double SIMILAR = 0.88;

    private MatchScoring() {}

    public static MatchCandidate score(String patientId, Demographics received, Demographics recorded) {
        List<String> reasons = new ArrayList<>();
        double score = names(received, recorded, reasons)
                + birthDate(received.birthDate(), recorded.birthDate(), reasons)
                + sex(received.sex(), recorded.sex(), reasons);
        return new MatchCandidate(patientId, Math.round(score * 10) / 10.0, reasons);
    }

    private static double names(Demographics a, Demographics b, List<String> reasons) {
        String familyA = Names.normalise(a.family());
        String givenA = Names.normalise(a.given());
        String familyB = Names.normalise(b.family());
        String givenB = Names.normalise(b.given());
        if (!familyA.equals(familyB) && familyA.equals(givenB) && givenA.equals(familyB)) {
            reasons.add("names: given and family names swapped");
            return 4.0;
        }
        return family(familyA, familyB, reasons) + given(givenA, givenB, reasons);
    }

    private static double family(String a, String b, List<String> reasons) {
        if (a.equals(b)) {
            reasons.add("family name: agrees");
            return 3.0;
        }
        if (Names.similarity(a, b) >= SIMILAR || (!a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a)))) {
            reasons.add("family name: similar");
            return 2.0;
        }
        reasons.add("family name: differs");
        return -1.0;
    }

    private static double given(String a, String b, List<String> reasons) {
        if (a.equals(b)) {
            reasons.add("given name: agrees");
            return 2.0;
        }
        boolean shortened = !a.isEmpty() && !b.isEmpty() && (a.startsWith(b) || b.startsWith(a));
        if (shortened || Names.similarity(a, b) >= SIMILAR) {
            reasons.add("given name: similar or shortened");
            return 1.0;
        }
        reasons.add("given name: differs");
        return -1.0;
    }

    private static double birthDate(LocalDate a, LocalDate b, List<String> reasons) {
        if (a == null || b == null) {
            reasons.add("date of birth: not known");
            return 0;
        }
        if (a.equals(b)) {
            reasons.add("date of birth: agrees");
            return 4.0;
        }
        if (a.getYear() == b.getYear()
                && a.getDayOfMonth() == b.getMonthValue()
                && a.getMonthValue() == b.getDayOfMonth()) {
            reasons.add("date of birth: day and month transposed");
            return 2.5;
        }
        if (oneTypingError(a, b)) {
            reasons.add("date of birth: one part differs");
            return 2.0;
        }
        reasons.add("date of birth: differs");
        return -3.0;
    }

    /** Two of day, month and year agree and the third differs by one digit. */
    private static boolean oneTypingError(LocalDate a, LocalDate b) {
        int agreeing = (a.getYear() == b.getYear() ? 1 : 0)
                + (a.getMonthValue() == b.getMonthValue() ? 1 : 0)
                + (a.getDayOfMonth() == b.getDayOfMonth() ? 1 : 0);
        if (agreeing != 2) {
            return false;
        }
        String digitsA = a.toString().replace("-", "");
        String digitsB = b.toString().replace("-", "");
        int differing = 0;
        for (int i = 0; i < digitsA.length(); i++) {
            differing += digitsA.charAt(i) == digitsB.charAt(i) ? 0 : 1;
        }
        return differing == 1;
    }

    private static double sex(Sex a, Sex b, List<String> reasons) {
        if (a == Sex.UNKNOWN || b == Sex.UNKNOWN) {
            return 0;
        }
        if (a == b) {
            reasons.add("sex: agrees");
            return 0.5;
        }
        reasons.add("sex: differs");
        return -1.0;
    }
}

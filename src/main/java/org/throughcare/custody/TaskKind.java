package org.throughcare.custody;

/** The work a custody movement brings, each with its deadline rule (reception.Deadlines). */
public enum TaskKind implements Coded {
    /** NICE NG57 1.1.1: the first-stage health assessment on the day of arrival, before cell allocation. */
    FIRST_RECEPTION_SCREEN("first-reception-screen", "First reception health screen"),
    /** NICE QS156 statement 2: a second-stage health assessment within 7 days of arrival or transfer. */
    SECOND_STAGE_ASSESSMENT("second-stage-assessment", "Second-stage health assessment"),
    /** NICE QS156 statement 1: medicines reconciled before the second-stage health assessment. */
    MEDICINES_RECONCILIATION("medicines-reconciliation", "Medicines reconciliation"),
    /** Opt-out blood-borne virus testing offered at reception: within 72 hours. */
    BBV_TEST_OFFER("bbv-test-offer", "Blood-borne virus test offer"),
    /** NICE NG57 1.1.2: the next dose of a prescribed medicine is not missed. */
    NEXT_DOSE("next-dose", "Give the next dose of current medicines"),
    /** NICE QS156 statement 5 and the transfer checklist: fit to travel, 7 days of medicines. */
    TRANSFER_CHECKLIST("transfer-checklist", "Transfer checklist"),
    /** A release plan at least 28 days before a known release date. */
    RELEASE_PLAN("release-plan", "Release plan");

    public static final String SYSTEM = "https://fhir.throughcare.org/CodeSystem/custody-task";

    private final Concept concept;

    TaskKind(String code, String display) {
        this.concept = new Concept(SYSTEM, code, display);
    }

    @Override
    public Concept concept() {
        return concept;
    }
}

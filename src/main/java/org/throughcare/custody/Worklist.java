package org.throughcare.custody;

import java.time.Instant;
import java.util.List;
import org.throughcare.patient.PatientHeadline;

/**
 * An establishment's worklists as at a moment: each a queue of patients with what is due, and the
 * prison service's events waiting for a person. A read model of the record, made on request.
 *
 * @param establishment the establishment's name
 * @param asAt when it was made
 * @param queues the work, in the order the page shows it
 * @param population the patients held now, by where they are
 * @param unknownPrisoners the prison service's events at this establishment waiting for a person
 * @param complete false when a search found more than it gathers (WorklistSearch's ceiling): the
 *     page then says the lists may be incomplete
 */
public record Worklist(
        String establishment,
        Instant asAt,
        List<Queue> queues,
        List<Queue> population,
        List<WaitingEvent> unknownPrisoners,
        boolean complete) {

    public Worklist {
        queues = List.copyOf(queues);
        population = List.copyOf(population);
        unknownPrisoners = List.copyOf(unknownPrisoners);
    }

    /** The queue with this key. */
    public Queue queue(QueueKind kind) {
        return queues.stream().filter(q -> q.kind() == kind).findFirst().orElseThrow();
    }

    /** How many patients are held now (away at court or hospital included). */
    public int populationCount() {
        return population.stream().mapToInt(q -> q.entries().size()).sum();
    }

    /**
     * One worklist.
     *
     * @param kind what it lists
     * @param title its heading
     * @param entries its rows, the most pressing first
     */
    public record Queue(QueueKind kind, String title, List<Entry> entries) {

        public Queue {
            entries = List.copyOf(entries);
        }

        /** Rows past their deadline (a breach). */
        public long overdue() {
            return entries.stream().filter(Entry::overdue).count();
        }
    }

    /**
     * One row: the patient and what is due.
     *
     * @param patient who (the headline the banner shows; its id opens the record)
     * @param when when it is due, happened or will happen
     * @param overdue past its deadline and not done
     * @param note a few words about the row (how they arrived, where they are ...), or null
     * @param action the page that works the row (a duplicate review) and its link text, or null
     */
    public record Entry(PatientHeadline patient, Instant when, boolean overdue, String note, Action action) {

        public Entry(PatientHeadline patient, Instant when, boolean overdue, String note) {
            this(patient, when, overdue, note, null);
        }
    }

    /** A link that works a row: its path (opaque ids only) and what it says. */
    public record Action(String href, String text) {}

    /** What a queue lists. */
    public enum QueueKind {
        ARRIVALS_TODAY,
        FIRST_SCREENS,
        NEXT_DOSES,
        MEDICINES_RECONCILIATIONS,
        SECOND_STAGE_ASSESSMENTS,
        BBV_TEST_OFFERS,
        TRANSFERS_OUT_TODAY,
        RELEASES_WITHIN_28_DAYS,
        DUPLICATE_REVIEWS,
        ON_SITE,
        AT_COURT,
        IN_HOSPITAL,
        ON_TEMPORARY_RELEASE
    }
}

package org.throughcare.custody.web;

import java.util.List;
import java.util.Locale;
import org.throughcare.custody.Worklist;

/**
 * One page of a worklist's rows. The worklists page shows the first rows of each list and says how
 * many there are in all, with a link to the whole list, which pages through them: nothing is cut off
 * without saying so.
 *
 * @param queue the whole list
 * @param number the page, from 1
 * @param size rows a page
 */
public record QueuePage(Worklist.Queue queue, int number, int size) {

    /** Rows of each list on the worklists page. */
    static final int PREVIEW = 25;

    /** Rows a page of one whole list. */
    static final int PAGE = 100;

    /** The first rows of a list, for the worklists page. */
    static QueuePage preview(Worklist.Queue queue) {
        return new QueuePage(queue, 1, PREVIEW);
    }

    public List<Worklist.Entry> rows() {
        return queue.entries().subList(Math.min(offset(), total()), last());
    }

    public int total() {
        return queue.entries().size();
    }

    /** The position of the first row shown, from 1 (0 when none). */
    public int first() {
        return total() == 0 ? 0 : offset() + 1;
    }

    /** The position of the last row shown. */
    public int last() {
        return Math.min(offset() + size, total());
    }

    /** How many pages the whole list takes (at least 1). */
    public int pages() {
        return Math.max(1, (total() + size - 1) / size);
    }

    /** Whether rows of the list are not on this page. */
    public boolean partial() {
        return rows().size() < total();
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return last() < total();
    }

    /** The list's name in its URL: /worklists/{slug}. */
    public String slug() {
        return slugOf(queue.kind());
    }

    static String slugOf(Worklist.QueueKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private int offset() {
        return (number - 1) * size;
    }
}

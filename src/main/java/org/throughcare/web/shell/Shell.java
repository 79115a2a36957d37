package org.throughcare.web.shell;

import java.util.List;
import org.throughcare.web.WorkingEstablishment;

/**
 * What the page layout shows around every page for a signed-in member of staff.
 *
 * @param name their display name
 * @param role their role, as people say it
 * @param establishment where they are working now, or null when they work at none
 * @param choices every establishment they work at (the switcher appears when there are several)
 * @param navigation the sections their role may use
 * @param timeoutSeconds how long the session lasts without a request (for the timeout warning)
 */
public record Shell(
        String name,
        String role,
        WorkingEstablishment establishment,
        List<WorkingEstablishment> choices,
        List<Link> navigation,
        int timeoutSeconds) {

    /** A link in the header's navigation. */
    public record Link(String text, String href) {}

    public boolean canSwitch() {
        return choices.size() > 1;
    }
}

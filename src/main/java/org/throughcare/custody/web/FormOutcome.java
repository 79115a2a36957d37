package org.throughcare.custody.web;

import java.io.Serializable;
import java.util.List;

/**
 * What a custody form recorded, kept in the session under the form's random key: the page after it
 * can be reloaded, and posting the same form again records nothing more.
 *
 * @param patientId the patient (an opaque id)
 * @param title what was recorded ("First reception health screen")
 * @param lines what it did, in words
 * @param summaryId the transfer or discharge summary it wrote (a Composition id), or null
 */
public record FormOutcome(String patientId, String title, List<String> lines, String summaryId)
        implements Serializable {

    public FormOutcome {
        lines = List.copyOf(lines);
    }

    FormOutcome(String patientId, String title, List<String> lines) {
        this(patientId, title, lines, null);
    }
}

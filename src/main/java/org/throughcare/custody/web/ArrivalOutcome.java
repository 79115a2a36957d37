package org.throughcare.custody.web;

import java.io.Serializable;

/**
 * What recording an arrival did, kept in the session under the form's key so the page after it
 * can be reloaded and a second post of the same form records nothing more.
 *
 * @param patientId the record now the patient's (an opaque id)
 * @param basis how it was found: nhs-number, prison-number, home-office-reference or new-record
 * @param possibleDuplicates records put to review as possibly the same person
 * @param kind the custody-movement code of the arrival
 */
public record ArrivalOutcome(String patientId, String basis, int possibleDuplicates, String kind)
        implements Serializable {

    /** A record already had one of the person's identifiers. */
    public boolean matched() {
        return !"new-record".equals(basis);
    }

    public boolean sentToReview() {
        return possibleDuplicates > 0;
    }
}

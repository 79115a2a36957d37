package org.throughcare.custody;

/**
 * What happened to a patient's whereabouts. Received and returned movements bring them into an
 * establishment; court, hospital and temporary release take them out for a while without ending the
 * custody episode; a transfer out leaves the establishment (the next reception ends the transit);
 * release and death end the episode.
 */
public enum MovementKind implements Coded {
    RECEIVED_NEW("received-new", "Received: new reception", Direction.IN),
    RECEIVED_TRANSFER("received-transfer", "Received: transfer in", Direction.IN),
    RETURNED_FROM_COURT("returned-from-court", "Returned from court", Direction.IN),
    RETURNED_FROM_HOSPITAL("returned-from-hospital", "Returned from hospital", Direction.IN),
    RETURNED_FROM_TEMPORARY_RELEASE("returned-from-temporary-release", "Returned from temporary release", Direction.IN),
    OUT_TO_COURT("out-to-court", "Out to court", Direction.ABSENT),
    OUT_TO_HOSPITAL("out-to-hospital", "Out to hospital", Direction.ABSENT),
    TEMPORARY_RELEASE("temporary-release", "Temporary release", Direction.ABSENT),
    TRANSFERRED_OUT("transferred-out", "Transferred out", Direction.LEAVES),
    RELEASED("released", "Released", Direction.ENDS),
    DIED("died", "Died in custody", Direction.ENDS);

    public static final String SYSTEM = "https://fhir.throughcare.org/CodeSystem/custody-movement";

    /** How a movement changes where the patient is. */
    public enum Direction {
        /** Into an establishment (a reception or a return). */
        IN,
        /** Out for a while, still in the establishment's custody (court, hospital, temporary release). */
        ABSENT,
        /** Out of the establishment, to another (a transfer). */
        LEAVES,
        /** Out of custody (release, death). */
        ENDS
    }

    private final Concept concept;
    private final Direction direction;

    MovementKind(String code, String display, Direction direction) {
        this.concept = new Concept(SYSTEM, code, display);
        this.direction = direction;
    }

    @Override
    public Concept concept() {
        return concept;
    }

    public Direction direction() {
        return direction;
    }
}

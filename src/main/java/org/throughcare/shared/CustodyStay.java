package org.throughcare.shared;

/**
 * How the record marks a stay at an establishment: an Encounter of this class, its service
 * provider the establishment. Custody writes them from movements; the security module reads them,
 * because a stay is what gives an establishment's staff a care relationship with the patient.
 */
public final class CustodyStay {

    /** The CodeSystem of the classes of custody Encounters (stay, court, hospital, temporary release). */
    public static final String CLASS_SYSTEM = "https://fhir.throughcare.org/CodeSystem/custody-encounter-class";

    /** The class of a stay at an establishment. */
    public static final String STAY = "custody-stay";

    private CustodyStay() {}
}

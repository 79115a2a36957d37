package org.throughcare.custody;

/** Who an establishment holds; decides which assessments apply (CHAT for young people). */
public enum Population implements Coded {
    ADULT_MALE("adult-male", "Adult men"),
    ADULT_FEMALE("adult-female", "Adult women"),
    YOUNG_ADULT_MALE("young-adult-male", "Young adult men (18 to 21)"),
    YOUNG_PEOPLE("young-people", "Children and young people (under 18)"),
    IMMIGRATION("immigration", "People held under immigration powers");

    public static final String SYSTEM = "https://fhir.throughcare.org/CodeSystem/establishment-population";

    private final Concept concept;

    Population(String code, String display) {
        this.concept = new Concept(SYSTEM, code, display);
    }

    @Override
    public Concept concept() {
        return concept;
    }
}

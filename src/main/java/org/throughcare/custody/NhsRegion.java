package org.throughcare.custody;

/** The seven NHS England regions, which commission health and justice services. */
public enum NhsRegion implements Coded {
    NORTH_EAST_AND_YORKSHIRE("north-east-and-yorkshire", "North East and Yorkshire"),
    NORTH_WEST("north-west", "North West"),
    MIDLANDS("midlands", "Midlands"),
    EAST_OF_ENGLAND("east-of-england", "East of England"),
    LONDON("london", "London"),
    SOUTH_EAST("south-east", "South East"),
    SOUTH_WEST("south-west", "South West");

    public static final String SYSTEM = "https://fhir.throughcare.org/CodeSystem/nhs-england-region";

    private final Concept concept;

    NhsRegion(String code, String display) {
        this.concept = new Concept(SYSTEM, code, display);
    }

    @Override
    public Concept concept() {
        return concept;
    }
}

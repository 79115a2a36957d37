package org.throughcare.custody;

/** What kind of place of detention an establishment is. */
public enum EstablishmentKind implements Coded {
    PRISON("prison", "Prison"),
    /** A young offender institution (its statutory name), for people aged 15 to 21. */
    YOI("yoi", "Young offender institution"),
    SECURE_TRAINING_CENTRE("stc", "Secure training centre"),
    SECURE_CHILDRENS_HOME("sch", "Secure children's home"),
    IMMIGRATION_REMOVAL_CENTRE("irc", "Immigration removal centre");

    public static final String SYSTEM = "https://fhir.throughcare.org/CodeSystem/establishment-type";

    private final Concept concept;

    EstablishmentKind(String code, String display) {
        this.concept = new Concept(SYSTEM, code, display);
    }

    @Override
    public Concept concept() {
        return concept;
    }
}

package org.throughcare.security.demo;

import static org.hl7.fhir.r4.model.AllergyIntolerance.AllergyIntoleranceSeverity.MODERATE;
import static org.hl7.fhir.r4.model.AllergyIntolerance.AllergyIntoleranceSeverity.SEVERE;

import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;

/**
 * The demo patients (README): four at HMP Leeds and two at HMP Manchester, with allergies, alerts,
 * problems, medicines, encounters and vital signs. Two share a name and are born days apart, to
 * show how the banner tells them apart; one has allergies "not recorded", one "no known allergy",
 * one a "no known drug allergy"; two have entries under confidentiality labels; one is booked with
 * the remote hub GP, who therefore sees him. NHS numbers are in the 999 test range.
 */
final class DemoPatients {

    static final String LEEDS = "hmp-leeds";
    static final String MANCHESTER = "hmp-manchester";
    private static final Coding HIV = new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "HIV", null);
    private static final Coding RESTRICTED =
            new Coding("http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "R", "restricted");

    private DemoPatients() {}

    static List<DemoRecord> all(Instant now) {
        return List.of(okafor(now), whitfield(now), murphy(now), otherMurphy(now), nowak(now), brennan(now));
    }

    private static DemoRecord okafor(Instant now) {
        return withVitals(
                new DemoRecord(now, "9990000018", "A1234BC", "Okafor", "Daniel", "1988-07-23", LEEDS)
                        .allergy("764146007", "Penicillin", "Anaphylaxis", SEVERE)
                        .allergy("762952008", "Peanut", "Urticaria", MODERATE)
                        .alert("safety", "Risk to staff: violence (prison security information)", 10)
                        .alert(
                                "clinical",
                                "Insulin-dependent diabetes: check blood glucose before and after any move",
                                10)
                        .problem("46635009", "Type 1 diabetes mellitus", "active", "2004", null)
                        .problem("195967001", "Asthma", "active", "1995", null)
                        .problem(null, "Fracture of left wrist", "resolved", "2019-06", null)
                        .problem("86406008", "Human immunodeficiency virus infection", "active", "2017", HIV)
                        .medication(
                                "Insulin glargine 100units/ml solution for injection 3ml pre-filled pens",
                                "24 units at night",
                                9)
                        .medication(
                                "Insulin aspart 100units/ml solution for injection 3ml pre-filled pens",
                                "Units with meals as per sliding scale",
                                9)
                        .medication(
                                "Salbutamol 100micrograms/dose inhaler CFC free",
                                "2 puffs when required for breathlessness",
                                9)
                        .encounter("Reception health screen (first stage)", 10)
                        .encounter("Second-stage health assessment", 5)
                        .encounter("GP consultation", 1),
                1);
    }

    private static DemoRecord whitfield(Instant now) {
        return withVitals(
                new DemoRecord(now, "9990000026", "B2345CD", "Whitfield", "Aaron", "1979-02-02", LEEDS)
                        .allergy("716186003", "No known allergy", null, null)
                        .alert("behavioral", "ACCT open: self-harm and suicide risk (prison process)", 3)
                        .problem("75544000", "Opioid dependence", "active", "2010", null)
                        .problem("35489007", "Depressive disorder", "active", "2021", RESTRICTED)
                        .medication("Methadone 1mg/ml oral solution sugar free", "60mg once daily, supervised", 3)
                        .medication("Sertraline 50mg tablets", "One tablet once daily", 3)
                        .encounter("Reception health screen (first stage)", 3)
                        .encounter("Substance misuse review", 2),
                2);
    }

    private static DemoRecord murphy(Instant now) {
        return new DemoRecord(now, "9990000034", "C3456DE", "Murphy", "Sean", "1990-03-14", LEEDS)
                .encounter("Reception health screen (first stage)", 0)
                .vital("8867-4", "Heart rate", 88, "/min", "beats/minute", 0);
    }

    private static DemoRecord otherMurphy(Instant now) {
        return withVitals(
                new DemoRecord(now, "9990000042", "C3465DE", "Murphy", "Sean", "1990-03-11", LEEDS)
                        .allergy("111088007", "Latex", "Contact dermatitis", MODERATE)
                        .problem("38341003", "Hypertension", "active", "2022", null)
                        .medication("Amlodipine 5mg tablets", "One tablet once daily", 20)
                        .encounter("Reception health screen (first stage)", 21)
                        .encounter("Hypertension review", 7),
                7);
    }

    private static DemoRecord nowak(Instant now) {
        return withVitals(
                new DemoRecord(now, "9990000050", "D4567EF", "Nowak", "Tomasz", "1985-11-30", MANCHESTER)
                        .allergy("409137002", "No known drug allergy", null, null)
                        .alert("clinical", "Epilepsy: seizure management plan in record", 30)
                        .problem("84757009", "Epilepsy", "active", "2003", null)
                        .medication("Levetiracetam 500mg tablets", "One tablet twice daily. Do not miss doses", 30)
                        .encounter("Reception health screen (first stage)", 30)
                        .encounter("Epilepsy review", 4)
                        .hubAppointment("demo-hub-gp", 1),
                4);
    }

    private static DemoRecord brennan(Instant now) {
        return new DemoRecord(now, "9990000069", "E5678FG", "Brennan", "Kyle", "2001-05-05", MANCHESTER)
                .problem("195967001", "Asthma", "active", "2008", null)
                .medication("Salbutamol 100micrograms/dose inhaler CFC free", "2 puffs when required", 12)
                .encounter("Reception health screen (first stage)", 12);
    }

    /** A set of vital signs taken that many days ago. */
    private static DemoRecord withVitals(DemoRecord record, int daysAgo) {
        return record.bloodPressure(128, 82, daysAgo)
                .vital("8867-4", "Heart rate", 76, "/min", "beats/minute", daysAgo)
                .vital("9279-1", "Respiratory rate", 16, "/min", "breaths/minute", daysAgo)
                .vital("8310-5", "Body temperature", 36.8, "Cel", "°C", daysAgo)
                .vital("59408-5", "Oxygen saturation in arterial blood by pulse oximetry", 97, "%", "%", daysAgo)
                .vital("29463-7", "Body weight", 78.5, "kg", "kg", daysAgo);
    }
}

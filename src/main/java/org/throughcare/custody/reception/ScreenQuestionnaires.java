package org.throughcare.custody.reception;

import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

/**
 * The first reception screen (NICE NG57 recommendations 1.1.1 to 1.1.4 and its table 1) and the
 * second-stage health assessment (NICE QS156 statement 2) as versioned FHIR Questionnaires whose
 * clinical items carry SNOMED CT codes. A new version gets a new id; old responses keep theirs.
 */
public final class ScreenQuestionnaires {

    public static final String SNOMED = "http://snomed.info/sct";
    public static final String FIRST_SCREEN_URL = "https://fhir.throughcare.org/Questionnaire/first-reception-screen";
    public static final String SECOND_STAGE_URL = "https://fhir.throughcare.org/Questionnaire/second-stage-assessment";
    public static final String VERSION = "1.0.0";
    public static final String ROUTING = "https://fhir.throughcare.org/CodeSystem/reception-routing";
    public static final String REFERRALS = "https://fhir.throughcare.org/CodeSystem/reception-referral";

    /** One question: its link id, text, answer type, SNOMED CT code (or null) and display. */
    record Item(String linkId, String text, QuestionnaireItemType type, String snomed, String display) {}

    /** Conditions NICE NG57 table 1 asks about; a "yes" records the condition (unconfirmed). */
    static final List<Item> CONDITIONS = List.of(
            condition("asthma", "Asthma", "195967001"),
            condition("diabetes", "Diabetes mellitus", "73211009"),
            condition("epilepsy", "Epilepsy", "84757009"),
            condition("heart-disease", "Heart disease", "56265001"),
            condition("copd", "Chronic obstructive lung disease", "13645005"),
            condition("tuberculosis", "Tuberculosis", "56717001"),
            condition("sickle-cell", "Sickle cell disease", "417357006"),
            condition("hepatitis-b", "Viral hepatitis type B", "66071002"),
            condition("hepatitis-c", "Viral hepatitis type C", "50711007"),
            condition("hiv", "Human immunodeficiency virus infection", "86406008"),
            condition("learning-disability", "Intellectual disability", "110359009"),
            condition("pregnant", "Pregnant", "77386006"),
            condition("alcohol-dependence", "Alcohol dependence", "66590003"),
            condition("opiate-dependence", "Opioid dependence", "75544000"),
            condition("other-drug-misuse", "Misuses drugs", "361055000"),
            condition("mental-health-condition", "Mental disorder", "74732009"),
            condition("self-harm-history", "Self-injurious behaviour", "248062006"),
            condition("suicidal-thoughts", "Suicidal thoughts", "6471006"),
            condition("injury", "Traumatic injury", "417746004"),
            condition("head-injury", "Injury of head", "82271004"));

    private ScreenQuestionnaires() {}

    public static String id(String url) {
        return url.substring(url.lastIndexOf('/') + 1) + "-" + VERSION.replace('.', '-');
    }

    public static Questionnaire firstScreen() {
        Questionnaire questionnaire = base(FIRST_SCREEN_URL, "First reception health screen");
        group(questionnaire, "medicines", "Current medicines (NICE NG57 1.1.2: make sure the next dose is given)")
                .addItem(question(
                        "on-medicines",
                        "Taking prescribed medicines now?",
                        QuestionnaireItemType.BOOLEAN,
                        null,
                        null,
                        true))
                .addItem(repeating(question(
                        "medicine",
                        "Medicine, dose and when last taken",
                        QuestionnaireItemType.STRING,
                        null,
                        null,
                        false)))
                .addItem(question(
                        "next-dose-due",
                        "When is the next dose due?",
                        QuestionnaireItemType.DATETIME,
                        null,
                        null,
                        false))
                .addItem(question(
                        "medicines-brought",
                        "Medicines brought in with them?",
                        QuestionnaireItemType.BOOLEAN,
                        null,
                        null,
                        false));
        Questionnaire.QuestionnaireItemComponent conditions =
                group(questionnaire, "conditions", "Injuries, conditions, alcohol, drugs, mental health and self-harm");
        CONDITIONS.forEach(item -> conditions.addItem(
                question(item.linkId(), item.text(), item.type(), item.snomed(), item.display(), false)));
        conditions.addItem(question(
                "injury-description",
                "Injuries: where and what (body map)",
                QuestionnaireItemType.TEXT,
                null,
                null,
                false));
        group(questionnaire, "allergies", "Allergies")
                .addItem(question(
                        "allergies",
                        "Any allergies?",
                        QuestionnaireItemType.BOOLEAN,
                        "609328004",
                        "Allergic disposition",
                        true))
                .addItem(repeating(
                        question("allergy-substance", "Allergic to", QuestionnaireItemType.STRING, null, null, false)));
        group(questionnaire, "substances", "Alcohol and drugs")
                .addItem(question(
                        "alcohol-units",
                        "Units of alcohol a day",
                        QuestionnaireItemType.INTEGER,
                        "897148007",
                        "Alcoholic beverage intake",
                        false))
                .addItem(question(
                        "ost-in-community",
                        "Prescribed methadone or buprenorphine in the community?",
                        QuestionnaireItemType.BOOLEAN,
                        null,
                        null,
                        false));
        group(questionnaire, "communication", "Communication needs")
                .addItem(question(
                        "interpreter", "Needs an interpreter?", QuestionnaireItemType.BOOLEAN, null, null, false))
                .addItem(question(
                        "communication-needs",
                        "Other communication needs",
                        QuestionnaireItemType.STRING,
                        null,
                        null,
                        false));
        Questionnaire.QuestionnaireItemComponent outcome = group(questionnaire, "outcome", "Outcome");
        outcome.addItem(choice(
                "location",
                "Where the patient goes first",
                true,
                ROUTING,
                "first-night-centre",
                "detox-unit",
                "healthcare-unit",
                "normal-location"));
        outcome.addItem(repeating(choice(
                "urgent-referral", "Urgent referrals", false, REFERRALS, "gp", "mental-health", "substance-misuse")));
        return questionnaire;
    }

    public static Questionnaire secondStage() {
        Questionnaire questionnaire = base(SECOND_STAGE_URL, "Second-stage health assessment");
        group(questionnaire, "assessment", "Second-stage health assessment (NICE QS156 statement 2)")
                .addItem(question(
                        "physical-health", "Physical health concerns", QuestionnaireItemType.TEXT, null, null, false))
                .addItem(question(
                        "long-term-conditions-reviewed",
                        "Long-term conditions reviewed?",
                        QuestionnaireItemType.BOOLEAN,
                        null,
                        null,
                        true))
                .addItem(choice(
                        "bbv-test",
                        "Blood-borne virus test (HIV, hepatitis B and C)",
                        true,
                        REFERRALS,
                        "accepted",
                        "declined",
                        "tested-recently"))
                .addItem(question(
                        "immunisations-reviewed",
                        "Immunisations reviewed?",
                        QuestionnaireItemType.BOOLEAN,
                        null,
                        null,
                        false))
                .addItem(question(
                        "smoker", "Smokes tobacco?", QuestionnaireItemType.BOOLEAN, "77176002", "Smoker", false))
                .addItem(question("dental-needs", "Dental needs?", QuestionnaireItemType.BOOLEAN, null, null, false))
                .addItem(question(
                        "mental-health-screen",
                        "Mental health screen done?",
                        QuestionnaireItemType.BOOLEAN,
                        null,
                        null,
                        false))
                .addItem(question("care-plan", "Care plan", QuestionnaireItemType.TEXT, null, null, false));
        return questionnaire;
    }

    private static Questionnaire base(String url, String title) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId(id(url));
        questionnaire.setUrl(url);
        questionnaire.setVersion(VERSION);
        questionnaire.setName(title.replaceAll("[^A-Za-z]", ""));
        questionnaire.setTitle(title);
        questionnaire.setStatus(Enumerations.PublicationStatus.ACTIVE);
        questionnaire.addSubjectType("Patient");
        return questionnaire;
    }

    private static Questionnaire.QuestionnaireItemComponent group(
            Questionnaire questionnaire, String linkId, String text) {
        return questionnaire
                .addItem()
                .setLinkId("section-" + linkId)
                .setText(text)
                .setType(QuestionnaireItemType.GROUP);
    }

    private static Questionnaire.QuestionnaireItemComponent question(
            String linkId, String text, QuestionnaireItemType type, String snomed, String display, boolean required) {
        var item = new Questionnaire.QuestionnaireItemComponent()
                .setLinkId(linkId)
                .setText(text)
                .setType(type)
                .setRequired(required);
        if (snomed != null) {
            item.addCode(new Coding(SNOMED, snomed, display));
        }
        return item;
    }

    private static Questionnaire.QuestionnaireItemComponent repeating(Questionnaire.QuestionnaireItemComponent item) {
        return item.setRepeats(true);
    }

    private static Questionnaire.QuestionnaireItemComponent choice(
            String linkId, String text, boolean required, String system, String... codes) {
        var item = question(linkId, text, QuestionnaireItemType.CHOICE, null, null, required);
        for (String code : codes) {
            item.addAnswerOption().setValue(new Coding(system, code, code.replace('-', ' ')));
        }
        return item;
    }

    private static Item condition(String linkId, String display, String snomed) {
        return new Item(linkId, display + "?", QuestionnaireItemType.BOOLEAN, snomed, display);
    }
}

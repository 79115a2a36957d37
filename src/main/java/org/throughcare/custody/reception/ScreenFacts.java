package org.throughcare.custody.reception;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * The structured facts a first reception screen implies (NICE NG57 1.1.1-1.1.4): a condition for
 * each "yes" (unconfirmed: reported at reception), allergies (or no known allergies), the medicines
 * they are on, alerts for the risks that need everyone's attention in the first days (withdrawal,
 * seizures, self-harm), urgent referrals (asked for, or implied by dependence and suicidal
 * thoughts), and where the patient goes first. Each points back at the screen (the Provenance made
 * with them; Condition.evidence too).
 */
public final class ScreenFacts {

    private static final String CLINICAL_STATUS = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    private static final String VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    private static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";

    /** Where the facts belong: the patient, the stay, the screen. */
    public record Context(String patientId, String stayId, String responseId) {
        Reference patient() {
            return new Reference("Patient/" + patientId);
        }

        Reference stay() {
            return new Reference("Encounter/" + stayId);
        }
    }

    private ScreenFacts() {}

    static List<Resource> derive(Answers answers, Context context) {
        List<Resource> facts = new ArrayList<>();
        ScreenQuestionnaires.CONDITIONS.stream()
                .filter(item -> answers.yes(item.linkId()))
                .forEach(item -> facts.add(condition(item, context)));
        facts.addAll(allergies(answers, context));
        answers.texts("medicine").forEach(medicine -> facts.add(medicine(medicine, context)));
        facts.addAll(alerts(answers, context));
        referrals(answers).forEach(code -> facts.add(referral(code, context)));
        answers.codes("location")
                .forEach(location ->
                        facts.add(flag("admin", "Located on arrival: " + location.replace('-', ' '), context)));
        return facts;
    }

    private static Condition condition(ScreenQuestionnaires.Item item, Context context) {
        Condition condition = new Condition();
        condition.setClinicalStatus(new CodeableConcept(new Coding(CLINICAL_STATUS, "active", "Active")));
        condition.setVerificationStatus(new CodeableConcept(new Coding(VERIFICATION, "unconfirmed", "Unconfirmed")));
        condition.addCategory(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/condition-category", "problem-list-item", "Problem List Item")));
        condition.setCode(new CodeableConcept(new Coding(ScreenQuestionnaires.SNOMED, item.snomed(), item.display())));
        condition.setSubject(context.patient());
        condition.setEncounter(context.stay());
        condition.addEvidence().addDetail(new Reference("QuestionnaireResponse/" + context.responseId()));
        return condition;
    }

    private static List<Resource> allergies(Answers answers, Context context) {
        List<Resource> allergies = new ArrayList<>();
        if (answers.no("allergies")) {
            allergies.add(allergy(
                    new CodeableConcept(new Coding(ScreenQuestionnaires.SNOMED, "716186003", "No known allergy")),
                    context));
        }
        answers.texts("allergy-substance")
                .forEach(substance -> allergies.add(allergy(new CodeableConcept().setText(substance), context)));
        return allergies;
    }

    private static AllergyIntolerance allergy(CodeableConcept code, Context context) {
        AllergyIntolerance allergy = new AllergyIntolerance();
        allergy.setClinicalStatus(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")));
        allergy.setVerificationStatus(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
                "unconfirmed",
                "Unconfirmed")));
        allergy.setCode(code);
        allergy.setPatient(context.patient());
        allergy.setEncounter(context.stay());
        return allergy;
    }

    private static MedicationStatement medicine(String text, Context context) {
        MedicationStatement statement = new MedicationStatement();
        statement.setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE);
        statement.setMedication(new CodeableConcept().setText(text));
        statement.setSubject(context.patient());
        statement.setContext(context.stay());
        statement.setInformationSource(context.patient());
        return statement;
    }

    private static List<Resource> alerts(Answers answers, Context context) {
        List<Resource> alerts = new ArrayList<>();
        if (answers.yes("alcohol-dependence")) {
            alerts.add(flag("clinical", "Alcohol withdrawal risk: monitor for withdrawal in the first days", context));
        }
        if (answers.yes("opiate-dependence")) {
            alerts.add(flag("clinical", "Opiate withdrawal risk: substance misuse team to review", context));
        }
        if (answers.yes("epilepsy")) {
            alerts.add(flag("clinical", "Epilepsy: seizure risk; anti-epileptic doses must not be missed", context));
        }
        if (answers.yes("self-harm-history") || answers.yes("suicidal-thoughts")) {
            // Shared with prison staff (category safety): self-harm risk is managed with them (ACCT).
            alerts.add(flag("safety", "Risk to self: see healthcare and any open ACCT", context));
        }
        return alerts;
    }

    private static Set<String> referrals(Answers answers) {
        Set<String> codes = new LinkedHashSet<>(answers.codes("urgent-referral"));
        if (answers.yes("alcohol-dependence") || answers.yes("opiate-dependence") || answers.yes("ost-in-community")) {
            codes.add("substance-misuse");
        }
        if (answers.yes("suicidal-thoughts")) {
            codes.add("mental-health");
        }
        return codes;
    }

    private static ServiceRequest referral(String code, Context context) {
        ServiceRequest request = new ServiceRequest();
        request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.setPriority(ServiceRequest.ServiceRequestPriority.URGENT);
        request.setCode(new CodeableConcept(
                new Coding(ScreenQuestionnaires.REFERRALS, code, "Urgent referral: " + code.replace('-', ' '))));
        request.setSubject(context.patient());
        request.setEncounter(context.stay());
        request.addSupportingInfo(new Reference("QuestionnaireResponse/" + context.responseId()));
        return request;
    }

    public static Flag flag(String category, String text, Context context) {
        Flag flag = new Flag();
        flag.setStatus(Flag.FlagStatus.ACTIVE);
        flag.addCategory(new CodeableConcept(new Coding(FLAG_CATEGORY, category, category)));
        flag.setCode(new CodeableConcept().setText(text));
        flag.setSubject(context.patient());
        flag.setEncounter(context.stay());
        return flag;
    }
}

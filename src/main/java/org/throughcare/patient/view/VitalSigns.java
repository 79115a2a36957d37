package org.throughcare.patient.view;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Type;
import org.throughcare.patient.RecordSummary;

/** Observations as the summary lists them: name, value with its units, when taken (London time). */
public final class VitalSigns {

    private VitalSigns() {}

    public static RecordSummary.Observation item(Observation observation) {
        String when = observation.hasEffectiveDateTimeType()
                ? ClinicalText.display(observation.getEffectiveDateTimeType())
                : observation.hasEffectivePeriod()
                        ? ClinicalText.display(observation.getEffectivePeriod().getStartElement())
                        : ClinicalText.display(observation.getIssuedElement());
        String name = ClinicalText.text(observation.getCode());
        return new RecordSummary.Observation(name == null ? "Not named" : name, value(observation), when);
    }

    /** A value with its units; a blood pressure's components as systolic/diastolic. */
    static String value(Observation observation) {
        if (observation.hasValue()) {
            return text(observation.getValue());
        }
        if (observation.hasComponent()) {
            String unit = observation.getComponent().stream()
                    .filter(component -> component.getValue() instanceof Quantity)
                    .map(component -> unit((Quantity) component.getValue()))
                    .findFirst()
                    .orElse("");
            return observation.getComponent().stream()
                            .map(component -> component.getValue() instanceof Quantity quantity
                                    ? number(quantity.getValue())
                                    : text(component.getValue()))
                            .collect(Collectors.joining("/"))
                    + (unit.isEmpty() ? "" : " " + unit);
        }
        return observation.hasDataAbsentReason()
                ? "Not recorded: " + ClinicalText.text(observation.getDataAbsentReason())
                : "No value";
    }

    private static String text(Type value) {
        if (value instanceof Quantity quantity) {
            String unit = unit(quantity);
            return number(quantity.getValue()) + (unit.isEmpty() ? "" : " " + unit);
        }
        if (value instanceof org.hl7.fhir.r4.model.CodeableConcept concept) {
            return ClinicalText.text(concept);
        }
        return value == null ? "No value" : value.primitiveValue();
    }

    /** The human unit: the unit as written, else the UCUM code (mm[Hg] shown as mmHg). */
    private static String unit(Quantity quantity) {
        String unit = quantity.hasUnit() ? quantity.getUnit() : quantity.getCode();
        return unit == null ? "" : unit.replace("mm[Hg]", "mmHg");
    }

    private static String number(BigDecimal value) {
        return value == null ? "?" : value.stripTrailingZeros().toPlainString();
    }
}

package org.throughcare.patient;

import java.util.Locale;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;

/** Administrative sex as recorded (FHIR administrative gender), used in matching. */
public enum Sex {
    MALE,
    FEMALE,
    OTHER,
    UNKNOWN;

    public AdministrativeGender fhir() {
        return AdministrativeGender.fromCode(name().toLowerCase(Locale.ROOT));
    }

    /** From a FHIR code (male, female, other, unknown); anything else is refused. */
    public static Sex ofCode(String code) {
        for (Sex sex : values()) {
            if (sex.name().equalsIgnoreCase(code)) {
                return sex;
            }
        }
        throw new IllegalArgumentException("sex must be male, female, other or unknown");
    }

    static Sex of(AdministrativeGender gender) {
        return gender == null || gender == AdministrativeGender.NULL ? UNKNOWN : ofCode(gender.toCode());
    }
}

package org.throughcare.patient.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;

class ClinicalTextTest {

    @Test
    void datesShowNoMorePrecisionThanRecorded() {
        assertThat(ClinicalText.display(new DateTimeType("2019"))).isEqualTo("2019");
        assertThat(ClinicalText.display(new DateTimeType("2019-09"))).isEqualTo("Sep-2019");
        assertThat(ClinicalText.display(new DateTimeType("2019-09-03"))).isEqualTo("03-Sep-2019");
    }

    @Test
    void timesAreShownInLondonTimeWhateverZoneTheyWereStoredIn() {
        assertThat(ClinicalText.display(new DateTimeType("2026-07-01T13:05:00Z")))
                .isEqualTo("01-Jul-2026 14:05");
        assertThat(ClinicalText.display(new DateTimeType("2026-01-01T13:05:00Z")))
                .isEqualTo("01-Jan-2026 13:05");
        assertThat(ClinicalText.display(new DateTimeType("2026-03-29T00:30:00Z")))
                .isEqualTo("29-Mar-2026 00:30");
    }

    @Test
    void aDateOfBirthIsNeverShiftedByATimeZone() {
        assertThat(ClinicalText.date(new DateType("1985-04-12"))).isEqualTo(LocalDate.of(1985, 4, 12));
    }

    @Test
    void vitalSignsKeepTheirUnitsAndBloodPressureReadsSystolicOverDiastolic() {
        Observation pulse =
                new Observation().setValue(new Quantity().setValue(72).setUnit("beats/minute"));
        Observation pressure = new Observation();
        pressure.addComponent().setValue(new Quantity().setValue(128).setCode("mm[Hg]"));
        pressure.addComponent().setValue(new Quantity().setValue(82).setCode("mm[Hg]"));

        assertThat(VitalSigns.value(pulse)).isEqualTo("72 beats/minute");
        assertThat(VitalSigns.value(pressure)).isEqualTo("128/82 mmHg");
    }

    @Test
    void agesAreInYearsAndForTheVeryYoungInMonthsOrWeeks() {
        LocalDate today = LocalDate.of(2026, 11, 28);

        assertThat(Identities.age(LocalDate.of(1985, 4, 12), today)).isEqualTo("41 years");
        assertThat(Identities.age(LocalDate.of(2025, 5, 1), today)).isEqualTo("18 months");
        assertThat(Identities.age(LocalDate.of(2026, 11, 1), today)).isEqualTo("3 weeks");
    }
}

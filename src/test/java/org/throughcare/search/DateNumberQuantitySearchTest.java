package org.throughcare.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aPatient;

import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.SearchHttp;

@IntegrationTest
class DateNumberQuantitySearchTest {

    @LocalServerPort
    int port;

    FhirHttp fhir;
    SearchHttp search;
    String system;
    String patient;

    @BeforeEach
    void setUp() {
        fhir = new FhirHttp(port);
        search = new SearchHttp(fhir);
        system = SearchHttp.uniqueSystem();
        patient = fhir.post("/Patient", aPatient().build()).send().createdId();
    }

    private String observation(org.hl7.fhir.r4.model.Type effective, Quantity value) {
        Observation observation = new Observation();
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.getCode().addCoding().setSystem(system).setCode("x");
        observation.setSubject(new Reference("Patient/" + patient));
        observation.setEffective(effective);
        observation.setValue(value);
        return fhir.post("/Observation", observation).send().createdId();
    }

    private String at(String dateTime) {
        return observation(new DateTimeType(dateTime), null);
    }

    private java.util.List<String> dates(String criteria) {
        return search.ids("/Observation?code=" + system + "|x&" + criteria);
    }

    @Test
    void equalsMeansWithinTheSearchValuesPrecision() {
        String morning = at("2024-03-10T09:15:00Z");
        String evening = at("2024-03-10T20:45:30Z");
        String nextDay = at("2024-03-11T09:00:00Z");

        assertThat(dates("date=2024-03-10")).containsExactlyInAnyOrder(morning, evening);
        assertThat(dates("date=eq2024-03")).containsExactlyInAnyOrder(morning, evening, nextDay);
        assertThat(dates("date=2024")).hasSize(3);
        assertThat(dates("date=2024-03-10T09:15")).containsExactly(morning);
        assertThat(dates("date=2024-03-10T09:15:00Z")).containsExactly(morning);
        assertThat(dates("date=ne2024-03-10")).containsExactly(nextDay);
    }

    @Test
    void comparisonPrefixesOnPreciseValues() {
        String first = at("2024-01-01T12:00:00Z");
        String second = at("2024-01-02T12:00:00Z");
        String third = at("2024-01-03T12:00:00Z");

        assertThat(dates("date=gt2024-01-02")).containsExactly(third);
        assertThat(dates("date=ge2024-01-02")).containsExactlyInAnyOrder(second, third);
        assertThat(dates("date=lt2024-01-02")).containsExactly(first);
        assertThat(dates("date=le2024-01-02")).containsExactlyInAnyOrder(first, second);
        assertThat(dates("date=sa2024-01-01")).containsExactlyInAnyOrder(second, third);
        assertThat(dates("date=eb2024-01-03")).containsExactlyInAnyOrder(first, second);
        assertThat(dates("date=ge2024-01-02&date=le2024-01-02")).containsExactly(second);
        assertThat(dates("date=ap2024-01-02")).contains(second);
    }

    @Test
    void timeZonesAreHonouredAndDatesWithoutOneAreLondonDays() {
        // 23:30 at UTC-2 on the 1st is 01:30 UTC on the 2nd: a London day of the 2nd (GMT in January).
        String lateEvening = at("2024-01-01T23:30:00-02:00");
        // 00:30 BST on 1 July is 23:30 UTC on 30 June, but a London day of 1 July.
        String summerNight = at("2024-07-01T00:30:00+01:00");

        assertThat(dates("date=2024-01-02")).containsExactly(lateEvening);
        assertThat(dates("date=2024-01-01")).isEmpty();
        assertThat(dates("date=2024-07-01")).containsExactly(summerNight);
        assertThat(dates("date=2024-06-30")).isEmpty();
        assertThat(dates("date=ge2024-01-01T23:30:00-02:00&date=le2024-01-02T01:30:00Z"))
                .containsExactly(lateEvening);
    }

    @Test
    void partialDatesInTheResourceAreRanges() {
        String family = "Partial" + System.nanoTime();
        Patient yearOnly = aPatient().withFamilyName(family).build();
        yearOnly.setBirthDateElement(new DateType("1985"));
        String year = fhir.post("/Patient", yearOnly).send().createdId();
        Patient fullDate = aPatient().withFamilyName(family).build();
        fullDate.setBirthDateElement(new DateType("1985-04-12"));
        String day = fhir.post("/Patient", fullDate).send().createdId();

        String base = "/Patient?family=" + family + "&birthdate=";
        assertThat(search.ids(base + "1985")).containsExactlyInAnyOrder(year, day);
        // "Born in 1985" is not known to be "born in April 1985".
        assertThat(search.ids(base + "1985-04")).containsExactly(day);
        assertThat(search.ids(base + "gt1985-04")).containsExactly(year);
        assertThat(search.ids(base + "lt1985-04")).containsExactly(year);
        assertThat(search.ids(base + "1985-04-13")).isEmpty();
    }

    @Test
    void periodsMatchByOverlapAndOpenEndsReachForever() {
        String closed = observation(
                new Period()
                        .setStartElement(new DateTimeType("2024-02-01T00:00:00Z"))
                        .setEndElement(new DateTimeType("2024-02-10T00:00:00Z")),
                null);
        String open = observation(new Period().setStartElement(new DateTimeType("2024-02-05T00:00:00Z")), null);

        assertThat(dates("date=gt2024-02-08")).containsExactlyInAnyOrder(closed, open);
        assertThat(dates("date=gt2024-12-31")).containsExactly(open);
        assertThat(dates("date=lt2024-02-03")).containsExactly(closed);
        assertThat(dates("date=eq2024-02")).containsExactly(closed);
    }

    @Test
    void malformedDatesAndPrefixesAreBadRequests() {
        assertThat(search.status("/Observation?date=2024-13-01")).isEqualTo(400);
        assertThat(search.status("/Observation?date=yesterday")).isEqualTo(400);
        assertThat(search.status("/Observation?date=xx2024")).isEqualTo(400);
        assertThat(search.status("/Observation?value-quantity=gtlots")).isEqualTo(400);
    }

    @Test
    void lastUpdatedSearchesVersionTimes() throws InterruptedException {
        String before = at("2024-01-01T00:00:00Z");
        Thread.sleep(30);
        String since = new org.hl7.fhir.r4.model.InstantType(new java.util.Date())
                .getValueAsString()
                .replace("+", "%2B");
        Thread.sleep(30);
        String after = at("2024-01-01T00:00:00Z");

        assertThat(dates("_lastUpdated=gt" + since)).containsExactly(after);
        assertThat(dates("_lastUpdated=lt" + since)).containsExactly(before);
    }

    @Test
    void quantitiesWithPrefixesAndUnits() {
        String seventy = observation(null, ucum(70, "/min"));
        String seventyTwo = observation(null, ucum(72.5, "/min"));
        String grams = observation(null, ucum(72, "g"));

        assertThat(dates("value-quantity=72.5")).containsExactly(seventyTwo);
        assertThat(dates("value-quantity=gt71")).containsExactlyInAnyOrder(seventyTwo, grams);
        assertThat(dates("value-quantity=gt71|http://unitsofmeasure.org|/min")).containsExactly(seventyTwo);
        assertThat(dates("value-quantity=le72||g")).containsExactly(grams);
        assertThat(dates("value-quantity=lt72.5")).containsExactlyInAnyOrder(seventy, grams);
        // 72 means 71.5 up to 72.5 at that precision.
        assertThat(dates("value-quantity=72")).containsExactly(grams);
        assertThat(dates("value-quantity=ap70")).containsExactlyInAnyOrder(seventy, seventyTwo, grams);
        assertThat(dates("value-quantity=ne72.5")).containsExactlyInAnyOrder(seventy, grams);
    }

    @Test
    void numbersWithImplicitPrecision() {
        String high = riskAssessment("0.35");
        String low = riskAssessment("0.3");

        String base = "/RiskAssessment?subject=Patient/" + patient + "&probability=";
        assertThat(search.ids(base + "0.35")).containsExactly(high);
        assertThat(search.ids(base + "0.3")).containsExactly(low);
        // "0.4" covers 0.35 up to 0.45.
        assertThat(search.ids(base + "0.4")).containsExactly(high);
        assertThat(search.ids(base + "gt0.3")).containsExactly(high);
        assertThat(search.ids(base + "le0.35")).containsExactlyInAnyOrder(high, low);
    }

    private String riskAssessment(String probability) {
        return fhir.post(
                        "/RiskAssessment",
                        "{\"resourceType\":\"RiskAssessment\",\"status\":\"final\",\"subject\":{\"reference\":\"Patient/"
                                + patient + "\"},\"prediction\":[{\"probabilityDecimal\":" + probability + "}]}")
                .send()
                .createdId();
    }

    private static Quantity ucum(double value, String code) {
        return new Quantity()
                .setValue(value)
                .setUnit(code)
                .setSystem("http://unitsofmeasure.org")
                .setCode(code);
    }
}

package org.throughcare.bench.scenario;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import org.throughcare.bench.data.LoadedPatients.Row;
import org.throughcare.bench.data.NhsNumbers;

/**
 * The requests a clinician's screen makes about one patient (issue 3's mixed workload), each as a
 * FHIR R4 URL built from standard search parameters only. Searches ask for pages of 20.
 */
enum ClinicianQuery {
    READ_PATIENT("read patient") {
        @Override
        String url(Row p, RandomGenerator r) {
            return "Patient/" + p.id();
        }
    },
    OBSERVATIONS_BY_CODE("observations by patient and code") {
        @Override
        String url(Row p, RandomGenerator r) {
            String code = VITAL_CODES.get(r.nextInt(VITAL_CODES.size()));
            return "Observation?patient=" + p.id() + "&code=" + encode("http://loinc.org|" + code) + PAGE;
        }
    },
    VITALS_BY_DATE("vital signs by date range") {
        @Override
        String url(Row p, RandomGenerator r) {
            LocalDate to = LocalDate.now().minusDays(r.nextInt(365));
            return "Observation?patient=" + p.id() + "&category=vital-signs&date=ge" + to.minusYears(2) + "&date=lt"
                    + to + PAGE;
        }
    },
    ACTIVE_CONDITIONS("active conditions") {
        @Override
        String url(Row p, RandomGenerator r) {
            return "Condition?patient=" + p.id() + "&clinical-status=active" + PAGE;
        }
    },
    ACTIVE_MEDICATIONS("active medications") {
        @Override
        String url(Row p, RandomGenerator r) {
            return "MedicationRequest?patient=" + p.id() + "&status=active" + PAGE;
        }
    },
    ENCOUNTERS_BY_DATE("encounters sorted by date") {
        @Override
        String url(Row p, RandomGenerator r) {
            return "Encounter?patient=" + p.id() + "&_sort=-date" + PAGE;
        }
    },
    PATIENT_BY_NAME("patient by name") {
        @Override
        String url(Row p, RandomGenerator r) {
            return "Patient?family=" + encode(p.family()) + "&given=" + encode(p.given()) + PAGE;
        }
    },
    PATIENT_BY_NHS_NUMBER("patient by NHS number") {
        @Override
        String url(Row p, RandomGenerator r) {
            return "Patient?identifier=" + encode(NhsNumbers.SYSTEM + "|" + p.nhsNumber());
        }
    },
    ALLERGIES("allergies") {
        @Override
        String url(Row p, RandomGenerator r) {
            return "AllergyIntolerance?patient=" + p.id() + PAGE;
        }
    };

    /** Body height, body weight, BMI, blood pressure panel, heart rate, pain severity (LOINC). */
    private static final List<String> VITAL_CODES =
            List.of("8302-2", "29463-7", "39156-5", "85354-9", "8867-4", "72514-3");

    private static final String PAGE = "&_count=20";

    private final String label;

    ClinicianQuery(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    boolean isSearch() {
        return this != READ_PATIENT;
    }

    abstract String url(Row patient, RandomGenerator random);

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

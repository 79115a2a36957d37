package org.throughcare.patient;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.throughcare.patient.pds.PdsClient;
import org.throughcare.record.Interaction;
import org.throughcare.record.RecordAccessGuard;
import org.throughcare.shared.NhsNumber;

/**
 * Tracing people in the national Personal Demographics Service: by NHS number, or by name, date of
 * birth and sex. Allowed to whoever may register patients (the access matrix's create on Patient).
 * Nothing is stored: the caller decides what to record, and a restricted record's address never
 * leaves this service. Throws {@link PdsException} when PDS is not configured or cannot answer.
 */
@Service
public class NationalDemographics {

    private final PdsClient pds;
    private final RecordAccessGuard guard;

    NationalDemographics(PdsClient pds, RecordAccessGuard guard) {
        this.pds = pds;
        this.guard = guard;
    }

    /** Whether a PDS endpoint is configured; without one, identities are recorded by hand. */
    public boolean configured() {
        return pds.configured();
    }

    public Optional<TracedPerson> read(NhsNumber nhsNumber) {
        guard.open(Interaction.CREATE, "Patient");
        return Optional.ofNullable(pds.read(nhsNumber.value()));
    }

    /** A PDS search (exact on date of birth, PDS's default fuzzy matching on names). */
    public List<TracedPerson> search(String family, String given, LocalDate birthDate, Sex sex) {
        guard.open(Interaction.CREATE, "Patient");
        Map<String, String> query = new LinkedHashMap<>();
        query.put("family", family);
        if (given != null) {
            query.put("given", given);
        }
        if (sex != null && sex != Sex.UNKNOWN) {
            query.put("gender", sex.name().toLowerCase(java.util.Locale.ROOT));
        }
        query.put("birthdate", "eq" + birthDate);
        query.put("_max-results", "10");
        return pds.search(query);
    }
}

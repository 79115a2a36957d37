package org.throughcare.custody;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import org.throughcare.shared.EstablishmentCode;

/**
 * A place of detention, kept in the record as an Organization (the establishment) and a Location
 * (its site) with the same id, and a prison GP practice Organization ({@code <id>-healthcare}).
 *
 * @param id the logical id of its Organization and Location ({@code hmp-leeds})
 * @param code its NOMIS agency code, or a local code
 * @param name its name ({@code HMP Leeds})
 * @param kind prison, YOI, secure training centre, secure children's home or IRC
 * @param population who it holds
 * @param region the NHS England region that commissions its healthcare
 * @param town where it is
 * @param providerCode the healthcare provider serving it (providers.csv), or null when not known
 * @param active false once retired: kept for the history that refers to it, offered for nothing new
 */
public record Establishment(
        String id,
        EstablishmentCode code,
        String name,
        EstablishmentKind kind,
        Population population,
        NhsRegion region,
        String town,
        String providerCode,
        boolean active) {

    public Establishment {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(region, "region");
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name must be 1 to 200 characters");
        }
        if (town != null && town.length() > 100) {
            throw new IllegalArgumentException("town must be at most 100 characters");
        }
        if (providerCode != null && !providerCode.matches("[A-Z0-9]{1,20}")) {
            throw new IllegalArgumentException("provider must be a provider code (A-Z, 0-9)");
        }
        if (id == null) {
            id = idFor(name);
        }
    }

    /** The id a new establishment gets: its name in lower case with hyphens ({@code hmp-leeds}). */
    public static String idFor(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 50 ? slug.substring(0, 50) : slug;
    }

    /** The id of its prison GP practice Organization. */
    public String practiceId() {
        return id + "-healthcare";
    }

    /** The same establishment, retired. */
    public Establishment retired() {
        return new Establishment(id, code, name, kind, population, region, town, providerCode, false);
    }
}

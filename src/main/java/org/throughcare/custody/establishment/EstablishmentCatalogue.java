package org.throughcare.custody.establishment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.throughcare.custody.Coded;
import org.throughcare.custody.Establishment;
import org.throughcare.custody.EstablishmentKind;
import org.throughcare.custody.NhsRegion;
import org.throughcare.custody.Population;
import org.throughcare.shared.EstablishmentCode;

/**
 * The establishments and healthcare providers kept in the project (resources {@code
 * custody/establishments.csv} and {@code custody/providers.csv}): comma-separated, a header line,
 * lines starting with {@code #} are comments, no quoting (names contain no commas).
 */
public final class EstablishmentCatalogue {

    private final List<Establishment> establishments;
    private final List<Providers.Provider> providers;

    private EstablishmentCatalogue(List<Establishment> establishments, List<Providers.Provider> providers) {
        this.establishments = List.copyOf(establishments);
        this.providers = List.copyOf(providers);
    }

    /** The catalogue on the class path; a malformed line stops start-up, naming the line. */
    public static EstablishmentCatalogue load() {
        List<Providers.Provider> providers = rows("custody/providers.csv", 3).stream()
                .map(cells -> new Providers.Provider(cells[0], cells[1], blankToNull(cells[2])))
                .toList();
        Set<String> providerCodes =
                providers.stream().map(Providers.Provider::code).collect(Collectors.toSet());
        List<Establishment> establishments = new ArrayList<>();
        for (String[] cells : rows("custody/establishments.csv", 7)) {
            establishments.add(establishment(cells, providerCodes));
        }
        return new EstablishmentCatalogue(establishments, providers);
    }

    public List<Establishment> establishments() {
        return establishments;
    }

    List<Providers.Provider> providers() {
        return providers;
    }

    private static Establishment establishment(String[] cells, Set<String> providerCodes) {
        String provider = blankToNull(cells[6]);
        if (provider != null && !providerCodes.contains(provider)) {
            throw new IllegalArgumentException("unknown provider " + provider);
        }
        return new Establishment(
                null,
                new EstablishmentCode(cells[0]),
                cells[1],
                Coded.require(EstablishmentKind.class, cells[2], "kind"),
                Coded.require(Population.class, cells[3], "population"),
                Coded.require(NhsRegion.class, cells[4], "region"),
                blankToNull(cells[5]),
                provider,
                true);
    }

    private static List<String[]> rows(String resource, int columns) {
        var stream = EstablishmentCatalogue.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException(resource + " is missing from the class path");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            boolean header = true;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + " line " + number + ": expected " + columns + " cells");
                }
                if (!header) {
                    rows.add(cells);
                }
                header = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

package org.throughcare.bench.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The patients ingest stored on one server, by the id the server gave them, with the identity the
 * clinician workload searches by. Kept as a TSV file beside that server's results so the read
 * scenarios need no search to find their patients.
 */
public final class LoadedPatients {

    /** One stored patient. */
    public record Row(String id, String nhsNumber, String family, String given) {

        String line() {
            return String.join("\t", id, nhsNumber, family, given);
        }

        static Row parse(String line) {
            String[] f = line.split("\t", -1);
            return new Row(f[0], f[1], f[2], f[3]);
        }
    }

    private LoadedPatients() {}

    public static void write(Path file, List<Row> rows) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, rows.stream().map(Row::line).toList());
    }

    /** Reads the file, or explains that ingest has to run first. */
    public static List<Row> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IllegalStateException("No loaded patients in " + file + ": run the ingest scenario first");
        }
        List<Row> rows = Files.readAllLines(file).stream()
                .filter(l -> !l.isBlank())
                .map(Row::parse)
                .toList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("No patients were loaded (" + file + " is empty): did ingest fail?");
        }
        return rows;
    }
}

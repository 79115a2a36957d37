package org.throughcare.bench.data;

import java.nio.file.Path;

/**
 * One patient's transaction bundle in the data set: how many entries it has, which entry is the
 * Patient, and the identity the clinician workload searches by.
 */
public record PatientFile(Path path, int entries, int patientEntry, String nhsNumber, String family, String given) {

    PatientFile(String name, int entries, int patientEntry, String nhsNumber, String family, String given) {
        this(Path.of(name), entries, patientEntry, nhsNumber, family, given);
    }

    String line() {
        return String.join(
                "\t",
                path.getFileName().toString(),
                Integer.toString(entries),
                Integer.toString(patientEntry),
                nhsNumber,
                family,
                given);
    }

    static PatientFile parse(String line, Path folder) {
        String[] f = line.split("\t", -1);
        return new PatientFile(folder.resolve(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4], f[5]);
    }
}

package org.throughcare.audit;

/**
 * The result of checking the audit hash chain.
 *
 * @param intact true when every row is present, in order and unaltered
 * @param rowsChecked how many rows were read
 * @param firstBadSeq the sequence number of the first missing or altered row, or null
 * @param problem what is wrong with it, or null
 */
public record AuditChainReport(boolean intact, long rowsChecked, Long firstBadSeq, String problem) {

    public String describe() {
        return intact
                ? "Audit chain intact: " + rowsChecked + " rows"
                : "Audit chain broken at row " + firstBadSeq + ": " + problem + " (" + rowsChecked + " rows read)";
    }
}

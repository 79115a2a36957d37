package org.throughcare.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 over the previous row's hash and every column of the row, each field length-prefixed so
 * no two different rows hash alike. The first row follows 32 zero bytes.
 */
public final class ChainHash {

    public static final byte[] GENESIS = new byte[32];

    private ChainHash() {}

    public static byte[] of(byte[] previous, AuditRow row) {
        MessageDigest digest = sha256();
        digest.update(previous);
        field(digest, Long.toString(row.seq()));
        field(digest, row.recorded().toString());
        field(digest, row.patientId());
        field(digest, row.agentId());
        field(digest, row.action());
        field(digest, row.outcome());
        field(digest, row.subtype());
        field(digest, row.event());
        return digest.digest();
    }

    private static void field(MessageDigest digest, String value) {
        if (value == null) {
            digest.update((byte) 0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        digest.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

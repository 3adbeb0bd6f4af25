package cn.luzhi.command.ballot;

import cn.luzhi.events.ballot.BallotId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Ballot paper codes of a secret ballot: {@code r.mac}, both base64url without padding, where {@code r} is
 * 128 random bits and {@code mac} is HMAC-SHA256 under the ballot's key of the ballot id's UTF-8 bytes
 * followed by the bytes of {@code r} ({@code r} has a fixed length, so the input is unambiguous).
 * The code goes to the deputy only; events carry just {@link #hashOf(byte[]) the hash of r}, which proves a
 * paper was used once and cannot be traced back to the check-in that issued it.
 */
final class BallotPapers {

    static final int RANDOM_BYTES = 16;
    private static final int MAC_BYTES = 32;
    private static final String MAC_ALGORITHM = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private BallotPapers() {
    }

    /** A fresh paper code for the ballot. */
    static String issue(byte[] key, BallotId ballotId) {
        byte[] r = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(r);
        return ENCODER.encodeToString(r) + "." + ENCODER.encodeToString(mac(key, ballotId, r));
    }

    /** The paper's hash when the code was issued for this ballot under this key, empty otherwise. */
    static Optional<String> verify(byte[] key, BallotId ballotId, String code) {
        int dot = code.indexOf('.');
        if (dot < 0 || code.indexOf('.', dot + 1) >= 0) {
            return Optional.empty();
        }
        byte[] r;
        byte[] presented;
        try {
            r = DECODER.decode(code.substring(0, dot));
            presented = DECODER.decode(code.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (r.length != RANDOM_BYTES || presented.length != MAC_BYTES) {
            return Optional.empty();
        }
        // Constant-time, so response times do not reveal how much of a forged MAC was right.
        if (!MessageDigest.isEqual(mac(key, ballotId, r), presented)) {
            return Optional.empty();
        }
        return Optional.of(hashOf(r));
    }

    /** SHA-256 of the paper's random part, in lower-case hex: what {@code VoteCast} records. */
    static String hashOf(byte[] r) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(r));
        } catch (GeneralSecurityException missingFromJre) {
            throw new IllegalStateException(missingFromJre);
        }
    }

    static byte[] mac(byte[] key, BallotId ballotId, byte[] r) {
        try {
            Mac mac = Mac.getInstance(MAC_ALGORITHM);
            mac.init(new SecretKeySpec(key, MAC_ALGORITHM));
            mac.update(ballotId.value().getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(r);
        } catch (GeneralSecurityException missingFromJre) {
            throw new IllegalStateException(missingFromJre);
        }
    }
}

package cn.luzhi.command.intake;

import cn.luzhi.command.web.InvalidCommand;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key K the intake page sends as {@code Idempotency-Key} with a submission: at least 128 random bits the
 * page drew, base64url. The server stores only {@link #sha256()} and seals the answer under another hash of K,
 * so whoever reads the database finds the row but cannot open it; a retry holding K can. {@code toString}
 * hides the key, which must never reach a log.
 */
final class SubmissionKey {

    static final String HEADER = "Idempotency-Key";
    /** 22 base64url characters are 132 bits; the page sends more. */
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{22,128}");
    private static final String SEALING_CONTEXT = "luzhi-intake-receipt";
    private static final String FINGERPRINT_CONTEXT = "luzhi-intake-request";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private SubmissionKey(String value) {
        this.value = value;
    }

    /** The header's key, or a 400 naming the header when it cannot be one. */
    static SubmissionKey of(String header) {
        if (header == null || !FORMAT.matcher(header).matches()) {
            throw new InvalidCommand(HEADER, "提交编号须为22至128位 base64url 字符（字母、数字、- 或 _）");
        }
        return new SubmissionKey(header);
    }

    /** What identifies the submission in the database. */
    String sha256() {
        return HexFormat.of().formatHex(digest(value.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The text sealed with AES-GCM under SHA-256("luzhi-intake-receipt" + K): a fresh nonce, then ciphertext. */
    byte[] seal(String text, String boundTo) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, boundTo, text.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    /** The sealed text back; fails when it was not sealed with this key for {@code boundTo}. */
    String open(byte[] sealed, String boundTo) {
        byte[] nonce = Arrays.copyOf(sealed, NONCE_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length);
        return new String(crypt(Cipher.DECRYPT_MODE, nonce, boundTo, ciphertext), StandardCharsets.UTF_8);
    }

    /**
     * A fingerprint of a request's fields, each length-prefixed so that no two requests run together: an
     * HMAC-SHA256 under another hash of K, so that a reader of the table cannot test guessed phone or ID numbers
     * against it, as they could against a plain hash.
     */
    String fingerprint(List<String> fields) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(digest((FINGERPRINT_CONTEXT + value).getBytes(StandardCharsets.US_ASCII)),
                    "HmacSHA256"));
            for (String field : fields) {
                byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
                mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(field == null ? -1 : bytes.length).array());
                mac.update(bytes);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    private byte[] crypt(int mode, byte[] nonce, String boundTo, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            byte[] key = digest((SEALING_CONTEXT + value).getBytes(StandardCharsets.US_ASCII));
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot " + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open")
                    + " an intake answer", e);
        }
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "SubmissionKey[***]";
    }
}

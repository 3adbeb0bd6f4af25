package cn.luzhi.command.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Receipt codes (回执码): 28 characters drawn uniformly from 30 that cannot be mistaken for one another (no 0/O,
 * 1/I/L, nor U), which is 28 x log2(30) = 137 random bits, shown in seven groups of four. The code is the only key
 * to a citizen's case, so only its SHA-256 is stored; a code typed in lower case, with spaces or without
 * hyphens finds the same case.
 */
final class ReceiptCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 28;
    private static final int GROUP = 4;

    private final SecureRandom random = new SecureRandom();

    /** A fresh code in its readable form, e.g. {@code K7QM-2XHV-...}. */
    String next() {
        StringBuilder code = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code's characters without separators, upper case; empty when it cannot be a receipt code. */
    static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 2 * LENGTH) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (compact.length() != LENGTH || !compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(compact);
    }

    /** What is stored for a normalized code. */
    static String sha256(String normalized) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalized.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

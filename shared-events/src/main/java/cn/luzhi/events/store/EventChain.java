package cn.luzhi.events.store;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tamper-evidence chain, computed in one place for the writer (command side) and the verifier (query side).
 * <p>
 * Each event's link is {@code HMAC-SHA256(key, link of the previous event of the same aggregate ‖ the event's
 * stored row)}, with {@link #ZERO_LINK} before sequence 0. Keyed, because someone with SQL access could compute
 * an unkeyed hash for a forged event just as well; per aggregate, because appends are already serialized per
 * aggregate by the (aggregate, sequence) constraint, so nodes need no global lock to extend their chain.
 * <p>
 * Fields are length-prefixed (a null is length -1), so no two different rows can give the same bytes.
 */
public final class EventChain {

    /** The link before an aggregate's first event. */
    public static final byte[] ZERO_LINK = new byte[32];
    private static final byte[] LINK_DOMAIN = "luzhi-event-chain/v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DIGEST_DOMAIN = "luzhi-chain-checkpoint/v1".getBytes(StandardCharsets.US_ASCII);

    private EventChain() {
    }

    /** The link of {@code event}, given the link of its predecessor in the same aggregate. */
    public static byte[] link(byte[] chainKey, byte[] previousLink, StoredEvent event) {
        return linker(chainKey).link(previousLink, event);
    }

    /** A reusable link computer for one key: for computing many links (not thread-safe). */
    public static Linker linker(byte[] chainKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(chainKey, "HmacSHA256"));
            return new Linker(mac);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Computes links with one initialized HMAC, which each link resets. */
    public static final class Linker {

        private final Mac mac;

        private Linker(Mac mac) {
            this.mac = mac;
        }

        public byte[] link(byte[] previousLink, StoredEvent event) {
            mac.update(LINK_DOMAIN);
            mac.update(previousLink);
            return mac.doFinal(canonicalBytes(event));
        }
    }

    /** The row's fields in a fixed order, each prefixed with its length. */
    static byte[] canonicalBytes(StoredEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        number(out, event.globalIndex());
        text(out, event.eventIdentifier());
        text(out, event.aggregateIdentifier());
        number(out, event.sequenceNumber());
        text(out, event.type());
        text(out, event.timestamp());
        text(out, event.payloadType());
        text(out, event.payloadRevision());
        bytes(out, event.payload());
        bytes(out, event.metaData());
        return out.toByteArray();
    }

    /**
     * A checkpoint's digest: {@code SHA-256(previous checkpoint's digest ‖ up-to index ‖ event count ‖ links of the
     * events after the previous checkpoint up to the index, in global-index order)}. Through the previous digest it
     * covers every link up to the index, while taking a checkpoint only reads the links added since the last one.
     */
    public static Digest digest(byte[] previousDigest, long upToGlobalIndex, long eventCount) {
        return new Digest(previousDigest, upToGlobalIndex, eventCount);
    }

    /** A checkpoint digest being computed; feed it the new links in global-index order. */
    public static final class Digest {

        private final MessageDigest sha256;

        private Digest(byte[] previousDigest, long upToGlobalIndex, long eventCount) {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
            sha256.update(DIGEST_DOMAIN);
            sha256.update(previousDigest);
            sha256.update(ByteBuffer.allocate(16).putLong(upToGlobalIndex).putLong(eventCount).array());
        }

        public void add(byte[] link) {
            sha256.update(link);
        }

        public byte[] finish() {
            return sha256.digest();
        }
    }

    /** Lower-case hexadecimal, as links and digests are printed. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static void number(ByteArrayOutputStream out, long value) {
        out.writeBytes(ByteBuffer.allocate(8).putLong(value).array());
    }

    private static void text(ByteArrayOutputStream out, String value) {
        bytes(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(ByteArrayOutputStream out, byte[] value) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            out.writeBytes(value);
        }
    }
}

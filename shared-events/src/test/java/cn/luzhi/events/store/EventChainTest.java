package cn.luzhi.events.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class EventChainTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private static StoredEvent event(String payload) {
        return new StoredEvent(7, "e-1", "p-1", 0, "Petition", "2026-11-22T02:00:00Z", "cn.luzhi.X", "1",
                payload.getBytes(StandardCharsets.UTF_8), "{\"actorId\":\"u1\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldComputeTheLinkAsHmacSha256OverThePreviousLinkAndTheLengthPrefixedRow() throws Exception {
        StoredEvent event = event("{\"a\":1}");

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        mac.update("luzhi-event-chain/v1".getBytes(StandardCharsets.US_ASCII));
        mac.update(EventChain.ZERO_LINK);
        byte[] expected = mac.doFinal(EventChain.canonicalBytes(event));

        assertThat(EventChain.link(KEY, EventChain.ZERO_LINK, event)).isEqualTo(expected).hasSize(32);
        // The canonical bytes start with the global index (8 bytes) and the length-prefixed event id.
        assertThat(HexFormat.of().formatHex(EventChain.canonicalBytes(event), 0, 15))
                .isEqualTo("0000000000000007" + "00000003" + "652d31");
    }

    @Test
    void shouldChangeTheLinkWhenAnyStoredFieldOrThePredecessorChanges() {
        StoredEvent event = event("{\"a\":1}");
        byte[] link = EventChain.link(KEY, EventChain.ZERO_LINK, event);

        assertThat(EventChain.link(KEY, EventChain.ZERO_LINK, event("{\"a\":2}"))).isNotEqualTo(link);
        assertThat(EventChain.link(KEY, link, event)).isNotEqualTo(link);
        assertThat(EventChain.link(KEY, EventChain.ZERO_LINK, new StoredEvent(7, "e-1", "p-1", 1, "Petition",
                event.timestamp(), event.payloadType(), "1", event.payload(), event.metaData()))).isNotEqualTo(link);
        assertThat(EventChain.link("another-key-another-key-another-k".getBytes(StandardCharsets.US_ASCII),
                EventChain.ZERO_LINK, event)).isNotEqualTo(link);
    }

    @Test
    void shouldGiveTheSameLinksWhenOneLinkerComputesMany() {
        EventChain.Linker linker = EventChain.linker(KEY);
        byte[] first = linker.link(EventChain.ZERO_LINK, event("{\"a\":1}"));
        byte[] second = linker.link(first, event("{\"a\":2}"));

        assertThat(first).isEqualTo(EventChain.link(KEY, EventChain.ZERO_LINK, event("{\"a\":1}")));
        assertThat(second).isEqualTo(EventChain.link(KEY, first, event("{\"a\":2}")));
    }

    @Test
    void shouldKeepNullAndEmptyFieldsApart() {
        StoredEvent withNull = new StoredEvent(1, "e", "a", 0, null, "t", "p", null, new byte[0], null);
        StoredEvent withEmpty = new StoredEvent(1, "e", "a", 0, "", "t", "p", "", new byte[0], new byte[0]);

        assertThat(EventChain.link(KEY, EventChain.ZERO_LINK, withNull))
                .isNotEqualTo(EventChain.link(KEY, EventChain.ZERO_LINK, withEmpty));
    }

    @Test
    void shouldChainCheckpointDigestsThroughThePreviousDigest() {
        byte[] link = EventChain.link(KEY, EventChain.ZERO_LINK, event("{}"));
        EventChain.Digest first = EventChain.digest(EventChain.ZERO_LINK, 7, 1);
        first.add(link);
        byte[] firstDigest = first.finish();

        assertThat(digestOf(EventChain.ZERO_LINK, 7, 1, link)).isEqualTo(firstDigest);
        assertThat(digestOf(EventChain.ZERO_LINK, 7, 2, link)).isNotEqualTo(firstDigest);
        assertThat(digestOf(new byte[32], 8, 1, link)).isNotEqualTo(firstDigest);
        assertThat(digestOf(firstDigest, 7, 1, link)).isNotEqualTo(firstDigest);
    }

    private static byte[] digestOf(byte[] previous, long upTo, long count, byte[]... links) {
        EventChain.Digest digest = EventChain.digest(previous, upTo, count);
        for (byte[] link : links) {
            digest.add(link);
        }
        return digest.finish();
    }
}

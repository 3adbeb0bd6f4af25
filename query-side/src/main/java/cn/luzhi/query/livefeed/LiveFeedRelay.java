package cn.luzhi.query.livefeed;

import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hands a live-feed message to every query node, this one included, through PostgreSQL's NOTIFY on
 * {@link #CHANNEL}. Called inside the projection's transaction: PostgreSQL delivers a notification only when
 * that transaction commits, and never when it rolls back, so a browser that re-fetches on a message always
 * finds the change. {@link LiveFeedListener} on each node passes what arrives to its own WebSocket clients,
 * so a client sees every update whichever node's processor applied it.
 */
@Component
class LiveFeedRelay {

    static final String CHANNEL = "luzhi_live_feed";
    static final String DESTINATION = "destination";
    static final String BODY = "body";
    /** PostgreSQL refuses a notification payload of 8000 bytes or more. */
    private static final int MAX_PAYLOAD_BYTES = 7999;
    private static final Logger LOG = LoggerFactory.getLogger(LiveFeedRelay.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;

    LiveFeedRelay(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void send(String destination, Object message) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put(DESTINATION, destination);
        envelope.set(BODY, json.valueToTree(message));
        String payload = json.writeValueAsString(envelope);
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            // Messages are a few hundred bytes; one this large is a bug, and failing the projection would stop it.
            LOG.error("Live-feed message for {} not sent: {} bytes is over PostgreSQL's notification limit",
                    destination, payload.length());
            return;
        }
        jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL, payload).query().listOfRows();
    }
}

package cn.luzhi.query.livefeed;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Listens on {@link LiveFeedRelay#CHANNEL} with one connection of its own and passes every notification to this
 * node's WebSocket clients. A lost connection is re-opened with a growing pause; what was published meanwhile
 * is not replayed, which clients survive because every message only tells them to re-fetch.
 */
@Component
class LiveFeedListener implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(LiveFeedListener.class);
    private static final int POLL_MILLIS = 500;
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    private final DataSource dataSource;
    private final SimpMessageSendingOperations messages;
    private final JsonMapper json;
    private volatile boolean running;
    private Thread thread;

    LiveFeedListener(DataSource dataSource, SimpMessageSendingOperations messages, JsonMapper json) {
        this.dataSource = dataSource;
        this.messages = messages;
        this.json = json;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::listen, "live-feed-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(POLL_MILLIS * 4L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the processors start, so that nothing they commit at start-up goes unheard on this node. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    private void listen() {
        Duration pause = Duration.ofMillis(POLL_MILLIS);
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + LiveFeedRelay.CHANNEL);
                }
                pause = Duration.ofMillis(POLL_MILLIS);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            deliver(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Live-feed listener lost its database connection; retrying in {} ms: {}",
                        pause.toMillis(), e.getMessage());
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private void deliver(String payload) {
        try {
            JsonNode envelope = json.readTree(payload);
            messages.convertAndSend(envelope.get(LiveFeedRelay.DESTINATION).asString(),
                    envelope.get(LiveFeedRelay.BODY));
        } catch (RuntimeException e) {
            // One bad message must not silence the feed for everyone.
            LOG.error("Live-feed notification could not be delivered", e);
        }
    }

    private void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

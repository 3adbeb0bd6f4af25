package cn.luzhi.query.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.query.support.EventLog;
import cn.luzhi.query.support.Http;
import cn.luzhi.query.support.KnownHistory;
import cn.luzhi.query.support.Projections;
import cn.luzhi.query.support.QuerySideIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

/**
 * A cockpit test on a history of its own, appended on top of the known history once per test JVM (every test
 * shares one application and database), and read back as a leader reads the cockpit.
 */
abstract class CockpitHistoryIT extends QuerySideIntegrationTest {

    /** The global index of each test class's last event, once appended. */
    private static final Map<Class<?>, Long> APPENDED = new HashMap<>();

    Http http;

    @BeforeEach
    void appendTheHistoryOnce() {
        http = new Http(port);
        Projections.awaitProcessed(processing, appendOnce(new EventLog(eventStore, jdbc)));
    }

    private long appendOnce(EventLog log) {
        synchronized (APPENDED) {
            return APPENDED.computeIfAbsent(getClass(), type -> {
                KnownHistory.appendOnce(log);
                return history(log);
            });
        }
    }

    /** Appends the test's own history; returns the global index of its last event. */
    abstract long history(EventLog log);

    /** The cockpit summary as the leader's page asks for it, e.g. {@code "regionId=150102&period=YEAR&year=2024"}. */
    JsonNode summary(String query) {
        Http.Response response = http.get("/api/cockpit/summary?" + query, "leader");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}

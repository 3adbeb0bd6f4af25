package cn.luzhi.query.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Drives projection rebuilds through the admin API, as the administrator does. */
public final class Rebuilding {

    private static final List<String> RUNNING = List.of("COPYING", "CATCHING_UP", "SWITCHING");

    private Rebuilding() {
    }

    /** Starts a rebuild of {@code processor}; returns its id. */
    public static String start(Http http, String processor) {
        Http.Response started = http.post("/api/admin/projections/" + processor + "/rebuild", "admin");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return started.json().get("rebuildId").asString();
    }

    public static JsonNode progress(Http http, String id) {
        Http.Response response = http.get("/api/admin/rebuilds/" + id, "admin");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** Waits for the rebuild to end and checks that it succeeded; returns its final progress. */
    public static JsonNode awaitDone(Http http, String id) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> !RUNNING.contains(progress(http, id).get("phase").asString()));
        JsonNode finished = progress(http, id);
        assertThat(finished.get("phase").asString()).as(finished.toString()).isEqualTo("DONE");
        assertThat(finished.get("phaseLabel").asString()).isEqualTo("完成");
        return finished;
    }
}

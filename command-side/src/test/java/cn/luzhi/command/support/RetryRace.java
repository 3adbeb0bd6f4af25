package cn.luzhi.command.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * Clients that retry one command at the same moment: every racer sends the same body under the same
 * {@code Idempotency-Key}, released together, spread over the nodes given. Every one of them must get the first
 * answer, and the command must run once.
 */
public final class RetryRace {

    private RetryRace() {
    }

    /** Sends {@code racers} identical requests at once, racer i to node i modulo the number of nodes. */
    public static List<Api.Response> run(List<Api> nodes, int racers, String path, String user, String password,
                                         String body, String key) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Api node = nodes.get(i % nodes.size());
                answers.add(threads.submit(() -> {
                    start.await();
                    return node.post(path, user, password, body, "Idempotency-Key", key);
                }));
            }
            start.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                responses.add(answer.get(90, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Exactly one racer ran the command and got {@code firstStatus}; every other one got 200 and the same body
     * marked {@code replayed}. No conflict, no server error.
     */
    public static void assertEveryoneGotTheFirstAnswer(List<Api.Response> responses, int firstStatus) {
        String all = responses.stream().map(response -> response.status() + " " + response.text())
                .collect(Collectors.joining("\n"));
        assertThat(responses.stream().map(Api.Response::status).toList()).as(all)
                .allSatisfy(status -> assertThat(status).isBetween(200, 299));
        List<Api.Response> first = responses.stream()
                .filter(response -> !response.json().get("replayed").asBoolean()).toList();
        assertThat(first).as(all).hasSize(1);
        assertThat(first.get(0).status()).as(all).isEqualTo(firstStatus);
        assertThat(responses.stream().filter(response -> response != first.get(0)).map(Api.Response::status).toList())
                .as(all).containsOnly(200);
        assertThat(responses.stream().map(RetryRace::withoutReplayed).distinct().toList()).as(all).hasSize(1);
    }

    /** How many events the command with this id appended, and how many times the command log holds it. */
    public static long eventsAppendedBy(JdbcClient jdbc, String commandId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry "
                        + "WHERE convert_from(meta_data, 'UTF8')::jsonb ->> 'commandId' = ?")
                .param(commandId).query(Long.class).single();
    }

    public static long commandLogRows(JdbcClient jdbc, String commandId) {
        return jdbc.sql("SELECT count(*) FROM command_log WHERE command_id = ?").param(commandId)
                .query(Long.class).single();
    }

    private static String withoutReplayed(Api.Response response) {
        ObjectNode body = (ObjectNode) response.json();
        body.remove("replayed");
        return body.toString();
    }
}

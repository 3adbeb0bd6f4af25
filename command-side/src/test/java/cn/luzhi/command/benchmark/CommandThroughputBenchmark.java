package cn.luzhi.command.benchmark;

import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import cn.luzhi.command.support.ReferenceData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Prints command throughput and latency over HTTP against real PostgreSQL. Not part of {@code mvn verify}
 * (figures, not assertions): run it with
 * {@code mvn -B -pl command-side -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CommandThroughputBenchmark}.
 * Size it with {@code -Dbenchmark.commands=N} (default 2000) and {@code -Dbenchmark.clients=N} (default 4).
 */
class CommandThroughputBenchmark extends CommandSideIntegrationTest {

    private static final int COMMANDS = Integer.getInteger("benchmark.commands", 2000);
    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 4);


    @Test
    void measure() throws Exception {
        // Every request of an API client that drops cookies pays one BCrypt verification: measured alone here.
        Api cookieless = new Api(port);
        report("authentication alone: HTTP Basic + BCrypt on every request, answered 404 (" + CLIENTS + " clients)",
                run(CLIENTS, i -> cookieless.post("/api/no-such-collection/x/y", "clerk", PASSWORD, "{}")));
        // The rest keep the session cookie, as a browser or a long-running integration does.
        Api api = new Api(port, true);
        ReferenceData.ensure(api, PASSWORD);
        warmUp(api);
        report("submit new petitions (" + CLIENTS + " clients)", run(CLIENTS, i -> submit(api)));
        String longLived = submit(api);
        report("urge one long-lived petition (1 client, snapshots every 50 events)",
                run(1, i -> expectOk(api.post("/api/petitions/" + longLived + "/urge", "clerk", PASSWORD,
                        "{\"reason\": \"督办" + i + "\"}"))));
    }

    private interface Step {
        void run(int index);
    }

    private static List<Duration> run(int clients, Step step) throws Exception {
        List<Duration> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < COMMANDS; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                step.run(index);
                latencies.add(Duration.ofNanos(System.nanoTime() - t0));
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        latencies.add(0, Duration.ofNanos(System.nanoTime() - started));
        return latencies;
    }

    private static void report(String scenario, List<Duration> measured) {
        Duration total = measured.get(0);
        List<Duration> latencies = new ArrayList<>(measured.subList(1, measured.size()));
        Collections.sort(latencies);
        System.out.printf("%n[benchmark] %s: %d commands in %.1f s = %.0f commands/s; latency p50 %d ms, p95 %d ms, "
                        + "p99 %d ms%n", scenario, latencies.size(), total.toMillis() / 1000.0,
                latencies.size() / (total.toNanos() / 1e9), percentile(latencies, 50), percentile(latencies, 95),
                percentile(latencies, 99));
    }

    private static long percentile(List<Duration> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)).toMillis();
    }

    private static void warmUp(Api api) {
        for (int i = 0; i < 50; i++) {
            submit(api);
        }
    }

    private static String submit(Api api) {
        Api.Response response = api.post("/api/petitions", "clerk", PASSWORD, """
                {"source": "STATION_VISIT", "regionId": "150102001", "petitioner": {"name": "测试"},
                 "title": "基准测试", "content": "基准测试诉求"}""");
        expectOk(response);
        return response.json().get("aggregateId").asText();
    }

    private static void expectOk(Api.Response response) {
        if (response.status() >= 300) {
            throw new IllegalStateException(response.status() + " " + response.text());
        }
    }
}

package cn.luzhi.app.load;

import cn.luzhi.app.browser.CockpitCases;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Staff working at the same time on several nodes: each client is a thread with its own sessions that walks one
 * case after another through the command API (a petition to its close, a suggestion to its reply, a mediation to
 * its settlement or failure, a petition left with the unit), as the demo accounts whose work each step is.
 * <p>
 * A case whose step fails (a node killed under it) is left where it stands and the client starts the next one.
 * Every command the server acknowledged is kept, whether its case was finished or not.
 */
final class LoadClients {

    /** How long a client waits before trying again after a failed case: a killed node refuses connections. */
    private static final long PAUSE_AFTER_FAILURE_MILLIS = 300;

    private final String password;
    private final List<Thread> threads = new ArrayList<>();
    private final List<CockpitCases> sessions = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger finishedCases = new AtomicInteger();
    private final ConcurrentMap<String, AtomicInteger> failedCasesByNode = new ConcurrentHashMap<>();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();

    LoadClients(String password) {
        this.password = password;
    }

    /** Starts {@code clients} threads that write to {@code node} until {@link #stop}. */
    void start(AppNode node, int clients) {
        for (int i = 0; i < clients; i++) {
            String client = node.name() + "-" + i;
            Thread thread = new Thread(() -> work(node, client), "load-" + client);
            threads.add(thread);
            thread.start();
        }
    }

    /** Stops every client after the case it is walking and waits for them. */
    void stop() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** The command ids of every command some node answered with 2xx. */
    List<String> acknowledged() {
        return sessions.stream().flatMap(cases -> cases.acknowledged().stream()).toList();
    }

    int finishedCases() {
        return finishedCases.get();
    }

    /** Cases a client could not walk to the end on {@code node}. */
    int failedCases(AppNode node) {
        return failedCasesByNode.getOrDefault(node.name(), new AtomicInteger()).get();
    }

    /** The first failures, for the message of an assertion that expected none. */
    List<String> failureSamples() {
        return failures.stream().limit(5).map(Throwable::toString).toList();
    }

    private void work(AppNode node, String client) {
        CockpitCases cases = new CockpitCases(node.base(), password);
        sessions.add(cases);
        for (int round = 0; running.get(); round++) {
            String town = CockpitCases.TOWNS.get(round % CockpitCases.TOWNS.size());
            String title = "负载" + client + "第" + round + "件";
            try {
                switch (round % 5) {
                    case 0 -> cases.closedPetition(town, title, "SATISFIED");
                    case 1 -> cases.repliedSuggestion(town, title, "SOLVED_OR_ADOPTED");
                    case 2 -> cases.mediatedCase(town, "NEIGHBOURS", title, true);
                    case 3 -> cases.forwardedPetition(town, title, Instant.now().plus(30, ChronoUnit.DAYS));
                    default -> cases.mediatedCase(town, "CONTRACT", title, false);
                }
                finishedCases.incrementAndGet();
            } catch (RuntimeException | AssertionError e) {
                failedCasesByNode.computeIfAbsent(node.name(), ignored -> new AtomicInteger()).incrementAndGet();
                failures.add(e);
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_AFTER_FAILURE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

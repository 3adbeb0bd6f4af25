package cn.luzhi.query.eventstore;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.station.StationId;
import cn.luzhi.events.store.EventJson;
import cn.luzhi.events.store.JdbcEventStore;
import cn.luzhi.events.testing.TestDatabase;
import cn.luzhi.query.support.AxonTables;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * What reading only settled events costs in live lag: writers on several threads append events at a steady rate
 * (one per transaction, as commands do) while one reader tails the store as a streaming processor does; each event's lag is
 * the time from its append's return to its arrival at the reader. Axon's own JDBC engine is the baseline, run
 * the same way in the same JVM on a fresh database of its own; it also shows how many acknowledged events its
 * reader never received. Not a test of the normal build (no {@code IT} suffix):
 * <pre>
 * mvn -o -B -pl query-side -am verify -Dtest=none -Dit.test=SettledReadingBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dskip.npm [-Dbenchmark.writers=8] [-Dbenchmark.rate=400] \
 *     [-Dbenchmark.seconds=15]
 * </pre>
 */
class SettledReadingBenchmark {

    private static final int WRITERS = Integer.getInteger("benchmark.writers", 8);
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 15);
    /** Events per second from all writers together: a busy city's command rate, well below saturation. */
    private static final int RATE = Integer.getInteger("benchmark.rate", 400);
    private static final int READ_BATCH = 100;
    /** In the second scenario one writer holds every this many-th transaction open before it commits. */
    private static final int SLOW_COMMIT_EVERY = 50;
    private static final long SLOW_COMMIT_MILLIS = 500;

    @Test
    void shouldPrintLiveLagOfSettledReadingBesideAxonsEngine() throws Exception {
        List<Result> results = new ArrayList<>();
        for (boolean slowCommits : List.of(false, true)) {
            results.add(run("Axon JdbcEventStorageEngine (baseline)", slowCommits, (connections, transactions) ->
                    JdbcEventStore.builder(connections, transactions, serializer(), serializer(),
                            NoOpEventUpcaster.INSTANCE, SnapshotFilter.allowAll()).batchSize(READ_BATCH).build()));
            results.add(run("SettledEventStorageEngine", slowCommits, (connections, transactions) ->
                    JdbcEventStore.storageEngine(connections, transactions, serializer(), serializer(),
                            NoOpEventUpcaster.INSTANCE, SnapshotFilter.allowAll())));
        }
        System.out.printf("%n%d writer threads, %d events/s in all for %d s, one reader; slow: one writer holds every "
                + "%dth commit %d ms%n", WRITERS, RATE, SECONDS, SLOW_COMMIT_EVERY, SLOW_COMMIT_MILLIS);
        System.out.printf("%-40s %5s %9s %8s %9s %9s %9s %9s %11s%n", "engine", "slow", "appended", "per s",
                "lag p50", "lag p95", "lag p99", "lag max", "never read");
        for (Result result : results) {
            System.out.printf("%-40s %5s %9d %8.0f %7.1fms %7.1fms %7.1fms %7.1fms %11d%n", result.engine,
                    result.slowCommits ? "yes" : "no", result.appended, result.appended / (double) SECONDS,
                    result.percentile(0.50), result.percentile(0.95), result.percentile(0.99),
                    result.percentile(1.0), result.neverRead);
        }
    }

    private static Result run(String name, boolean slowCommits,
                              BiFunction<ConnectionProvider, TransactionManager, EventStorageEngine> engines)
            throws Exception {
        String url = TestDatabase.newDatabase();
        PGSimpleDataSource plain = new PGSimpleDataSource();
        plain.setUrl(url);
        plain.setUser(TestDatabase.username());
        AxonTables.create(plain);
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(url);
            pool.setUsername(TestDatabase.username());
            pool.setMaximumPoolSize(WRITERS + 2);
            TransactionManager transactions = new SpringTransactionManager(new DataSourceTransactionManager(pool));
            EventStorageEngine engine = engines.apply(new SpringDataSourceConnectionProvider(pool), transactions);
            Map<String, Long> acknowledged = new ConcurrentHashMap<>();
            List<Double> lags = Collections.synchronizedList(new ArrayList<>());
            Map<String, Boolean> read = new ConcurrentHashMap<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService threads = Executors.newFixedThreadPool(WRITERS + 1);
            threads.submit(() -> tail(engine, writing, acknowledged, read, lags));
            for (int writer = 0; writer < WRITERS; writer++) {
                int number = writer;
                boolean slow = slowCommits && writer == 0;
                threads.submit(() -> write(engine, transactions, number, slow, writing, acknowledged));
            }
            Thread.sleep(TimeUnit.SECONDS.toMillis(SECONDS));
            writing.set(false);
            threads.shutdown();
            threads.awaitTermination(2, TimeUnit.MINUTES);
            long neverRead = acknowledged.keySet().stream().filter(id -> !read.containsKey(id)).count();
            List<Double> sorted = new ArrayList<>(lags);
            Collections.sort(sorted);
            return new Result(name, slowCommits, acknowledged.size(), sorted, neverRead);
        }
    }

    private static void write(EventStorageEngine engine, TransactionManager transactions, int writer,
                              boolean slow, AtomicBoolean writing, Map<String, Long> acknowledged) {
        long period = TimeUnit.SECONDS.toNanos(1) * WRITERS / RATE;
        long due = System.nanoTime();
        for (int sequence = 0; writing.get(); sequence++) {
            due += period;
            sleepMillis(Math.max(0, TimeUnit.NANOSECONDS.toMillis(due - System.nanoTime())));
            String petition = "bench-" + writer + "-" + sequence;
            GenericDomainEventMessage<PetitionSubmitted> event = new GenericDomainEventMessage<>("Petition",
                    petition, 0, new PetitionSubmitted(PetitionId.of(petition), PetitionSource.STATION_VISIT,
                    RegionId.of("150102"), null, StationId.of("s-1"), PersonRef.of("person-" + petition), "标题",
                    "内容"));
            boolean holdThisOne = slow && sequence % SLOW_COMMIT_EVERY == 0;
            transactions.executeInTransaction(() -> {
                engine.appendEvents(event);
                if (holdThisOne) {
                    sleepMillis(SLOW_COMMIT_MILLIS);
                }
            });
            acknowledged.put(event.getIdentifier(), System.nanoTime());
        }
    }

    /** Reads on until writing has stopped and two seconds pass with nothing new, so late events still arrive. */
    private static void tail(EventStorageEngine engine, AtomicBoolean writing, Map<String, Long> acknowledged,
                             Map<String, Boolean> read, List<Double> lags) {
        TrackingToken token = null;
        long quietSince = System.nanoTime();
        while (writing.get() || System.nanoTime() - quietSince < TimeUnit.SECONDS.toNanos(2)) {
            int received = 0;
            try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(token, false)) {
                Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
                while (iterator.hasNext()) {
                    TrackedEventMessage<?> event = iterator.next();
                    long now = System.nanoTime();
                    Long appended = acknowledged.get(event.getIdentifier());
                    lags.add(appended == null ? 0.0 : Math.max(0, now - appended) / 1_000_000.0);
                    read.put(event.getIdentifier(), true);
                    token = event.trackingToken();
                    received++;
                }
            }
            if (received > 0) {
                quietSince = System.nanoTime();
            } else {
                sleepMillis(5);
            }
        }
    }

    private static Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(EventJson.newObjectMapper()).build();
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Result(String engine, boolean slowCommits, int appended, List<Double> sortedLags, long neverRead) {

        double percentile(double share) {
            if (sortedLags.isEmpty()) {
                return Double.NaN;
            }
            return sortedLags.get((int) Math.min(sortedLags.size() - 1, Math.ceil(share * sortedLags.size()) - 1));
        }
    }
}

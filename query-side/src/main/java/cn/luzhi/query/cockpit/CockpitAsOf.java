package cn.luzhi.query.cockpit;

import cn.luzhi.query.common.ChinaTime;
import cn.luzhi.query.common.InvalidQuery;
import cn.luzhi.query.rebuild.ReadModelCatalog;
import cn.luzhi.query.rebuild.RebuildProperties;
import cn.luzhi.query.rebuild.Replayer;
import cn.luzhi.query.rebuild.ScratchSchemas;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cockpit as it stood at the end of a past day (Beijing time): every event that happened before midnight is
 * replayed through the same projection beans into a scratch schema, and the same {@link Cockpit} runs there with
 * its clock set to the last instant of that day. One set of formulas serves the present and the past.
 * <p>
 * The past does not change, so a finished day's summaries are kept in {@code read.cockpit_as_of}: once the
 * scratch schema is built, the summary of every region of that day is computed and stored together. Today is
 * always computed afresh, as it is not over. The cost is one replay of the event store per new day asked for
 * (query-side/README.md has a measured figure).
 */
@Component
public class CockpitAsOf {

    private static final Logger LOG = LoggerFactory.getLogger(CockpitAsOf.class);
    private static final String SCRATCH_PREFIX = "read_asof_";
    /** The top region (a request without regionId) in the cache's key. */
    private static final String TOP = "";

    private final Cockpit cockpit;
    private final ReadModelCatalog catalog;
    private final Replayer replayer;
    private final ScratchSchemas schemas;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock cockpitClock;
    private final RebuildProperties properties;
    private final TransactionTemplate transactions;

    CockpitAsOf(Cockpit cockpit, ReadModelCatalog catalog, Replayer replayer, ScratchSchemas schemas, JdbcClient jdbc,
                JsonMapper json, Clock cockpitClock, RebuildProperties properties,
                PlatformTransactionManager transactionManager) {
        this.cockpit = cockpit;
        this.catalog = catalog;
        this.replayer = replayer;
        this.schemas = schemas;
        this.jdbc = jdbc;
        this.json = json;
        this.cockpitClock = cockpitClock;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The summary of {@code regionId} (the top region when null) for {@code kind} of period, as of {@code day}. */
    public CockpitSummary summary(String regionId, CockpitPeriod.Kind kind, Integer year, LocalDate day) {
        LocalDate today = LocalDate.now(cockpitClock.withZone(ChinaTime.ZONE));
        if (day.isAfter(today)) {
            throw new InvalidQuery("asOf", "不能查询未来日期的驾驶舱数据：" + day);
        }
        int periodYear = CockpitPeriod.of(kind, year, day).from().getYear();
        String key = regionId == null ? TOP : regionId;
        boolean finished = day.isBefore(today);
        if (finished) {
            Optional<CockpitSummary> kept = cached(day, key, kind, periodYear);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        String scratch = ScratchSchemas.schemaName(SCRATCH_PREFIX,
                day.toString().replace("-", "") + "_" + UUID.randomUUID().toString().substring(0, 8));
        try {
            long started = System.nanoTime();
            int events = replayUpTo(scratch, ChinaTime.endOf(day));
            long replayed = System.nanoTime();
            Clock endOfDay = Clock.fixed(ChinaTime.endOf(day).minusMillis(1), ChinaTime.ZONE);
            Map<String, CockpitSummary> computed = summaries(scratch, kind, year, endOfDay, key, finished);
            if (finished) {
                store(day, kind, periodYear, computed);
            }
            LOG.info("Cockpit as of {}: {} events read and replayed in {} ms, {} summaries computed in {} ms", day,
                    events, (replayed - started) / 1_000_000, computed.size(),
                    (System.nanoTime() - replayed) / 1_000_000);
            return computed.get(key);
        } finally {
            transactions.executeWithoutResult(status -> schemas.drop(scratch));
        }
    }

    /** Replays every event that happened before {@code end} into fresh copies of every read-model table. */
    private int replayUpTo(String scratch, Instant end) {
        transactions.executeWithoutResult(status -> schemas.create(scratch, catalog.allTables()));
        List<AnnotationEventHandlerAdapter> handlers = catalog.declared().stream()
                .flatMap(model -> model.handlers().stream()).toList();
        TrackingToken position = null;
        int events = 0;
        Replayer.Batch batch;
        do {
            TrackingToken from = position;
            batch = transactions.execute(status -> {
                schemas.use(scratch);
                return replayer.apply(handlers, from, properties.batchSize(),
                        message -> message.getTimestamp().isBefore(end), message -> false);
            });
            position = batch.position();
            events += batch.applied();
        } while (!batch.exhausted());
        return events;
    }

    /**
     * The requested summary, and for a finished day also those of the top region and of every region the scratch
     * schema knows, keyed like the cache. Nothing writes to the scratch schema any more, so each summary can take
     * its own short transaction.
     */
    private Map<String, CockpitSummary> summaries(String scratch, CockpitPeriod.Kind kind, Integer year,
                                                  Clock endOfDay, String key, boolean everyRegion) {
        Map<String, CockpitSummary> computed = new LinkedHashMap<>();
        computed.put(key, summaryIn(scratch, key, kind, year, endOfDay));
        if (everyRegion) {
            List<String> regions = new ArrayList<>(transactions.execute(status -> {
                schemas.use(scratch);
                return jdbc.sql("SELECT region_id FROM region ORDER BY region_id").query(String.class).list();
            }));
            regions.add(TOP);
            for (String region : regions) {
                if (!computed.containsKey(region)) {
                    computed.put(region, summaryIn(scratch, region, kind, year, endOfDay));
                }
            }
        }
        return computed;
    }

    private CockpitSummary summaryIn(String scratch, String region, CockpitPeriod.Kind kind, Integer year,
                                     Clock endOfDay) {
        return transactions.execute(status -> {
            schemas.use(scratch);
            return cockpit.summary(region.equals(TOP) ? null : region, kind, year, endOfDay);
        });
    }

    private Optional<CockpitSummary> cached(LocalDate day, String regionId, CockpitPeriod.Kind kind, int year) {
        return jdbc.sql("SELECT summary::text FROM cockpit_as_of WHERE day = ? AND region_id = ? AND period = ? "
                        + "AND year = ?")
                .params(Date.valueOf(day), regionId, kind.name(), year)
                .query(String.class).optional()
                .map(text -> json.readValue(text, CockpitSummary.class));
    }

    private void store(LocalDate day, CockpitPeriod.Kind kind, int year, Map<String, CockpitSummary> computed) {
        Timestamp now = Timestamp.from(Instant.now());
        transactions.executeWithoutResult(status -> computed.forEach((region, summary) ->
                jdbc.sql("INSERT INTO cockpit_as_of (day, region_id, period, year, summary, computed_at) "
                                + "VALUES (?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT DO NOTHING")
                        .params(Date.valueOf(day), region, kind.name(), year, json.writeValueAsString(summary), now)
                        .update()));
    }
}

package cn.luzhi.query.rebuild;

import cn.luzhi.query.common.Conflict;
import cn.luzhi.query.common.NotFound;
import cn.luzhi.query.rebuild.ReadModelCatalog.ReadModel;
import cn.luzhi.query.rebuild.Replayer.Batch;
import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds a read model beside the live one, then switches: the live tables keep serving (and the live processor
 * keeps applying new events to them) while the same projection beans replay the whole event store into copies
 * in a shadow schema. Close to the head, the live processor is paused, the last events are applied to the copy,
 * the copy takes the live tables' place and the processor's tokens are set to the copy's position, all in one
 * transaction; then the processor resumes.
 * <p>
 * Other nodes: the switch locks the live tables (waiting for any batch another node is committing into them)
 * and the processor's token rows, and releases every claim while it sets the tokens. A node that still works on
 * a segment then fails to store its token, drops its batch and reads the new token on its next claim.
 */
@Service
public class Rebuilds {

    private static final Logger LOG = LoggerFactory.getLogger(Rebuilds.class);
    static final String SHADOW_PREFIX = "read_rebuild_";

    private final ReadModelCatalog catalog;
    private final Replayer replayer;
    private final ScratchSchemas schemas;
    private final ProcessorTokens tokens;
    private final RebuildLog log;
    private final EventProcessingConfiguration processing;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final RebuildProperties properties;
    private final Clock clock = Clock.systemUTC();
    private final String node = ManagementFactory.getRuntimeMXBean().getName();
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    Rebuilds(ReadModelCatalog catalog, Replayer replayer, ScratchSchemas schemas, ProcessorTokens tokens,
             RebuildLog log, EventProcessingConfiguration processing, PlatformTransactionManager transactionManager,
             JdbcClient jdbc, ApplicationEventPublisher publisher, RebuildProperties properties) {
        this.catalog = catalog;
        this.replayer = replayer;
        this.schemas = schemas;
        this.tokens = tokens;
        this.log = log;
        this.processing = processing;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.properties = properties;
    }

    /** Starts rebuilding {@code processor} on this node; 409 when it is being rebuilt anywhere. */
    public RebuildView start(String processor) {
        ReadModel model = catalog.find(processor).orElseThrow(() -> new NotFound("投影", processor));
        if (!model.declared()) {
            throw new Conflict("投影「" + processor + "」未用 @ReadModelTables 声明其读模型表，不能重建");
        }
        abandonStale();
        UUID id = UUID.randomUUID();
        Instant started = clock.instant();
        try {
            log.begin(id, processor, node, Math.max(0, tokens.head()), started);
        } catch (DuplicateKeyException running) {
            throw new Conflict("投影「" + processor + "」正在重建，请等待其完成");
        }
        LOG.info("Rebuild {} of {} started", id, processor);
        workers.execute(() -> run(new Run(id, model, started, tokens.head())));
        return find(id);
    }

    public RebuildView find(UUID id) {
        abandonStale();
        return log.find(id).orElseThrow(() -> new NotFound("重建任务", id.toString()));
    }

    /** The latest rebuild of each processor, running or not. */
    public List<RebuildView> latest() {
        abandonStale();
        return log.latest();
    }

    /** A node that died mid-rebuild left a running row behind; after a restart it shows as failed. */
    @EventListener(ApplicationReadyEvent.class)
    void abandonStale() {
        int abandoned = log.abandonStale(properties.abandonAfter(), clock.instant());
        if (abandoned > 0) {
            LOG.warn("{} rebuild(s) abandoned by a stopped node marked as failed", abandoned);
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** One rebuild under way on this node. */
    private final class Run {
        final UUID id;
        final ReadModel model;
        final Instant started;
        final long headAtStart;
        final String shadow;
        final List<AnnotationEventHandlerAdapter> handlers;
        long done;
        TrackingToken position;

        Run(UUID id, ReadModel model, Instant started, long headAtStart) {
            this.id = id;
            this.model = model;
            this.started = started;
            this.headAtStart = headAtStart;
            this.shadow = ScratchSchemas.schemaName(SHADOW_PREFIX, model.processor());
            this.handlers = model.handlers();
        }

        void record(RebuildPhase phase) {
            long at = Replayer.indexOf(position);
            long total = phase == RebuildPhase.DONE ? done : done + Math.max(0, tokens.head() - at);
            log.progress(id, phase, done, total, at, started, clock.instant());
            publisher.publishEvent(new RebuildProgressed(log.find(id).orElseThrow()));
        }
    }

    private void run(Run run) {
        try {
            transactions.executeWithoutResult(status -> schemas.create(run.shadow, run.model.tables()));
            RebuildPhase phase = RebuildPhase.COPYING;
            while (true) {
                Batch batch = transactions.execute(status -> {
                    schemas.use(run.shadow);
                    return replayer.apply(run.handlers, run.position, properties.batchSize());
                });
                run.done += batch.applied();
                run.position = batch.position();
                long at = Replayer.indexOf(run.position);
                phase = at < run.headAtStart ? RebuildPhase.COPYING : RebuildPhase.CATCHING_UP;
                run.record(phase);
                if (batch.exhausted() || tokens.head() - at <= properties.switchLag()) {
                    break;
                }
            }
            run.record(RebuildPhase.SWITCHING);
            switchOver(run);
            run.record(RebuildPhase.DONE);
            LOG.info("Rebuild {} of {} done: {} events, now at global index {}", run.id, run.model.processor(),
                    run.done, Replayer.indexOf(run.position));
        } catch (RuntimeException | Error e) {
            LOG.error("Rebuild {} of {} failed", run.id, run.model.processor(), e);
            log.fail(run.id, "重建失败：" + e.getMessage(), clock.instant());
            publisher.publishEvent(new RebuildProgressed(log.find(run.id).orElseThrow()));
            try {
                transactions.executeWithoutResult(status -> schemas.drop(run.shadow));
            } catch (RuntimeException cleanup) {
                LOG.warn("Could not drop the shadow schema {}", run.shadow, cleanup);
            }
        }
    }

    /** Pauses the live processor here, finishes the copy, swaps it in and moves the tokens, in one transaction. */
    private void switchOver(Run run) {
        String processor = run.model.processor();
        Optional<StreamingEventProcessor> live = processing.eventProcessor(processor, StreamingEventProcessor.class);
        boolean wasRunning = live.map(StreamingEventProcessor::isRunning).orElse(false);
        if (wasRunning) {
            live.get().shutDown();
        }
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("SELECT set_config('lock_timeout', ?, true)")
                        .param(properties.lockTimeout().toMillis() + "ms").query().singleValue();
                jdbc.sql("LOCK TABLE " + run.model.tables().stream()
                        .map(table -> "read." + ScratchSchemas.identifier(table)).collect(Collectors.joining(", "))
                        + " IN ACCESS EXCLUSIVE MODE").update();
                tokens.lock(processor);
                schemas.use(run.shadow);
                Batch batch;
                do {
                    batch = replayer.apply(run.handlers, run.position, properties.batchSize());
                    run.done += batch.applied();
                    run.position = batch.position();
                } while (!batch.exhausted());
                schemas.swapIn(run.shadow, run.model.tables());
                if (run.position != null) {
                    tokens.moveTo(processor, run.position);
                }
            });
        } finally {
            if (wasRunning) {
                live.get().start();
            }
        }
    }
}

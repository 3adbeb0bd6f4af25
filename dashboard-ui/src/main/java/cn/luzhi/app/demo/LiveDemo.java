package cn.luzhi.app.demo;

import cn.luzhi.app.demo.DemoStore.OpenCase;
import cn.luzhi.app.demo.NextStep.DemoAct;
import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.events.mediation.MediationCaseId;
import cn.luzhi.events.duty.DutyActivityId;
import cn.luzhi.events.reception.ReceptionId;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.suggestion.SuggestionId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the demo moving after seeding and on every later start: once per live interval it sends one command, a new
 * petition, mediation case or suggestion now and then, otherwise the next step of an open demo case, worked out
 * from the event store alone (see {@link NextStep}).
 *
 * <p>With several nodes, one drives each tick: the tick runs in one transaction that first tries the demo's
 * advisory lock ({@code pg_try_advisory_xact_lock}) and gives up when another node holds it, or when the newest
 * event is younger than half the interval, which keeps two nodes from doubling the pace. The command joins that
 * transaction, so the lock is held until the command's events are committed. A refused command (the case moved
 * meanwhile, or the step is not allowed after all) is logged at debug level and skipped.
 */
class LiveDemo {

    private static final Logger LOG = LoggerFactory.getLogger(LiveDemo.class);

    /** How often each kind of case is advanced, relative to the others. */
    private static final Map<String, Integer> TYPE_WEIGHTS = Map.of("Petition", 4, "MediationCase", 3,
            "Suggestion", 2, "LivelihoodProject", 1);
    private static final int ATTEMPTS = 8;

    private final DemoProperties properties;
    private final DemoSeeder seeder;
    private final DemoStore store;
    private final DemoCommands commands;
    private final TransactionTemplate transactions;
    private final Random random = new Random();
    private final AtomicLong sent = new AtomicLong();

    LiveDemo(DemoProperties properties, DemoSeeder seeder, DemoStore store, DemoCommands commands,
             TransactionTemplate transactions) {
        this.properties = properties;
        this.seeder = seeder;
        this.store = store;
        this.commands = commands;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${luzhi.demo.live-interval:2s}",
            initialDelayString = "${luzhi.demo.live-interval:2s}")
    void tick() {
        if (!properties.live() || seeder.report() == null) {
            return;
        }
        try {
            transactions.executeWithoutResult(this::drive);
        } catch (RuntimeException e) {
            LOG.warn("Live demo step failed and is skipped: {}", e.toString());
        }
    }

    /** Commands this node's live mode had accepted. */
    long commandsSent() {
        return sent.get();
    }

    private void drive(TransactionStatus transaction) {
        if (!store.tryTransactionLock()) {
            return;
        }
        Instant now = Instant.now();
        Optional<Instant> newest = store.newestEventTime();
        if (newest.isPresent() && Duration.between(newest.get(), now).compareTo(properties.liveInterval()
                .dividedBy(2)) < 0) {
            return;
        }
        NextStep steps = new NextStep(store.catalog(), random, now);
        Optional<DemoAct> act = choose(steps);
        if (act.isEmpty()) {
            return;
        }
        Object command = act.get().command();
        try {
            commands.send(act.get().actor(), command);
            sent.incrementAndGet();
            LOG.debug("Live demo: {} as {}", command.getClass().getSimpleName(), act.get().actor());
        } catch (CommandRefused | ConflictingModificationException | ConcurrencyException
                 | AggregateNotFoundException | AggregateStreamCreationException refused) {
            LOG.debug("Live demo step {} refused and skipped: {}", command.getClass().getSimpleName(),
                    refused.getMessage());
            transaction.setRollbackOnly();
        }
    }

    private Optional<DemoAct> choose(NextStep steps) {
        double draw = random.nextDouble();
        String fresh = UUID.randomUUID().toString();
        if (draw < 0.15) {
            return steps.newPetition(new PetitionId(DemoDistrict.ID_PREFIX + "petition-" + fresh));
        }
        if (draw < 0.20) {
            return steps.newMediationCase(new MediationCaseId(DemoDistrict.ID_PREFIX + "mediation-" + fresh));
        }
        if (draw < 0.23) {
            return steps.newSuggestion(new SuggestionId(DemoDistrict.ID_PREFIX + "suggestion-" + fresh));
        }
        if (draw < 0.26) {
            return steps.newReception(new ReceptionId(DemoDistrict.ID_PREFIX + "reception-" + fresh));
        }
        if (draw < 0.28) {
            return steps.newDutyActivity(new DutyActivityId(DemoDistrict.ID_PREFIX + "activity-" + fresh));
        }
        List<OpenCase> open = new ArrayList<>(store.openCases());
        for (int attempt = 0; attempt < ATTEMPTS && !open.isEmpty(); attempt++) {
            OpenCase picked = pickByType(open);
            Optional<DemoAct> act = store.history(picked).flatMap(steps::after);
            if (act.isPresent()) {
                return act;
            }
            open.remove(picked);
        }
        return Optional.empty();
    }

    /** A case of a type drawn by {@link #TYPE_WEIGHTS} among the types that have open cases. */
    private OpenCase pickByType(List<OpenCase> open) {
        List<String> types = open.stream().map(OpenCase::type).distinct().toList();
        int total = types.stream().mapToInt(type -> TYPE_WEIGHTS.getOrDefault(type, 1)).sum();
        int draw = random.nextInt(total);
        String chosen = types.get(types.size() - 1);
        for (String type : types) {
            draw -= TYPE_WEIGHTS.getOrDefault(type, 1);
            if (draw < 0) {
                chosen = type;
                break;
            }
        }
        String type = chosen;
        List<OpenCase> ofType = open.stream().filter(c -> c.type().equals(type)).toList();
        return ofType.get(random.nextInt(ofType.size()));
    }
}

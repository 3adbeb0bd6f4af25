package cn.luzhi.query.support;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.mediation.DisputeType;
import cn.luzhi.events.mediation.MediationCaseAction;
import cn.luzhi.events.mediation.MediationCaseFailed;
import cn.luzhi.events.mediation.MediationCaseFollowedUp;
import cn.luzhi.events.mediation.MediationCaseId;
import cn.luzhi.events.mediation.MediationCaseLifecycle;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.mediation.MediationCaseSettled;
import cn.luzhi.events.mediation.MediationCaseState;
import cn.luzhi.events.mediation.MediationCaseWithdrawn;
import cn.luzhi.events.mediation.MediationOverdue;
import cn.luzhi.events.mediation.MediationPeriodExtended;
import cn.luzhi.events.mediation.MediationSessionHeld;
import cn.luzhi.events.mediation.MediatorReleased;
import cn.luzhi.events.mediation.MediatorsAssigned;
import cn.luzhi.events.mediation.SettlementJudiciallyConfirmed;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.unit.HandlingUnitId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Random legal histories of one mediation case, for the read side's property tests: at each step a random action
 * (or the mediation period passing), kept when {@link MediationCaseLifecycle} allows it, as the event the
 * aggregate records for it. The query side cannot run the aggregate; MediationCaseLifecyclePropertyTest on the
 * command side shows that the aggregate accepts and records exactly what the lifecycle allows.
 */
public final class MediationHistories {

    public static final MediationCaseId ID = MediationCaseId.of("m-prop");
    private static final List<DeputyId> POOL = List.of(DeputyId.of("d-a"), DeputyId.of("d-b"), DeputyId.of("d-c"));
    private static final Instant REFERRED = Instant.parse("2026-02-01T02:00:00Z");

    private MediationHistories() {
    }

    /** A referral followed by up to {@code attempts} allowed events. */
    public static List<TimedEvent> random(Random random, int attempts) {
        List<TimedEvent> steps = new ArrayList<>();
        Instant at = REFERRED;
        MediationCaseState state = MediationCaseState.NONE;
        Object referral = new MediationCaseReferred(ID, HandlingUnitId.of("u-court"), DisputeType.LABOUR,
                RegionId.of("150102001"), List.of(PersonRef.of("pd-1"), PersonRef.of("pd-2")),
                new BigDecimal("5000.00"), "拖欠工资", REFERRED.plus(Duration.ofDays(30)));
        steps.add(new TimedEvent(at, referral));
        state = MediationCaseLifecycle.evolve(state, referral);
        for (int attempt = 0; attempt < attempts; attempt++) {
            at = at.plus(Duration.ofHours(1 + random.nextInt(72)));
            Optional<Object> event = next(state, random, at);
            if (event.isPresent()) {
                steps.add(new TimedEvent(at, event.get()));
                state = MediationCaseLifecycle.evolve(state, event.get());
            }
        }
        return steps;
    }

    private static Optional<Object> next(MediationCaseState state, Random random, Instant at) {
        int draw = random.nextInt(MediationCaseAction.values().length + 1);
        if (draw == MediationCaseAction.values().length) {
            // The period passes: the deadline raises the overdue event only when the lifecycle says so.
            return MediationCaseLifecycle.isOverdueAt(state, state.mediationDueAt())
                    ? Optional.of(new MediationOverdue(ID, state.mediationDueAt(), state.mediators()))
                    : Optional.empty();
        }
        MediationCaseAction action = MediationCaseAction.values()[draw];
        DeputyId deputy = POOL.get(random.nextInt(POOL.size()));
        Optional<Refusal> refusal = switch (action) {
            case ASSIGN_MEDIATORS -> MediationCaseLifecycle.checkAssignment(state, List.of(deputy));
            case RELEASE_MEDIATOR -> MediationCaseLifecycle.checkRelease(state, deputy);
            case RECORD_SESSION -> MediationCaseLifecycle.checkSession(state, deputy);
            default -> MediationCaseLifecycle.check(state, action);
        };
        if (refusal.isPresent()) {
            return Optional.empty();
        }
        return Optional.of(switch (action) {
            case ASSIGN_MEDIATORS -> new MediatorsAssigned(ID, List.of(deputy), null);
            case RELEASE_MEDIATOR -> new MediatorReleased(ID, deputy, "回避");
            case RECORD_SESSION -> new MediationSessionHeld(ID, state.sessionsHeld() + 1, deputy, at, "代表之家",
                    "双方陈述");
            case EXTEND -> new MediationPeriodExtended(ID, state.mediationDueAt(),
                    state.mediationDueAt().plus(Duration.ofDays(15)), "双方同意");
            case SETTLE -> new MediationCaseSettled(ID, "分期支付", new BigDecimal("3000.00"));
            case FAIL -> new MediationCaseFailed(ID, "一方拒绝");
            case WITHDRAW -> new MediationCaseWithdrawn(ID, "自行和解");
            case CONFIRM -> new SettlementJudiciallyConfirmed(ID, "（2026）示民特1号");
            case FOLLOW_UP -> new MediationCaseFollowedUp(ID, "已履行", Satisfaction.SATISFIED);
        });
    }
}

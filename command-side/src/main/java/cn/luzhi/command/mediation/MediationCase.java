package cn.luzhi.command.mediation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.deadline.DeadlinePolicy;
import cn.luzhi.command.personaldata.PersonalDataVault;
import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.mediation.AssignMediators;
import cn.luzhi.events.mediation.ConfirmSettlementJudicially;
import cn.luzhi.events.mediation.ExtendMediationPeriod;
import cn.luzhi.events.mediation.FailMediationCase;
import cn.luzhi.events.mediation.FollowUpMediationCase;
import cn.luzhi.events.mediation.MediationCaseFailed;
import cn.luzhi.events.mediation.MediationCaseFollowedUp;
import cn.luzhi.events.mediation.MediationCaseId;
import cn.luzhi.events.mediation.MediationCaseLifecycle;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.mediation.MediationCaseSettled;
import cn.luzhi.events.mediation.MediationCaseState;
import cn.luzhi.events.mediation.MediationCaseAction;
import cn.luzhi.events.mediation.MediationCaseWithdrawn;
import cn.luzhi.events.mediation.MediationOverdue;
import cn.luzhi.events.mediation.MediationPeriodExtended;
import cn.luzhi.events.mediation.MediationSessionHeld;
import cn.luzhi.events.mediation.MediatorReleased;
import cn.luzhi.events.mediation.MediatorsAssigned;
import cn.luzhi.events.mediation.RecordMediationSession;
import cn.luzhi.events.mediation.ReferMediationCase;
import cn.luzhi.events.mediation.ReleaseMediator;
import cn.luzhi.events.mediation.SettleMediationCase;
import cn.luzhi.events.mediation.SettlementJudiciallyConfirmed;
import cn.luzhi.events.mediation.WithdrawMediationCase;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A pre-litigation mediation case (诉前调解): referred by a court, mediated by deputies from the mediator pool
 * in one or more sessions within the mediation period, and ended as settled, failed (back to litigation) or
 * withdrawn; a settlement may then be judicially confirmed, and the parties are visited afterwards.
 * That the referring unit is a court and the mediators are in the pool is left to the API, which knows the
 * registers; the case trusts the ids it is given.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class MediationCase {

    static final String MEDIATION_DUE = "mediation-period-due";

    @AggregateIdentifier
    private MediationCaseId mediationCaseId;
    /** When the referral was recorded: a session cannot be dated before it. No event payload carries it. */
    private Instant referredAt;
    // Unwrapped, so the snapshot keeps the flat fields it had before the lifecycle existed, and old ones load.
    @JsonUnwrapped
    private MediationCaseState state = MediationCaseState.NONE;

    protected MediationCase() {
        // For Axon, which rebuilds the case from its events.
    }

    @CommandHandler
    public MediationCase(ReferMediationCase command, PersonalDataVault vault, DeadlinePolicy policy,
                         DeadlineManager deadlines) {
        Instant dueAt = GenericEventMessage.clock.instant().plus(policy.mediationPeriod());
        List<PersonRef> parties = command.parties().stream().map(vault::store).toList();
        apply(new MediationCaseReferred(command.mediationCaseId(), command.courtId(), command.disputeType(),
                command.regionId(), parties, twoDecimals(command.amountInDispute()), command.summary(), dueAt));
        deadlines.schedule(dueAt, MEDIATION_DUE, new MediationDue(dueAt));
    }

    @CommandHandler
    public void handle(AssignMediators command) {
        CommandRefused.throwIf(MediationCaseLifecycle.checkAssignment(state, command.deputyIds()));
        List<DeputyId> newcomers = List.copyOf(new LinkedHashSet<>(command.deputyIds()));
        apply(new MediatorsAssigned(mediationCaseId, newcomers, command.reason()));
    }

    @CommandHandler
    public void handle(ReleaseMediator command) {
        CommandRefused.throwIf(MediationCaseLifecycle.checkRelease(state, command.deputyId()));
        apply(new MediatorReleased(mediationCaseId, command.deputyId(), command.reason()));
    }

    @CommandHandler
    public void handle(RecordMediationSession command) {
        CommandRefused.throwIf(MediationCaseLifecycle.checkSession(state, command.mediatorId()));
        if (command.heldAt().isAfter(GenericEventMessage.clock.instant())) {
            throw CommandRefused.becauseOf("heldAt", "调解时间不能晚于当前时间");
        }
        if (command.heldAt().isBefore(referredAt)) {
            throw CommandRefused.becauseOf("heldAt", "调解时间不能早于法院委派调解的时间");
        }
        apply(new MediationSessionHeld(mediationCaseId, state.sessionsHeld() + 1, command.mediatorId(),
                command.heldAt(), command.place(), command.summary()));
    }

    @CommandHandler
    public void handle(ExtendMediationPeriod command, DeadlinePolicy policy, DeadlineManager deadlines) {
        CommandRefused.throwIf(MediationCaseLifecycle.checkExtension(state, GenericEventMessage.clock.instant()));
        Instant newDueAt = state.mediationDueAt().plus(policy.mediationExtension());
        apply(new MediationPeriodExtended(mediationCaseId, state.mediationDueAt(), newDueAt, command.reason()));
        deadlines.schedule(newDueAt, MEDIATION_DUE, new MediationDue(newDueAt));
    }

    @CommandHandler
    public void handle(SettleMediationCase command) {
        require(MediationCaseAction.SETTLE);
        apply(new MediationCaseSettled(mediationCaseId, command.agreement(), twoDecimals(command.settledAmount())));
    }

    /** No session is required: a party may refuse mediation outright, and the dispute then goes to court. */
    @CommandHandler
    public void handle(FailMediationCase command) {
        require(MediationCaseAction.FAIL);
        apply(new MediationCaseFailed(mediationCaseId, command.reason()));
    }

    @CommandHandler
    public void handle(WithdrawMediationCase command) {
        require(MediationCaseAction.WITHDRAW);
        apply(new MediationCaseWithdrawn(mediationCaseId, command.reason()));
    }

    @CommandHandler
    public void handle(ConfirmSettlementJudicially command) {
        require(MediationCaseAction.CONFIRM);
        apply(new SettlementJudiciallyConfirmed(mediationCaseId, command.rulingNumber()));
    }

    /** One visit per case, so the cockpit counts each case's satisfaction once. */
    @CommandHandler
    public void handle(FollowUpMediationCase command) {
        require(MediationCaseAction.FOLLOW_UP);
        apply(new MediationCaseFollowedUp(mediationCaseId, command.note(), command.satisfaction()));
    }

    /**
     * The mediation period passed. Deadlines are never cancelled: one superseded by an extension, or passing
     * after the case ended, finds nothing to do here.
     */
    @DeadlineHandler(deadlineName = MEDIATION_DUE)
    public void on(MediationDue due) {
        if (MediationCaseLifecycle.isOverdueAt(state, due.dueAt())) {
            apply(new MediationOverdue(mediationCaseId, state.mediationDueAt(), state.mediators()));
        }
    }

    /** The API accepts at most two decimals, so this only pads (1000 becomes 1000.00) and never rounds. */
    private static BigDecimal twoDecimals(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The case's state as its lifecycle sees it. */
    MediationCaseState state() {
        return state;
    }

    private void require(MediationCaseAction action) {
        CommandRefused.throwIf(MediationCaseLifecycle.check(state, action));
    }

    @EventSourcingHandler
    void on(MediationCaseReferred event, @Timestamp Instant timestamp) {
        mediationCaseId = event.mediationCaseId();
        referredAt = timestamp;
        evolve(event);
    }

    /** Every mediation event changes the state the lifecycle's way; none needs more of the aggregate. */
    @EventSourcingHandler
    void evolve(Object event) {
        state = MediationCaseLifecycle.evolve(state, event);
    }

    /** Payload of the mediation deadline: the due time it was scheduled for. */
    record MediationDue(Instant dueAt) {
    }
}

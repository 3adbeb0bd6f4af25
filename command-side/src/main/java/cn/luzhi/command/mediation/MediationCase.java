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
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.mediation.MediationCaseSettled;
import cn.luzhi.events.mediation.MediationCaseStatus;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
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

    /**
     * The Supreme People's Court's rules on specially invited mediation (特邀调解) let the parties agree to extend
     * the 30-day period without saying how often; allowing it once keeps a dispute from being parked in
     * mediation while a party who wants a judgment waits to go to court.
     */
    static final int MAX_EXTENSIONS = 1;

    @AggregateIdentifier
    private MediationCaseId mediationCaseId;
    private MediationCaseStatus status;
    private Instant referredAt;
    private Instant mediationDueAt;
    private int extensions;
    private List<DeputyId> mediators = new ArrayList<>();
    private int sessionsHeld;
    private boolean judiciallyConfirmed;
    private boolean followedUp;

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
        requireOpen("指派调解员");
        List<DeputyId> newcomers = List.copyOf(new LinkedHashSet<>(command.deputyIds()));
        for (DeputyId deputy : newcomers) {
            if (mediators.contains(deputy)) {
                throw CommandRefused.becauseOf("deputyIds", "代表「" + deputy + "」已是本案调解员，不能重复指派");
            }
        }
        apply(new MediatorsAssigned(mediationCaseId, newcomers, command.reason()));
    }

    /** The last mediator cannot be released: assign the successor first, so the case is never left unattended. */
    @CommandHandler
    public void handle(ReleaseMediator command) {
        requireOpen("撤换调解员");
        if (!mediators.contains(command.deputyId())) {
            throw CommandRefused.becauseOf("deputyId", "代表「" + command.deputyId() + "」不是本案调解员");
        }
        if (mediators.size() == 1) {
            throw CommandRefused.because("本案只有这一名调解员，须先指派接替的调解员才能撤换");
        }
        apply(new MediatorReleased(mediationCaseId, command.deputyId(), command.reason()));
    }

    @CommandHandler
    public void handle(RecordMediationSession command) {
        requireOpen("记录调解");
        if (mediators.isEmpty()) {
            throw CommandRefused.because("本案尚未指派调解员，不能记录调解");
        }
        if (!mediators.contains(command.mediatorId())) {
            throw CommandRefused.becauseOf("mediatorId", "代表「" + command.mediatorId() + "」不是本案调解员");
        }
        if (command.heldAt().isAfter(GenericEventMessage.clock.instant())) {
            throw CommandRefused.becauseOf("heldAt", "调解时间不能晚于当前时间");
        }
        if (command.heldAt().isBefore(referredAt)) {
            throw CommandRefused.becauseOf("heldAt", "调解时间不能早于法院委派调解的时间");
        }
        apply(new MediationSessionHeld(mediationCaseId, sessionsHeld + 1, command.mediatorId(), command.heldAt(),
                command.place(), command.summary()));
    }

    /** An extension must be agreed while the period runs; a lapsed period is settled, failed or withdrawn. */
    @CommandHandler
    public void handle(ExtendMediationPeriod command, DeadlinePolicy policy, DeadlineManager deadlines) {
        requireOpen("延长调解期限");
        if (extensions >= MAX_EXTENSIONS) {
            throw CommandRefused.because("调解期限已延长过一次，不能再次延长");
        }
        if (!GenericEventMessage.clock.instant().isBefore(mediationDueAt)) {
            throw CommandRefused.because("调解期限已届满，不能再延长");
        }
        Instant newDueAt = mediationDueAt.plus(policy.mediationExtension());
        apply(new MediationPeriodExtended(mediationCaseId, mediationDueAt, newDueAt, command.reason()));
        deadlines.schedule(newDueAt, MEDIATION_DUE, new MediationDue(newDueAt));
    }

    @CommandHandler
    public void handle(SettleMediationCase command) {
        requireOpen("登记调解成功");
        if (sessionsHeld == 0) {
            throw CommandRefused.because("本案尚无调解记录，不能登记调解成功");
        }
        apply(new MediationCaseSettled(mediationCaseId, command.agreement(), twoDecimals(command.settledAmount())));
    }

    /** No session is required: a party may refuse mediation outright, and the dispute then goes to court. */
    @CommandHandler
    public void handle(FailMediationCase command) {
        requireOpen("登记调解不成");
        apply(new MediationCaseFailed(mediationCaseId, command.reason()));
    }

    @CommandHandler
    public void handle(WithdrawMediationCase command) {
        requireOpen("撤回");
        apply(new MediationCaseWithdrawn(mediationCaseId, command.reason()));
    }

    @CommandHandler
    public void handle(ConfirmSettlementJudicially command) {
        requireStatus("司法确认", MediationCaseStatus.SETTLED);
        if (judiciallyConfirmed) {
            throw CommandRefused.because("本案调解协议已经司法确认，不能重复确认");
        }
        apply(new SettlementJudiciallyConfirmed(mediationCaseId, command.rulingNumber()));
    }

    /**
     * Settled and withdrawn cases are visited, to see that the agreement is kept or the dispute stays resolved;
     * a failed case is a lawsuit before the court, where a mediator's visit would look like pressure on the
     * litigants. One visit per case, so the cockpit counts each case's satisfaction once.
     */
    @CommandHandler
    public void handle(FollowUpMediationCase command) {
        if (status == MediationCaseStatus.FAILED) {
            throw CommandRefused.because("调解不成的案件已转入诉讼，不再回访");
        }
        requireStatus("回访", MediationCaseStatus.SETTLED, MediationCaseStatus.WITHDRAWN);
        if (followedUp) {
            throw CommandRefused.because("本案已回访，不能重复回访");
        }
        apply(new MediationCaseFollowedUp(mediationCaseId, command.note(), command.satisfaction()));
    }

    /**
     * The mediation period passed. Deadlines are never cancelled: one superseded by an extension, or passing
     * after the case ended, finds nothing to do here.
     */
    @DeadlineHandler(deadlineName = MEDIATION_DUE)
    public void on(MediationDue due) {
        if (!status.isTerminal() && due.dueAt().equals(mediationDueAt)) {
            apply(new MediationOverdue(mediationCaseId, mediationDueAt, List.copyOf(mediators)));
        }
    }

    /** The API accepts at most two decimals, so this only pads (1000 becomes 1000.00) and never rounds. */
    private static BigDecimal twoDecimals(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private void requireStatus(String action, MediationCaseStatus... allowed) {
        if (!EnumSet.of(allowed[0], allowed).contains(status)) {
            throw refusal(action);
        }
    }

    private void requireOpen(String action) {
        if (status.isTerminal()) {
            throw refusal(action);
        }
    }

    private CommandRefused refusal(String action) {
        return CommandRefused.because("调解案件当前状态为「" + status.label() + "」，不能" + action);
    }

    @EventSourcingHandler
    void on(MediationCaseReferred event, @Timestamp Instant timestamp) {
        mediationCaseId = event.mediationCaseId();
        status = MediationCaseStatus.REFERRED;
        referredAt = timestamp;
        mediationDueAt = event.mediationDueAt();
    }

    @EventSourcingHandler
    void on(MediatorsAssigned event) {
        mediators.addAll(event.deputyIds());
        status = MediationCaseStatus.MEDIATING;
    }

    @EventSourcingHandler
    void on(MediatorReleased event) {
        mediators.remove(event.deputyId());
    }

    @EventSourcingHandler
    void on(MediationSessionHeld event) {
        sessionsHeld = event.sessionNumber();
    }

    @EventSourcingHandler
    void on(MediationPeriodExtended event) {
        mediationDueAt = event.mediationDueAt();
        extensions++;
    }

    @EventSourcingHandler
    void on(MediationCaseSettled event) {
        status = MediationCaseStatus.SETTLED;
    }

    @EventSourcingHandler
    void on(MediationCaseFailed event) {
        status = MediationCaseStatus.FAILED;
    }

    @EventSourcingHandler
    void on(MediationCaseWithdrawn event) {
        status = MediationCaseStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(SettlementJudiciallyConfirmed event) {
        judiciallyConfirmed = true;
    }

    @EventSourcingHandler
    void on(MediationCaseFollowedUp event) {
        followedUp = true;
    }

    /** Payload of the mediation deadline: the due time it was scheduled for. */
    record MediationDue(Instant dueAt) {
    }
}

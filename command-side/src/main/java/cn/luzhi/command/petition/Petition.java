package cn.luzhi.command.petition;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.common.DuplicateRecord;
import cn.luzhi.command.deadline.DeadlinePolicy;
import cn.luzhi.command.personaldata.PersonalDataVault;
import cn.luzhi.events.common.ChinaCalendar;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.petition.AcceptPetition;
import cn.luzhi.events.petition.ClosePetition;
import cn.luzhi.events.petition.DeclinePetition;
import cn.luzhi.events.petition.ExtendPetitionDeadline;
import cn.luzhi.events.petition.FollowUpPetition;
import cn.luzhi.events.petition.ForwardPetition;
import cn.luzhi.events.petition.MergePetition;
import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionAction;
import cn.luzhi.events.petition.PetitionClosed;
import cn.luzhi.events.petition.PetitionDeadlineExtended;
import cn.luzhi.events.petition.PetitionDeclined;
import cn.luzhi.events.petition.PetitionFollowedUp;
import cn.luzhi.events.petition.PetitionForwarded;
import cn.luzhi.events.petition.PetitionHotlineFeedbackRecorded;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionLifecycle;
import cn.luzhi.events.petition.PetitionMerged;
import cn.luzhi.events.petition.PetitionOverdue;
import cn.luzhi.events.petition.PetitionRated;
import cn.luzhi.events.petition.PetitionReopened;
import cn.luzhi.events.petition.PetitionReplied;
import cn.luzhi.events.petition.PetitionState;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.petition.PetitionUrged;
import cn.luzhi.events.petition.PetitionWithdrawn;
import cn.luzhi.events.petition.RatePetition;
import cn.luzhi.events.petition.RecordHotlineFeedback;
import cn.luzhi.events.petition.ReplyToPetition;
import cn.luzhi.events.petition.SubmitPetition;
import cn.luzhi.events.petition.UrgePetition;
import cn.luzhi.events.petition.WithdrawPetition;
import cn.luzhi.events.unit.HandlingUnitId;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A citizen's petition (民意诉求): submitted, taken up or declined by a deputy, forwarded to handling units
 * with a reply deadline, replied to, followed up, rated by the petitioner and closed.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Petition {

    static final String REPLY_DUE = "petition-reply-due";
    /** The hotline and the clerks count days in Beijing time. */
    private static final ZoneId BEIJING = ChinaCalendar.ZONE;

    @AggregateIdentifier
    private PetitionId petitionId;
    // Unwrapped, so the snapshot keeps the flat fields it had before the lifecycle existed, and old ones load.
    @JsonUnwrapped
    private PetitionState state = PetitionState.NONE;
    /** The 12345 hotline's number of the ticket, which its feedback is filed under; null for other petitions. */
    private String ticketNumber;

    protected Petition() {
        // For Axon, which rebuilds the petition from its events.
    }

    @CommandHandler
    public Petition(SubmitPetition command, PersonalDataVault vault, HotlineTickets hotlineTickets) {
        refuseIf(PetitionLifecycle.checkSubmission(command));
        if (command.hotlineTicket() != null) {
            if (command.hotlineTicket().receivedOn().isAfter(LocalDate.now(GenericEventMessage.clock.withZone(BEIJING)))) {
                throw CommandRefused.becauseOf("hotlineTicket.receivedOn", "接件日期不能晚于今天");
            }
            String number = command.hotlineTicket().ticketNumber();
            hotlineTickets.claim(number, command.petitionId().value(), command.title()).ifPresent(holder -> {
                throw new DuplicateRecord("hotlineTicket.ticketNumber", "12345工单号「" + number + "」已登记为诉求「"
                        + holder.title() + "」（编号 " + holder.petitionId() + "），不能重复登记",
                        holder.petitionId(), holder.title());
            });
        }
        apply(new PetitionSubmitted(command.petitionId(), command.source(), command.regionId(), command.deputyId(),
                command.stationId(), vault.store(command.petitioner()), command.title(), command.content(),
                command.hotlineTicket(), command.receptionId()));
    }

    @CommandHandler
    public void handle(AcceptPetition command) {
        require(PetitionAction.ACCEPT);
        apply(new PetitionAccepted(petitionId, command.deputyId(), command.reason()));
    }

    @CommandHandler
    public void handle(DeclinePetition command) {
        require(PetitionAction.DECLINE);
        apply(new PetitionDeclined(petitionId, command.reason()));
    }

    @CommandHandler
    public void handle(ForwardPetition command, DeadlinePolicy policy, DeadlineManager deadlines) {
        require(PetitionAction.FORWARD);
        Instant now = GenericEventMessage.clock.instant();
        Instant dueAt = command.replyDueAt() != null ? command.replyDueAt() : now.plus(policy.petitionReply());
        if (!dueAt.isAfter(now)) {
            throw CommandRefused.becauseOf("replyDueAt", "答复期限必须晚于当前时间");
        }
        List<HandlingUnitId> units = List.copyOf(new LinkedHashSet<>(command.unitIds()));
        apply(new PetitionForwarded(petitionId, units, dueAt, command.reason()));
        deadlines.schedule(dueAt, REPLY_DUE, new ReplyDue(dueAt));
    }

    @CommandHandler
    public void handle(ExtendPetitionDeadline command, DeadlinePolicy policy, DeadlineManager deadlines) {
        require(PetitionAction.EXTEND);
        Instant newDueAt = state.replyDueAt().plus(policy.petitionExtension());
        apply(new PetitionDeadlineExtended(petitionId, state.replyDueAt(), newDueAt, command.reason()));
        deadlines.schedule(newDueAt, REPLY_DUE, new ReplyDue(newDueAt));
    }

    @CommandHandler
    public void handle(ReplyToPetition command) {
        refuseIf(PetitionLifecycle.checkReply(state, command.unitId()));
        apply(new PetitionReplied(petitionId, command.unitId(), command.reply(),
                PetitionLifecycle.isLastReply(state, command.unitId())));
    }

    @CommandHandler
    public void handle(FollowUpPetition command) {
        require(PetitionAction.FOLLOW_UP);
        apply(new PetitionFollowedUp(petitionId, command.note()));
    }

    @CommandHandler
    public void handle(RatePetition command) {
        require(PetitionAction.RATE);
        apply(new PetitionRated(petitionId, command.satisfaction(), command.reason()));
        if (command.satisfaction() == Satisfaction.UNSATISFIED) {
            // The event has always carried the number of this reopening (1 for the first), so its JSON stays.
            apply(new PetitionReopened(petitionId, state.round() + 1));
        }
    }

    @CommandHandler
    public void handle(ClosePetition command) {
        require(PetitionAction.CLOSE);
        apply(new PetitionClosed(petitionId, state.lastRating(), command.reason()));
    }

    @CommandHandler
    public void handle(UrgePetition command) {
        require(PetitionAction.URGE);
        apply(new PetitionUrged(petitionId, state.status(), command.reason()));
    }

    @CommandHandler
    public void handle(WithdrawPetition command) {
        require(PetitionAction.WITHDRAW);
        apply(new PetitionWithdrawn(petitionId, command.reason()));
    }

    @CommandHandler
    public void handle(RecordHotlineFeedback command) {
        require(PetitionAction.HOTLINE_FEEDBACK);
        if (command.fedBackOn().isAfter(LocalDate.now(GenericEventMessage.clock.withZone(BEIJING)))) {
            throw CommandRefused.becauseOf("fedBackOn", "反馈日期不能晚于今天");
        }
        apply(new PetitionHotlineFeedbackRecorded(petitionId, ticketNumber, command.result(), command.fedBackOn()));
    }

    @CommandHandler
    public void handle(MergePetition command) {
        require(PetitionAction.MERGE);
        if (command.intoPetitionId().equals(petitionId)) {
            throw CommandRefused.becauseOf("intoPetitionId", "不能把诉求合并到它自己");
        }
        apply(new PetitionMerged(petitionId, command.intoPetitionId(), command.reason()));
    }

    /**
     * A reply deadline passed. Deadlines are never cancelled: one that was superseded by an extension, or
     * that passes after the last reply arrived, finds nothing to do here.
     */
    @DeadlineHandler(deadlineName = REPLY_DUE)
    public void on(ReplyDue due) {
        if (PetitionLifecycle.isOverdueAt(state, due.dueAt())) {
            apply(new PetitionOverdue(petitionId, state.replyDueAt(), state.unitsAwaited()));
        }
    }

    /** The petition's state as its lifecycle sees it. */
    PetitionState state() {
        return state;
    }

    private void require(PetitionAction action) {
        refuseIf(PetitionLifecycle.check(state, action));
    }

    private static void refuseIf(Optional<Refusal> refusal) {
        refusal.ifPresent(why -> {
            throw why.field() == null ? CommandRefused.because(why.reason())
                    : CommandRefused.becauseOf(why.field(), why.reason());
        });
    }

    @EventSourcingHandler
    void on(PetitionSubmitted event) {
        petitionId = event.petitionId();
        ticketNumber = event.hotlineTicket() == null ? null : event.hotlineTicket().ticketNumber();
        evolve(event);
    }

    /** Every petition event changes the state the lifecycle's way; none needs more of the aggregate. */
    @EventSourcingHandler
    void evolve(Object event) {
        state = PetitionLifecycle.evolve(state, event);
    }

    /** Payload of the reply deadline: the due time it was scheduled for. */
    record ReplyDue(Instant dueAt) {
    }

}

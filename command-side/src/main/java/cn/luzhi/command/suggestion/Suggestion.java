package cn.luzhi.command.suggestion;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.deadline.DeadlinePolicy;
import cn.luzhi.events.common.ChinaCalendar;
import cn.luzhi.events.suggestion.AcceptSuggestion;
import cn.luzhi.events.suggestion.AssignSuggestion;
import cn.luzhi.events.suggestion.BillHandledAsSuggestion;
import cn.luzhi.events.suggestion.CloseSuggestion;
import cn.luzhi.events.suggestion.CoSignSuggestion;
import cn.luzhi.events.suggestion.InviteSuggestionCoSigners;
import cn.luzhi.events.suggestion.ConvertSuggestionToProcuratorate;
import cn.luzhi.events.suggestion.DiscussSuggestionWithDeputy;
import cn.luzhi.events.suggestion.DraftSuggestion;
import cn.luzhi.events.suggestion.ExtendSuggestionDeadline;
import cn.luzhi.events.suggestion.FollowUpOutcome;
import cn.luzhi.events.suggestion.FollowUpSuggestion;
import cn.luzhi.events.suggestion.HandleBillAsSuggestion;
import cn.luzhi.events.suggestion.MergeSuggestion;
import cn.luzhi.events.suggestion.PickSuggestionForKeySupervision;
import cn.luzhi.events.suggestion.RateSuggestion;
import cn.luzhi.events.suggestion.RecordProcuratorateOutcome;
import cn.luzhi.events.suggestion.ReplyToSuggestion;
import cn.luzhi.events.suggestion.ReturnSuggestion;
import cn.luzhi.events.suggestion.SendSuggestionOpinion;
import cn.luzhi.events.suggestion.SubmitSuggestion;
import cn.luzhi.events.suggestion.SuggestionAccepted;
import cn.luzhi.events.suggestion.SuggestionAction;
import cn.luzhi.events.suggestion.SuggestionAssigned;
import cn.luzhi.events.suggestion.SuggestionClosed;
import cn.luzhi.events.suggestion.SuggestionCoSigned;
import cn.luzhi.events.suggestion.SuggestionCoSignersInvited;
import cn.luzhi.events.suggestion.SuggestionConvertedToProcuratorate;
import cn.luzhi.events.suggestion.SuggestionDeadlineExtended;
import cn.luzhi.events.suggestion.SuggestionDiscussedWithDeputy;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.SuggestionFollowedUp;
import cn.luzhi.events.suggestion.SuggestionId;
import cn.luzhi.events.suggestion.SuggestionLifecycle;
import cn.luzhi.events.suggestion.SuggestionMerged;
import cn.luzhi.events.suggestion.SuggestionOpinionSent;
import cn.luzhi.events.suggestion.SuggestionOverdue;
import cn.luzhi.events.suggestion.SuggestionPickedForKeySupervision;
import cn.luzhi.events.suggestion.SuggestionProcuratorateOutcomeRecorded;
import cn.luzhi.events.suggestion.SuggestionRated;
import cn.luzhi.events.suggestion.SuggestionReopened;
import cn.luzhi.events.suggestion.SuggestionReplied;
import cn.luzhi.events.suggestion.SuggestionReturned;
import cn.luzhi.events.suggestion.SuggestionState;
import cn.luzhi.events.suggestion.SuggestionSubmitted;
import cn.luzhi.events.suggestion.SuggestionUpgradedToSolved;
import cn.luzhi.events.suggestion.SuggestionUrged;
import cn.luzhi.events.suggestion.UrgeSuggestion;
import cn.luzhi.events.unit.HandlingUnitId;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * A deputy's suggestion or bill (代表建议/议案): drafted and co-signed, submitted, reviewed, assigned to units
 * with a reply deadline, replied to with an A/B/C class, rated by the lead deputy (re-handled once if
 * unsatisfied), closed, and for B-class results followed up in later years.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Suggestion {

    static final String REPLY_DUE = "suggestion-reply-due";

    /** {@link SuggestionLifecycle#BILL_MIN_DEPUTIES}, where the aggregate's tests look for it. */
    static final int BILL_MIN_DEPUTIES = SuggestionLifecycle.BILL_MIN_DEPUTIES;

    /** Dates and years users read are Beijing time, whatever zone the server runs in. */
    private static final ZoneId CHINA = ChinaCalendar.ZONE;

    @AggregateIdentifier
    private SuggestionId suggestionId;
    // Unwrapped, so the snapshot keeps the flat fields it had before the lifecycle existed, and old ones load.
    @JsonUnwrapped
    private SuggestionState state = SuggestionState.NONE;
    /** When the latest reply was recorded: a follow-up's year is counted from it. */
    private Instant repliedAt;

    protected Suggestion() {
        // For Axon, which rebuilds the suggestion from its events.
    }

    @CommandHandler
    public Suggestion(DraftSuggestion command) {
        apply(new SuggestionDrafted(command.suggestionId(), command.kind(), command.leadDeputyId(),
                command.regionId(), command.title(), command.content(), command.procuratorateReference()));
    }

    @CommandHandler
    public void handle(InviteSuggestionCoSigners command) {
        CommandRefused.throwIf(SuggestionLifecycle.checkInvite(state, command.deputyIds()));
        apply(new SuggestionCoSignersInvited(suggestionId, List.copyOf(command.deputyIds())));
    }

    @CommandHandler
    public void handle(CoSignSuggestion command) {
        CommandRefused.throwIf(SuggestionLifecycle.checkCoSign(state, command.deputyId()));
        apply(new SuggestionCoSigned(suggestionId, command.deputyId()));
    }

    /** That the period given matches the congress calendar is left to the API. */
    @CommandHandler
    public void handle(SubmitSuggestion command) {
        CommandRefused.throwIf(SuggestionLifecycle.checkSubmit(state, command.sessionPeriod()));
        apply(new SuggestionSubmitted(suggestionId, command.sessionPeriod(), state.deputyCount()));
    }

    @CommandHandler
    public void handle(AcceptSuggestion command) {
        require(SuggestionAction.ACCEPT);
        apply(new SuggestionAccepted(suggestionId, command.reason()));
    }

    @CommandHandler
    public void handle(ReturnSuggestion command) {
        require(SuggestionAction.RETURN);
        apply(new SuggestionReturned(suggestionId, command.reason()));
    }

    /** That the suggestion merged into exists and is still open is left to the API. */
    @CommandHandler
    public void handle(MergeSuggestion command) {
        require(SuggestionAction.MERGE);
        if (command.intoSuggestionId().equals(suggestionId)) {
            throw CommandRefused.becauseOf("intoSuggestionId", "不能把" + state.noun() + "并入它自己");
        }
        apply(new SuggestionMerged(suggestionId, command.intoSuggestionId(), command.reason()));
    }

    @CommandHandler
    public void handle(HandleBillAsSuggestion command) {
        require(SuggestionAction.HANDLE_AS_SUGGESTION);
        apply(new BillHandledAsSuggestion(suggestionId, command.reason()));
    }

    @CommandHandler
    public void handle(AssignSuggestion command, DeadlinePolicy policy, DeadlineManager deadlines) {
        require(SuggestionAction.ASSIGN);
        HandlingUnitId lead = command.leadUnitId();
        List<HandlingUnitId> coUnits = command.coUnitIds() == null
                ? List.of()
                : List.copyOf(new LinkedHashSet<>(command.coUnitIds()));
        if (coUnits.contains(lead)) {
            throw CommandRefused.becauseOf("coUnitIds", "主办单位「" + lead + "」不能同时作为协办单位");
        }
        Instant now = GenericEventMessage.clock.instant();
        Instant dueAt = now.plus(policy.suggestionReply());
        apply(new SuggestionAssigned(suggestionId, lead, coUnits, dueAt, now.plus(policy.suggestionMaxReply()),
                command.reason()));
        deadlines.schedule(dueAt, REPLY_DUE, new ReplyDue(SuggestionLifecycle.FIRST_ROUND, dueAt));
    }

    @CommandHandler
    public void handle(ExtendSuggestionDeadline command, DeadlineManager deadlines) {
        Instant newDueAt = command.replyDueAt();
        CommandRefused.throwIf(SuggestionLifecycle.checkExtend(state, newDueAt));
        apply(new SuggestionDeadlineExtended(suggestionId, state.replyDueAt(), newDueAt, command.reason()));
        deadlines.schedule(newDueAt, REPLY_DUE, new ReplyDue(state.round(), newDueAt));
    }

    @CommandHandler
    public void handle(DiscussSuggestionWithDeputy command) {
        CommandRefused.throwIf(SuggestionLifecycle.checkMeet(state, command.unitId()));
        apply(new SuggestionDiscussedWithDeputy(suggestionId, command.unitId(), command.note()));
    }

    @CommandHandler
    public void handle(SendSuggestionOpinion command) {
        CommandRefused.throwIf(SuggestionLifecycle.checkOpinion(state, command.unitId()));
        apply(new SuggestionOpinionSent(suggestionId, command.unitId(), state.leadUnitId(), command.opinion()));
    }

    @CommandHandler
    public void handle(ReplyToSuggestion command) {
        CommandRefused.throwIf(SuggestionLifecycle.checkReply(state, command.unitId()));
        boolean onTime = !GenericEventMessage.clock.instant().isAfter(state.replyDueAt());
        apply(new SuggestionReplied(suggestionId, command.unitId(), command.result(), command.reply(), state.round(),
                onTime));
    }

    @CommandHandler
    public void handle(RateSuggestion command, DeadlinePolicy policy, DeadlineManager deadlines) {
        require(SuggestionAction.RATE);
        boolean rehandled = SuggestionLifecycle.isRehandledAfter(state, command.satisfaction());
        apply(new SuggestionRated(suggestionId, command.satisfaction(), state.round(), command.reason()));
        if (rehandled) {
            // There is no separate re-handling period in the policy, so the units get the statutory one again.
            Instant now = GenericEventMessage.clock.instant();
            Instant dueAt = now.plus(policy.suggestionReply());
            int nextRound = state.round() + 1;
            apply(new SuggestionReopened(suggestionId, nextRound, dueAt, now.plus(policy.suggestionMaxReply())));
            deadlines.schedule(dueAt, REPLY_DUE, new ReplyDue(nextRound, dueAt));
        }
    }

    @CommandHandler
    public void handle(CloseSuggestion command) {
        require(SuggestionAction.CLOSE);
        apply(new SuggestionClosed(suggestionId, state.result(), state.lastRating(), command.reason()));
    }

    @CommandHandler
    public void handle(UrgeSuggestion command) {
        require(SuggestionAction.URGE);
        apply(new SuggestionUrged(suggestionId, state.status(), command.reason()));
    }

    @CommandHandler
    public void handle(PickSuggestionForKeySupervision command) {
        CommandRefused.throwIf(SuggestionLifecycle.checkKeySupervision(state, command.leaderName()));
        apply(new SuggestionPickedForKeySupervision(suggestionId, command.leaderName(), command.leaderPosition(),
                command.reason()));
    }

    @CommandHandler
    public void handle(FollowUpSuggestion command) {
        require(SuggestionAction.FOLLOW_UP);
        int repliedYear = repliedAt.atZone(CHINA).getYear();
        int thisYear = GenericEventMessage.clock.instant().atZone(CHINA).getYear();
        CommandRefused.throwIf(SuggestionLifecycle.checkFollowUp(state, command.year(), repliedYear, thisYear));
        apply(new SuggestionFollowedUp(suggestionId, command.year(), command.progress(), command.outcome()));
        if (command.outcome() == FollowUpOutcome.SOLVED) {
            apply(new SuggestionUpgradedToSolved(suggestionId, command.year()));
        }
    }

    /** That {@code procuratorateId} names a procuratorate is left to the API, which knows the units. */
    @CommandHandler
    public void handle(ConvertSuggestionToProcuratorate command) {
        require(SuggestionAction.CONVERT_TO_PROCURATORATE);
        apply(new SuggestionConvertedToProcuratorate(suggestionId, command.procuratorateId(), command.reason()));
    }

    @CommandHandler
    public void handle(RecordProcuratorateOutcome command) {
        LocalDate today = LocalDate.ofInstant(GenericEventMessage.clock.instant(), CHINA);
        CommandRefused.throwIf(SuggestionLifecycle.checkProcuratorateOutcome(state, command.decidedOn(), today));
        apply(new SuggestionProcuratorateOutcomeRecorded(suggestionId, state.procuratorateId(), command.outcome(),
                blankToNull(command.referenceNumber()), command.decidedOn(), blankToNull(command.note())));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * A reply deadline passed. Deadlines are never cancelled: one superseded by an extension or by the
     * re-handling round, or one passing after the lead unit replied, finds nothing to do here.
     */
    @DeadlineHandler(deadlineName = REPLY_DUE)
    public void on(ReplyDue due) {
        if (SuggestionLifecycle.isOverdueAt(state, due.round(), due.dueAt())) {
            apply(new SuggestionOverdue(suggestionId, state.replyDueAt(), state.leadUnitId()));
        }
    }

    /** The suggestion's state as its lifecycle sees it. */
    SuggestionState state() {
        return state;
    }

    private void require(SuggestionAction action) {
        CommandRefused.throwIf(SuggestionLifecycle.check(state, action));
    }

    @EventSourcingHandler
    void on(SuggestionDrafted event) {
        suggestionId = event.suggestionId();
        evolve(event);
    }

    @EventSourcingHandler
    void on(SuggestionReplied event, @Timestamp Instant at) {
        repliedAt = at;
        evolve(event);
    }

    /** Every other suggestion event changes the state the lifecycle's way; none needs more of the aggregate. */
    @EventSourcingHandler
    void evolve(Object event) {
        state = SuggestionLifecycle.evolve(state, event);
    }

    /**
     * Payload of the reply deadline: the handling round and the due time it was scheduled for. The round
     * tells a first-round deadline from a re-handling one even when both fall on the same instant.
     */
    record ReplyDue(int round, Instant dueAt) {
    }
}

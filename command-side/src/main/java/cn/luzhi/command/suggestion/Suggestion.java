package cn.luzhi.command.suggestion;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.deadline.DeadlinePolicy;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.suggestion.AcceptSuggestion;
import cn.luzhi.events.suggestion.AssignSuggestion;
import cn.luzhi.events.suggestion.BillHandledAsSuggestion;
import cn.luzhi.events.suggestion.CloseSuggestion;
import cn.luzhi.events.suggestion.CoSignSuggestion;
import cn.luzhi.events.suggestion.ConvertSuggestionToProcuratorate;
import cn.luzhi.events.suggestion.DiscussSuggestionWithDeputy;
import cn.luzhi.events.suggestion.DraftSuggestion;
import cn.luzhi.events.suggestion.ExtendSuggestionDeadline;
import cn.luzhi.events.suggestion.FollowUpSuggestion;
import cn.luzhi.events.suggestion.HandleBillAsSuggestion;
import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.events.suggestion.MergeSuggestion;
import cn.luzhi.events.suggestion.PickSuggestionForKeySupervision;
import cn.luzhi.events.suggestion.RateSuggestion;
import cn.luzhi.events.suggestion.ReplyToSuggestion;
import cn.luzhi.events.suggestion.ReturnSuggestion;
import cn.luzhi.events.suggestion.SendSuggestionOpinion;
import cn.luzhi.events.suggestion.SessionPeriod;
import cn.luzhi.events.suggestion.SubmitSuggestion;
import cn.luzhi.events.suggestion.SuggestionAccepted;
import cn.luzhi.events.suggestion.SuggestionAssigned;
import cn.luzhi.events.suggestion.SuggestionClosed;
import cn.luzhi.events.suggestion.SuggestionCoSigned;
import cn.luzhi.events.suggestion.SuggestionConvertedToProcuratorate;
import cn.luzhi.events.suggestion.SuggestionDeadlineExtended;
import cn.luzhi.events.suggestion.SuggestionDiscussedWithDeputy;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.SuggestionFollowedUp;
import cn.luzhi.events.suggestion.SuggestionId;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.suggestion.SuggestionMerged;
import cn.luzhi.events.suggestion.SuggestionOpinionSent;
import cn.luzhi.events.suggestion.SuggestionOverdue;
import cn.luzhi.events.suggestion.SuggestionPickedForKeySupervision;
import cn.luzhi.events.suggestion.SuggestionRated;
import cn.luzhi.events.suggestion.SuggestionReopened;
import cn.luzhi.events.suggestion.SuggestionReplied;
import cn.luzhi.events.suggestion.SuggestionReturned;
import cn.luzhi.events.suggestion.SuggestionStatus;
import cn.luzhi.events.suggestion.SuggestionSubmitted;
import cn.luzhi.events.suggestion.SuggestionUpgradedToSolved;
import cn.luzhi.events.suggestion.SuggestionUrged;
import cn.luzhi.events.suggestion.UrgeSuggestion;
import cn.luzhi.events.unit.HandlingUnitId;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    /**
     * 代表十人以上联名: a deputies' bill to a county-level or higher congress needs at least ten deputies, the lead
     * deputy included ("以上" counts the ten themselves; 地方组织法).
     */
    static final int BILL_MIN_DEPUTIES = 10;

    private static final int FIRST_ROUND = 1;
    /** The first handling plus the one re-handling an unsatisfied deputy may ask for. */
    private static final int MAX_ROUNDS = 2;

    /** Dates and years users read are Beijing time, whatever zone the server runs in. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DUE_FORMAT =
            DateTimeFormatter.ofPattern("yyyy年M月d日HH:mm").withZone(CHINA);

    /** Where units work on the suggestion; meetings, opinions, replies and extensions happen only here. */
    private static final Set<SuggestionStatus> IN_HANDS_OF_UNITS =
            EnumSet.of(SuggestionStatus.ASSIGNED, SuggestionStatus.REHANDLING);

    @AggregateIdentifier
    private SuggestionId suggestionId;
    private SuggestionKind kind;
    private SuggestionStatus status;
    private DeputyId leadDeputyId;
    private Set<DeputyId> coSigners = new LinkedHashSet<>();
    private boolean fromProcuratorate;
    private boolean convertedToProcuratorate;
    private HandlingUnitId leadUnitId;
    private Set<HandlingUnitId> coUnitIds = new LinkedHashSet<>();
    private Instant replyDueAt;
    private Instant latestReplyDueAt;
    private int round;
    private HandlingResult result;
    private Instant repliedAt;
    private Satisfaction lastRating;
    private Set<String> supervisingLeaders = new LinkedHashSet<>();

    protected Suggestion() {
        // For Axon, which rebuilds the suggestion from its events.
    }

    @CommandHandler
    public Suggestion(DraftSuggestion command) {
        apply(new SuggestionDrafted(command.suggestionId(), command.kind(), command.leadDeputyId(),
                command.regionId(), command.title(), command.content(), command.procuratorateReference()));
    }

    @CommandHandler
    public void handle(CoSignSuggestion command) {
        requireStatus("联名", SuggestionStatus.DRAFTED);
        DeputyId deputy = command.deputyId();
        if (deputy.equals(leadDeputyId)) {
            throw CommandRefused.becauseOf("deputyId", "代表「" + deputy + "」是领衔代表，不能再联名");
        }
        if (coSigners.contains(deputy)) {
            throw CommandRefused.becauseOf("deputyId", "代表「" + deputy + "」已联名，不能重复联名");
        }
        apply(new SuggestionCoSigned(suggestionId, deputy));
    }

    /** That the period given matches the congress calendar is left to the API. */
    @CommandHandler
    public void handle(SubmitSuggestion command) {
        requireStatus("提交", SuggestionStatus.DRAFTED);
        int deputyCount = 1 + coSigners.size();
        if (kind == SuggestionKind.BILL) {
            // Deputies' bills go to the congress itself, so they can only be brought while it sits (代表法).
            if (command.sessionPeriod() != SessionPeriod.DURING_SESSION) {
                throw CommandRefused.becauseOf("sessionPeriod", "议案只能在大会期间提出，闭会期间请作为建议提出");
            }
            if (deputyCount < BILL_MIN_DEPUTIES) {
                throw CommandRefused.because("议案须由代表" + BILL_MIN_DEPUTIES + "人以上联名提出，目前联名代表共"
                        + deputyCount + "人，不能提交");
            }
        }
        apply(new SuggestionSubmitted(suggestionId, command.sessionPeriod(), deputyCount));
    }

    @CommandHandler
    public void handle(AcceptSuggestion command) {
        requireStatus("立案", SuggestionStatus.SUBMITTED);
        apply(new SuggestionAccepted(suggestionId, command.reason()));
    }

    @CommandHandler
    public void handle(ReturnSuggestion command) {
        requireStatus("退回", SuggestionStatus.SUBMITTED);
        apply(new SuggestionReturned(suggestionId, command.reason()));
    }

    /** That the suggestion merged into exists and is still open is left to the API. */
    @CommandHandler
    public void handle(MergeSuggestion command) {
        requireStatus("并案", SuggestionStatus.SUBMITTED);
        if (command.intoSuggestionId().equals(suggestionId)) {
            throw CommandRefused.becauseOf("intoSuggestionId", "不能把" + kind.label() + "并入它自己");
        }
        apply(new SuggestionMerged(suggestionId, command.intoSuggestionId(), command.reason()));
    }

    @CommandHandler
    public void handle(HandleBillAsSuggestion command) {
        requireStatus("转为建议处理", SuggestionStatus.SUBMITTED);
        if (kind != SuggestionKind.BILL) {
            throw CommandRefused.because("本件是建议，只有议案才能转为建议处理");
        }
        apply(new BillHandledAsSuggestion(suggestionId, command.reason()));
    }

    @CommandHandler
    public void handle(AssignSuggestion command, DeadlinePolicy policy, DeadlineManager deadlines) {
        requireStatus("交办", SuggestionStatus.ACCEPTED);
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
        deadlines.schedule(dueAt, REPLY_DUE, new ReplyDue(FIRST_ROUND, dueAt));
    }

    @CommandHandler
    public void handle(ExtendSuggestionDeadline command, DeadlineManager deadlines) {
        requireStatus("延期", IN_HANDS_OF_UNITS);
        Instant newDueAt = command.replyDueAt();
        if (!newDueAt.isAfter(replyDueAt)) {
            throw CommandRefused.becauseOf("replyDueAt",
                    "新的答复期限须晚于现有期限" + DUE_FORMAT.format(replyDueAt));
        }
        if (newDueAt.isAfter(latestReplyDueAt)) {
            throw CommandRefused.becauseOf("replyDueAt",
                    "答复期限最迟只能延至" + DUE_FORMAT.format(latestReplyDueAt) + "（最长办理期限）");
        }
        apply(new SuggestionDeadlineExtended(suggestionId, replyDueAt, newDueAt, command.reason()));
        deadlines.schedule(newDueAt, REPLY_DUE, new ReplyDue(round, newDueAt));
    }

    @CommandHandler
    public void handle(DiscussSuggestionWithDeputy command) {
        requireStatus("见面沟通", IN_HANDS_OF_UNITS);
        HandlingUnitId unit = command.unitId();
        if (!unit.equals(leadUnitId) && !coUnitIds.contains(unit)) {
            throw notAssigned(unit, "见面沟通");
        }
        apply(new SuggestionDiscussedWithDeputy(suggestionId, unit, command.note()));
    }

    @CommandHandler
    public void handle(SendSuggestionOpinion command) {
        requireStatus("提出协办意见", IN_HANDS_OF_UNITS);
        HandlingUnitId unit = command.unitId();
        if (unit.equals(leadUnitId)) {
            throw CommandRefused.becauseOf("unitId", "「" + unit + "」是主办单位，协办意见只能由协办单位提出");
        }
        if (!coUnitIds.contains(unit)) {
            throw notAssigned(unit, "提出协办意见");
        }
        apply(new SuggestionOpinionSent(suggestionId, unit, leadUnitId, command.opinion()));
    }

    @CommandHandler
    public void handle(ReplyToSuggestion command) {
        requireStatus("答复", IN_HANDS_OF_UNITS);
        HandlingUnitId unit = command.unitId();
        if (coUnitIds.contains(unit)) {
            throw CommandRefused.becauseOf("unitId",
                    "「" + unit + "」是协办单位，只有主办单位「" + leadUnitId + "」才能答复并确定办理结果");
        }
        if (!unit.equals(leadUnitId)) {
            throw notAssigned(unit, "答复");
        }
        boolean onTime = !GenericEventMessage.clock.instant().isAfter(replyDueAt);
        apply(new SuggestionReplied(suggestionId, unit, command.result(), command.reply(), round, onTime));
    }

    @CommandHandler
    public void handle(RateSuggestion command, DeadlinePolicy policy, DeadlineManager deadlines) {
        requireStatus("评价", SuggestionStatus.REPLIED);
        apply(new SuggestionRated(suggestionId, command.satisfaction(), round, command.reason()));
        // A second unsatisfied rating is only recorded: the suggestion can then be closed, not re-handled.
        if (command.satisfaction() == Satisfaction.UNSATISFIED && round < MAX_ROUNDS) {
            // There is no separate re-handling period in the policy, so the units get the statutory one again.
            Instant now = GenericEventMessage.clock.instant();
            Instant dueAt = now.plus(policy.suggestionReply());
            int nextRound = round + 1;
            apply(new SuggestionReopened(suggestionId, nextRound, dueAt, now.plus(policy.suggestionMaxReply())));
            deadlines.schedule(dueAt, REPLY_DUE, new ReplyDue(nextRound, dueAt));
        }
    }

    @CommandHandler
    public void handle(CloseSuggestion command) {
        requireStatus("办结", SuggestionStatus.REPLIED, SuggestionStatus.RATED);
        apply(new SuggestionClosed(suggestionId, result, lastRating, command.reason()));
    }

    @CommandHandler
    public void handle(UrgeSuggestion command) {
        requireFiledAndOpen("督办");
        apply(new SuggestionUrged(suggestionId, status, command.reason()));
    }

    @CommandHandler
    public void handle(PickSuggestionForKeySupervision command) {
        requireStatus("列为重点督办", SuggestionStatus.ACCEPTED, SuggestionStatus.ASSIGNED,
                SuggestionStatus.REHANDLING, SuggestionStatus.REPLIED, SuggestionStatus.RATED);
        if (supervisingLeaders.contains(command.leaderName())) {
            throw CommandRefused.becauseOf("leaderName", "「" + command.leaderName() + "」已在重点督办本件"
                    + kind.label());
        }
        apply(new SuggestionPickedForKeySupervision(suggestionId, command.leaderName(), command.leaderPosition(),
                command.reason()));
    }

    @CommandHandler
    public void handle(FollowUpSuggestion command) {
        requireStatus("回头看", SuggestionStatus.REPLIED, SuggestionStatus.RATED, SuggestionStatus.CLOSED);
        if (result != HandlingResult.BEING_SOLVED_OR_PLANNED) {
            throw CommandRefused.because("本件办理结果为" + result.code() + "类（" + result.label()
                    + "），只有B类" + kind.label() + "才能回头看");
        }
        int repliedYear = repliedAt.atZone(CHINA).getYear();
        int thisYear = GenericEventMessage.clock.instant().atZone(CHINA).getYear();
        if (command.year() <= repliedYear || command.year() > thisYear) {
            throw CommandRefused.becauseOf("year", "回头看年度须晚于答复年度（" + repliedYear + "年），且不晚于今年（"
                    + thisYear + "年）");
        }
        apply(new SuggestionFollowedUp(suggestionId, command.year(), command.progress()));
        if (command.solved()) {
            apply(new SuggestionUpgradedToSolved(suggestionId, command.year()));
        }
    }

    /** That {@code procuratorateId} names a procuratorate is left to the API, which knows the units. */
    @CommandHandler
    public void handle(ConvertSuggestionToProcuratorate command) {
        requireFiledAndOpen("转为检察建议");
        if (fromProcuratorate) {
            throw CommandRefused.because("本件由检察建议转化而来，不能再转为检察建议");
        }
        if (convertedToProcuratorate) {
            throw CommandRefused.because("本件已转为检察建议，不能重复转化");
        }
        apply(new SuggestionConvertedToProcuratorate(suggestionId, command.procuratorateId(), command.reason()));
    }

    /**
     * A reply deadline passed. Deadlines are never cancelled: one superseded by an extension or by the
     * re-handling round, or one passing after the lead unit replied, finds nothing to do here.
     */
    @DeadlineHandler(deadlineName = REPLY_DUE)
    public void on(ReplyDue due) {
        if (IN_HANDS_OF_UNITS.contains(status) && due.round() == round && due.dueAt().equals(replyDueAt)) {
            apply(new SuggestionOverdue(suggestionId, replyDueAt, leadUnitId));
        }
    }

    private void requireStatus(String action, SuggestionStatus first, SuggestionStatus... rest) {
        requireStatus(action, EnumSet.of(first, rest));
    }

    private void requireStatus(String action, Set<SuggestionStatus> allowed) {
        if (!allowed.contains(status)) {
            throw refusal(action);
        }
    }

    /** Filed means submitted: a draft is still the deputy's own and nobody else acts on it. */
    private void requireFiledAndOpen(String action) {
        if (status == SuggestionStatus.DRAFTED || status.isTerminal()) {
            throw refusal(action);
        }
    }

    private CommandRefused refusal(String action) {
        return CommandRefused.because(kind.label() + "当前状态为「" + status.label() + "」，不能" + action);
    }

    private CommandRefused notAssigned(HandlingUnitId unit, String action) {
        return CommandRefused.becauseOf("unitId", "承办单位「" + unit + "」未承办该" + kind.label() + "，不能" + action);
    }

    @EventSourcingHandler
    void on(SuggestionDrafted event) {
        suggestionId = event.suggestionId();
        kind = event.kind();
        leadDeputyId = event.leadDeputyId();
        fromProcuratorate = event.procuratorateReference() != null;
        status = SuggestionStatus.DRAFTED;
    }

    @EventSourcingHandler
    void on(SuggestionCoSigned event) {
        coSigners.add(event.deputyId());
    }

    @EventSourcingHandler
    void on(SuggestionSubmitted event) {
        status = SuggestionStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(SuggestionAccepted event) {
        status = SuggestionStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(SuggestionReturned event) {
        status = SuggestionStatus.RETURNED;
    }

    @EventSourcingHandler
    void on(SuggestionMerged event) {
        status = SuggestionStatus.MERGED;
    }

    @EventSourcingHandler
    void on(BillHandledAsSuggestion event) {
        kind = SuggestionKind.SUGGESTION;
        status = SuggestionStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(SuggestionAssigned event) {
        status = SuggestionStatus.ASSIGNED;
        leadUnitId = event.leadUnitId();
        coUnitIds = new LinkedHashSet<>(event.coUnitIds());
        replyDueAt = event.replyDueAt();
        latestReplyDueAt = event.latestReplyDueAt();
        round = FIRST_ROUND;
    }

    @EventSourcingHandler
    void on(SuggestionDeadlineExtended event) {
        replyDueAt = event.replyDueAt();
    }

    @EventSourcingHandler
    void on(SuggestionReplied event, @Timestamp Instant at) {
        status = SuggestionStatus.REPLIED;
        result = event.result();
        repliedAt = at;
    }

    @EventSourcingHandler
    void on(SuggestionRated event) {
        status = SuggestionStatus.RATED;
        lastRating = event.satisfaction();
    }

    @EventSourcingHandler
    void on(SuggestionReopened event) {
        status = SuggestionStatus.REHANDLING;
        round = event.round();
        replyDueAt = event.replyDueAt();
        latestReplyDueAt = event.latestReplyDueAt();
    }

    @EventSourcingHandler
    void on(SuggestionClosed event) {
        status = SuggestionStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(SuggestionPickedForKeySupervision event) {
        supervisingLeaders.add(event.leaderName());
    }

    @EventSourcingHandler
    void on(SuggestionUpgradedToSolved event) {
        result = HandlingResult.SOLVED_OR_ADOPTED;
    }

    @EventSourcingHandler
    void on(SuggestionConvertedToProcuratorate event) {
        convertedToProcuratorate = true;
    }

    /**
     * Payload of the reply deadline: the handling round and the due time it was scheduled for. The round
     * tells a first-round deadline from a re-handling one even when both fall on the same instant.
     */
    record ReplyDue(int round, Instant dueAt) {
    }
}

package cn.luzhi.command.legislation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.personaldata.PersonalDataVault;
import cn.luzhi.events.common.ChinaCalendar;
import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.legislation.CloseCommentPeriod;
import cn.luzhi.events.legislation.CollectOpinion;
import cn.luzhi.events.legislation.CommentPeriodClosed;
import cn.luzhi.events.legislation.DraftOpenedForComment;
import cn.luzhi.events.legislation.ForwardOpinions;
import cn.luzhi.events.legislation.LegislativeDraftAction;
import cn.luzhi.events.legislation.LegislativeDraftId;
import cn.luzhi.events.legislation.LegislativeDraftLifecycle;
import cn.luzhi.events.legislation.LegislativeDraftState;
import cn.luzhi.events.legislation.LegislativeFeedbackRecorded;
import cn.luzhi.events.legislation.MergeOpinions;
import cn.luzhi.events.legislation.OpenDraftForComment;
import cn.luzhi.events.legislation.OpinionCollected;
import cn.luzhi.events.legislation.OpinionSource;
import cn.luzhi.events.legislation.OpinionsForwarded;
import cn.luzhi.events.legislation.OpinionsMerged;
import cn.luzhi.events.legislation.RecordLegislativeFeedback;
import cn.luzhi.events.station.StationId;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A draft regulation opened for comment at the legislative liaison points (基层立法联系点): opinions are collected by
 * deputies and clerks at the points and from citizens through a point's public page, duplicates merged, the
 * period closed (by the clerk or at the closing date), the consolidated opinions forwarded to the legislature and
 * its feedback recorded. The opinions are entities inside the draft, numbered 1, 2, ... in the order they came.
 * That the stations it is opened at are designated liaison points is left to the API, which knows the register.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class LegislativeDraft {

    static final String COMMENT_PERIOD_ENDS = "comment-period-ends";
    /** Closing dates are calendar days where the liaison points are. */
    static final ZoneId CHINA = ChinaCalendar.ZONE;

    @AggregateIdentifier
    private LegislativeDraftId draftId;
    private LegislativeDraftState state = LegislativeDraftState.NONE;

    protected LegislativeDraft() {
        // For Axon, which rebuilds the draft from its events.
    }

    @CommandHandler
    public LegislativeDraft(OpenDraftForComment command, DeadlineManager deadlines) {
        if (isBlank(command.text()) && isBlank(command.link())) {
            throw CommandRefused.becauseOf("text", "请填写草案文本或草案链接（至少一项）");
        }
        Instant now = GenericEventMessage.clock.instant();
        if (command.closesOn().isBefore(LocalDate.ofInstant(now, CHINA))) {
            throw CommandRefused.becauseOf("closesOn", "截止日期不能早于今天");
        }
        List<StationId> points = List.copyOf(new LinkedHashSet<>(command.liaisonPointIds()));
        Instant closesAt = command.closesOn().plusDays(1).atStartOfDay(CHINA).toInstant();
        apply(new DraftOpenedForComment(command.draftId(), command.title(), command.legislature(),
                blankToNull(command.text()), blankToNull(command.link()), command.closesOn(), closesAt, points));
        deadlines.schedule(closesAt, COMMENT_PERIOD_ENDS, new CommentPeriodEnds(closesAt));
    }

    /** Answers the opinion's number, which a citizen's receipt shows. */
    @CommandHandler
    public int handle(CollectOpinion command, PersonalDataVault vault) {
        CommandRefused.throwIf(LegislativeDraftLifecycle.checkCollection(state, command.stationId(),
                GenericEventMessage.clock.instant()));
        OpinionSource source = command.source();
        if (source == OpinionSource.DEPUTY && command.deputyId() == null) {
            throw CommandRefused.becauseOf("deputyId", "代表收集的意见须注明收集的代表");
        }
        if (source != OpinionSource.DEPUTY && command.deputyId() != null) {
            throw CommandRefused.becauseOf("deputyId", "只有代表收集的意见才注明代表");
        }
        if (source == OpinionSource.CITIZEN && command.citizen() == null) {
            throw CommandRefused.becauseOf("citizen", "群众提交的意见须留下姓名和联系电话");
        }
        if (source != OpinionSource.CITIZEN && command.citizen() != null) {
            throw CommandRefused.becauseOf("citizen", "只有群众提交的意见才登记提交人信息");
        }
        PersonRef citizen = command.citizen() == null ? null : vault.store(command.citizen());
        int number = state.nextNumber();
        apply(new OpinionCollected(draftId, number, source, command.stationId(), command.deputyId(),
                citizen, blankToNull(command.article()), command.content()));
        return number;
    }

    @CommandHandler
    public void handle(MergeOpinions command) {
        CommandRefused.throwIf(LegislativeDraftLifecycle.checkMerge(state, command.duplicateNumbers(),
                command.intoNumber()));
        apply(new OpinionsMerged(draftId, List.copyOf(command.duplicateNumbers()), command.intoNumber()));
    }

    @CommandHandler
    public void handle(CloseCommentPeriod command) {
        CommandRefused.throwIf(LegislativeDraftLifecycle.check(state, LegislativeDraftAction.CLOSE_COMMENT));
        apply(new CommentPeriodClosed(draftId, false));
    }

    @CommandHandler
    public void handle(ForwardOpinions command) {
        CommandRefused.throwIf(LegislativeDraftLifecycle.checkForward(state, command.opinionNumbers()));
        if (command.forwardedOn().isAfter(LocalDate.ofInstant(GenericEventMessage.clock.instant(), CHINA))) {
            throw CommandRefused.becauseOf("forwardedOn", "报送日期不能晚于今天");
        }
        apply(new OpinionsForwarded(draftId, List.copyOf(command.opinionNumbers()), command.forwardedOn(),
                blankToNull(command.note())));
    }

    @CommandHandler
    public void handle(RecordLegislativeFeedback command) {
        CommandRefused.throwIf(LegislativeDraftLifecycle.checkFeedback(state, command.adoptedNumbers()));
        apply(new LegislativeFeedbackRecorded(draftId, List.copyOf(command.adoptedNumbers()), command.note()));
    }

    /** The closing date passed; a period the clerk closed earlier finds nothing to do (deadlines are kept). */
    @DeadlineHandler(deadlineName = COMMENT_PERIOD_ENDS)
    public void on(CommentPeriodEnds ends) {
        if (LegislativeDraftLifecycle.closesAt(state, ends.closesAt())) {
            apply(new CommentPeriodClosed(draftId, true));
        }
    }

    /** The draft's state as its lifecycle sees it. */
    LegislativeDraftState state() {
        return state;
    }

    @EventSourcingHandler
    void on(DraftOpenedForComment event) {
        draftId = event.draftId();
        evolve(event);
    }

    /** Every event changes the state the lifecycle's way. */
    @EventSourcingHandler
    void evolve(Object event) {
        state = LegislativeDraftLifecycle.evolve(state, event);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    /** Payload of the closing deadline: the closing time it was scheduled for. */
    record CommentPeriodEnds(Instant closesAt) {
    }
}

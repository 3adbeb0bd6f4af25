package cn.luzhi.query.audit;

import cn.luzhi.events.petition.PetitionHotlineFeedbackRecorded;
import cn.luzhi.events.petition.PetitionLifecycle;
import cn.luzhi.events.petition.PetitionState;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.query.common.CaseType;
import java.util.List;

/** A petition's (民意诉求) state, event by event. */
final class PetitionFold extends CaseFold {

    static final StateField STATUS = new StateField("status", "状态");
    static final StateField SOURCE = new StateField("source", "来源");
    static final StateField STATION = new StateField("stationId", "联络站");
    static final StateField DEPUTY = new StateField("deputyId", "联系代表");
    static final StateField PETITIONER = new StateField("petitioner", "诉求人（个人信息编号）");
    static final StateField TITLE = new StateField("title", "标题");
    static final StateField UNITS = new StateField("unitIds", "承办单位");
    static final StateField UNITS_AWAITED = new StateField("unitsAwaited", "待答复单位");
    static final StateField REPLY_DUE = new StateField("replyDueAt", "答复期限");
    static final StateField EXTENDED = new StateField("extendedThisRound", "本轮已延期");
    static final StateField OVERDUE = new StateField("overdue", "已逾期");
    static final StateField ROUND = new StateField("round", "办理轮次");
    static final StateField SATISFACTION = new StateField("satisfaction", "满意度");
    static final StateField URGES = new StateField("urgeCount", "督办次数");
    static final StateField MERGED_INTO = new StateField("mergedIntoId", "合并至诉求");
    static final StateField HOTLINE_TICKET = new StateField("hotlineTicketNumber", "12345工单号");
    static final StateField HOTLINE_FEEDBACK = new StateField("hotlineFeedback", "反馈12345结果");

    private static final List<StateField> FIELDS = List.of(STATUS, SOURCE, REGION, STATION, DEPUTY, PETITIONER,
            TITLE, UNITS, UNITS_AWAITED, REPLY_DUE, EXTENDED, OVERDUE, ROUND, SATISFACTION, URGES, MERGED_INTO,
            HOTLINE_TICKET, HOTLINE_FEEDBACK);

    PetitionFold() {
        super(CaseType.PETITION, PetitionSubmitted.class, FIELDS);
    }

    /**
     * The shown fields are the lifecycle's state after the event, plus what the submission said. Deadline
     * fields stay empty until the first forwarding, as an auditor saw them before.
     */
    @Override
    CaseState apply(CaseState state, Object event) {
        PetitionState after = PetitionLifecycle.evolve(state.lifecycle(PetitionState.class, PetitionState.NONE),
                event);
        CaseState shown = state;
        if (event instanceof PetitionSubmitted e) {
            shown = shown.with(SOURCE, e.source()).with(REGION, e.regionId()).with(STATION, e.stationId())
                    .with(PETITIONER, e.petitioner()).with(TITLE, e.title())
                    .with(HOTLINE_TICKET, e.hotlineTicket() == null ? null : e.hotlineTicket().ticketNumber());
        }
        if (event instanceof PetitionHotlineFeedbackRecorded e) {
            shown = shown.with(HOTLINE_FEEDBACK, e.fedBackOn() + " " + e.result());
        }
        if (!after.exists()) {
            return state;
        }
        boolean forwarded = after.replyDueAt() != null;
        return shown.withLifecycle(after).with(STATUS, after.status()).with(DEPUTY, after.deputy())
                .with(UNITS, after.unitsForwarded()).with(UNITS_AWAITED, after.unitsAwaited())
                .with(REPLY_DUE, after.replyDueAt())
                .with(EXTENDED, forwarded ? after.extendedThisRound() : null)
                .with(OVERDUE, forwarded ? after.overdue() : null)
                .with(ROUND, after.handlingRound()).with(SATISFACTION, after.lastRating())
                .with(URGES, after.urgeCount()).with(MERGED_INTO, after.mergedInto());
    }
}

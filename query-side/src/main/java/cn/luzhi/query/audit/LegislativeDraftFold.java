package cn.luzhi.query.audit;

import cn.luzhi.events.legislation.DraftOpenedForComment;
import cn.luzhi.events.legislation.LegislativeDraftLifecycle;
import cn.luzhi.events.legislation.LegislativeDraftState;
import cn.luzhi.events.legislation.LegislativeFeedbackRecorded;
import cn.luzhi.events.legislation.OpinionsForwarded;
import cn.luzhi.query.common.CaseType;
import java.util.List;

/**
 * A draft regulation's comment round (立法意见征集), event by event: the status and the counts of opinions are the
 * lifecycle's state after the event; the title, the legislature, the closing date and the liaison points are what
 * the opening said. Drafts belong to the whole district, so the region stays empty.
 */
final class LegislativeDraftFold extends CaseFold {

    static final StateField STATUS = new StateField("status", "状态");
    static final StateField TITLE = new StateField("title", "法规草案");
    static final StateField LEGISLATURE = new StateField("legislature", "制定机关");
    static final StateField CLOSES_ON = new StateField("closesOn", "征求意见截止日期");
    static final StateField POINTS = new StateField("liaisonPoints", "征求意见联系点");
    static final StateField COLLECTED = new StateField("collected", "收集意见数");
    static final StateField MERGED = new StateField("merged", "合并的重复意见数");
    static final StateField FORWARDED = new StateField("forwarded", "报送意见数");
    static final StateField FORWARDED_ON = new StateField("forwardedOn", "报送日期");
    static final StateField ADOPTED = new StateField("adopted", "采纳意见数");
    static final StateField FEEDBACK = new StateField("feedbackNote", "立法机关反馈");

    private static final List<StateField> FIELDS = List.of(STATUS, REGION, TITLE, LEGISLATURE, CLOSES_ON, POINTS,
            COLLECTED, MERGED, FORWARDED, FORWARDED_ON, ADOPTED, FEEDBACK);

    LegislativeDraftFold() {
        super(CaseType.LEGISLATION, DraftOpenedForComment.class, FIELDS);
    }

    @Override
    CaseState apply(CaseState state, Object event) {
        LegislativeDraftState after = LegislativeDraftLifecycle.evolve(
                state.lifecycle(LegislativeDraftState.class, LegislativeDraftState.NONE), event);
        if (!after.exists()) {
            return state;
        }
        CaseState shown = state.withLifecycle(after).with(STATUS, after.status())
                .with(COLLECTED, after.opinions().size())
                .with(MERGED, after.opinions().stream().filter(LegislativeDraftState.Opinion::merged).count())
                .with(FORWARDED, after.opinions().stream().filter(LegislativeDraftState.Opinion::forwarded).count())
                .with(ADOPTED, after.opinions().stream().filter(LegislativeDraftState.Opinion::adopted).count());
        if (event instanceof DraftOpenedForComment e) {
            return shown.with(TITLE, e.title()).with(LEGISLATURE, e.legislature()).with(CLOSES_ON, e.closesOn())
                    .with(POINTS, e.liaisonPointIds());
        }
        if (event instanceof OpinionsForwarded e) {
            return shown.with(FORWARDED_ON, e.forwardedOn());
        }
        if (event instanceof LegislativeFeedbackRecorded e) {
            return shown.with(FEEDBACK, e.note());
        }
        return shown;
    }
}

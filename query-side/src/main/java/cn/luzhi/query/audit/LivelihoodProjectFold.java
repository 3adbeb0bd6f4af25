package cn.luzhi.query.audit;

import cn.luzhi.events.ballot.LivelihoodProjectApproved;
import cn.luzhi.events.ballot.LivelihoodProjectLifecycle;
import cn.luzhi.events.ballot.LivelihoodProjectState;
import cn.luzhi.events.ballot.ProjectInspected;
import cn.luzhi.events.ballot.ProjectMilestonesPlanned;
import cn.luzhi.events.ballot.ProjectRated;
import cn.luzhi.query.common.CaseType;
import java.util.List;

/** A livelihood project's (民生实事项目) state, event by event. */
final class LivelihoodProjectFold extends CaseFold {

    static final StateField STATUS = new StateField("status", "状态");
    static final StateField BALLOT = new StateField("ballotId", "所属票决");
    static final StateField CANDIDATE = new StateField("candidateId", "候选项目编号");
    static final StateField TITLE = new StateField("title", "标题");
    static final StateField YEAR = new StateField("year", "年度");
    static final StateField BUDGET = new StateField("budget", "预算（元）");
    static final StateField MILESTONES = new StateField("milestones", "计划节点");
    static final StateField PERCENT = new StateField("percent", "完成进度（%）");
    static final StateField REACHED = new StateField("milestonesReached", "已完成节点");
    static final StateField INSPECTIONS = new StateField("inspectionCount", "代表视察次数");
    static final StateField RATING = new StateField("rating", "满意度测评");

    private static final List<StateField> FIELDS = List.of(STATUS, BALLOT, CANDIDATE, TITLE, REGION, YEAR, BUDGET,
            MILESTONES, PERCENT, REACHED, INSPECTIONS, RATING);

    LivelihoodProjectFold() {
        super(CaseType.PROJECT, LivelihoodProjectApproved.class, FIELDS);
    }

    /**
     * The status, the progress and the milestones reached are the lifecycle's state after the event; the rest is
     * what the events said that no rule needs (the ballot, the plan's due dates, inspections, the rating).
     */
    @Override
    CaseState apply(CaseState state, Object event) {
        LivelihoodProjectState after = LivelihoodProjectLifecycle.evolve(
                state.lifecycle(LivelihoodProjectState.class, LivelihoodProjectState.NONE), event);
        CaseState shown = state;
        if (event instanceof LivelihoodProjectApproved e) {
            shown = shown.with(BALLOT, e.ballotId()).with(CANDIDATE, e.candidateId()).with(TITLE, e.title())
                    .with(REGION, e.regionId()).with(YEAR, e.year()).with(BUDGET, e.budget()).with(INSPECTIONS, 0);
        } else if (event instanceof ProjectMilestonesPlanned e) {
            shown = shown.with(MILESTONES, e.milestones().stream()
                    .map(milestone -> milestone.name() + "（" + milestone.dueDate() + "）")
                    .toList());
        } else if (event instanceof ProjectInspected) {
            shown = shown.plusOne(INSPECTIONS);
        } else if (event instanceof ProjectRated e) {
            shown = shown.with(RATING, "满意 " + e.satisfied() + " 人，基本满意 " + e.basicallySatisfied()
                    + " 人，不满意 " + e.unsatisfied() + " 人");
        }
        if (!after.exists()) {
            return state;
        }
        return shown.withLifecycle(after).with(STATUS, after.status()).with(PERCENT, after.percent())
                .with(REACHED, after.milestonesReached());
    }
}

package cn.luzhi.query.audit;

import cn.luzhi.events.ballot.LivelihoodProjectApproved;
import cn.luzhi.events.ballot.ProjectCompleted;
import cn.luzhi.events.ballot.ProjectInspected;
import cn.luzhi.events.ballot.ProjectMilestonesPlanned;
import cn.luzhi.events.ballot.ProjectProgressRecorded;
import cn.luzhi.events.ballot.ProjectRated;
import cn.luzhi.events.ballot.ProjectStatus;
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

    @Override
    CaseState apply(CaseState state, Object event) {
        if (event instanceof LivelihoodProjectApproved e) {
            return state.with(STATUS, ProjectStatus.APPROVED).with(BALLOT, e.ballotId())
                    .with(CANDIDATE, e.candidateId()).with(TITLE, e.title()).with(REGION, e.regionId())
                    .with(YEAR, e.year()).with(BUDGET, e.budget()).with(PERCENT, 0).with(INSPECTIONS, 0);
        }
        if (event instanceof ProjectMilestonesPlanned e) {
            return state.with(MILESTONES, e.milestones().stream()
                    .map(milestone -> milestone.name() + "（" + milestone.dueDate() + "）")
                    .toList());
        }
        if (event instanceof ProjectProgressRecorded e) {
            CaseState progressed = state.with(STATUS, ProjectStatus.IN_PROGRESS).with(PERCENT, e.percent());
            return e.milestone() == null ? progressed : progressed.adding(REACHED, e.milestone());
        }
        if (event instanceof ProjectInspected) {
            return state.plusOne(INSPECTIONS);
        }
        if (event instanceof ProjectCompleted) {
            return state.with(STATUS, ProjectStatus.COMPLETED);
        }
        if (event instanceof ProjectRated e) {
            return state.with(STATUS, ProjectStatus.RATED).with(RATING, "满意 " + e.satisfied() + " 人，基本满意 "
                    + e.basicallySatisfied() + " 人，不满意 " + e.unsatisfied() + " 人");
        }
        return state;
    }
}

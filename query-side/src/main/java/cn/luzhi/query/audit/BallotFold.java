package cn.luzhi.query.audit;

import cn.luzhi.events.ballot.BallotClosed;
import cn.luzhi.events.ballot.BallotCreated;
import cn.luzhi.events.ballot.BallotLifecycle;
import cn.luzhi.events.ballot.BallotOpened;
import cn.luzhi.events.ballot.BallotState;
import cn.luzhi.events.ballot.CandidateTally;
import cn.luzhi.events.ballot.DeputyCheckedIn;
import cn.luzhi.events.ballot.TallyPublished;
import cn.luzhi.events.ballot.VoteCast;
import cn.luzhi.query.common.CaseType;
import java.util.List;

/**
 * A ballot's (民生实事项目票决) state, event by event. The ballot is secret: the state shows counts of check-ins
 * and papers but no running count per candidate, and never links a paper to a deputy; the votes per candidate
 * appear only with the published tally. (The lifecycle state it reads from counts votes per candidate, as the
 * aggregate must for its tally; no field shows them.)
 */
final class BallotFold extends CaseFold {

    static final StateField STATUS = new StateField("status", "状态");
    static final StateField LEVEL = new StateField("level", "票决级别");
    static final StateField YEAR = new StateField("year", "年度");
    static final StateField TITLE = new StateField("title", "标题");
    static final StateField CANDIDATES = new StateField("candidateCount", "征集候选项目数");
    static final StateField SHORTLIST = new StateField("shortlist", "票决候选项目");
    static final StateField MAX_CHOICES = new StateField("maxChoices", "每票最多可选");
    static final StateField ENTITLED = new StateField("entitled", "应参加代表人数");
    static final StateField CLOSES_AT = new StateField("closesAt", "投票截止时间");
    static final StateField CHECKED_IN = new StateField("checkedIn", "已签到代表人数");
    static final StateField VOTES_CAST = new StateField("votesCast", "已投选票数");
    static final StateField APPROVED = new StateField("approvedCandidates", "票决通过项目");

    private static final List<StateField> FIELDS = List.of(STATUS, LEVEL, REGION, YEAR, TITLE, CANDIDATES,
            SHORTLIST, MAX_CHOICES, ENTITLED, CLOSES_AT, CHECKED_IN, VOTES_CAST, APPROVED);

    BallotFold() {
        super(CaseType.BALLOT, BallotCreated.class, FIELDS);
    }

    /**
     * The status, the candidates, the shortlist and the running counts of the vote are the lifecycle's state after
     * the event; the closing states the ballot's own final counts, which the state shows from then on, as an
     * auditor saw it before. The rest is what the events said that no rule needs (level, title, the approved
     * candidates and their votes).
     */
    @Override
    CaseState apply(CaseState state, Object event) {
        BallotState after = BallotLifecycle.evolve(state.lifecycle(BallotState.class, BallotState.NONE), event);
        if (!after.exists()) {
            return state;
        }
        CaseState shown = state.withLifecycle(after).with(STATUS, after.status())
                .with(CANDIDATES, after.candidates().size()).with(SHORTLIST, after.shortlist())
                .with(CLOSES_AT, after.closesAt());
        if (event instanceof BallotCreated e) {
            return shown.with(LEVEL, e.level()).with(REGION, e.regionId()).with(YEAR, e.year())
                    .with(TITLE, e.title());
        }
        if (event instanceof BallotOpened || event instanceof DeputyCheckedIn || event instanceof VoteCast) {
            return shown.with(MAX_CHOICES, after.maxChoices()).with(ENTITLED, after.entitled().size())
                    .with(CHECKED_IN, after.checkedIn().size()).with(VOTES_CAST, after.votesCast());
        }
        if (event instanceof BallotClosed e) {
            return shown.with(ENTITLED, e.entitled()).with(CHECKED_IN, e.checkedIn()).with(VOTES_CAST, e.votesCast());
        }
        if (event instanceof TallyPublished e) {
            return shown.with(APPROVED, e.tallies().stream().filter(CandidateTally::approved)
                    .map(tally -> tally.candidateId() + "（" + tally.votes() + "票）").toList());
        }
        return shown;
    }
}

package cn.luzhi.query.audit;

import cn.luzhi.events.ballot.BallotClosed;
import cn.luzhi.events.ballot.BallotCreated;
import cn.luzhi.events.ballot.BallotOpened;
import cn.luzhi.events.ballot.BallotStatus;
import cn.luzhi.events.ballot.CandidateCollected;
import cn.luzhi.events.ballot.CandidateTally;
import cn.luzhi.events.ballot.CandidatesShortlisted;
import cn.luzhi.events.ballot.DeputyCheckedIn;
import cn.luzhi.events.ballot.TallyPublished;
import cn.luzhi.events.ballot.VoteCast;
import cn.luzhi.query.common.CaseType;
import java.util.List;

/**
 * A ballot's (民生实事项目票决) state, event by event. The ballot is secret: the state counts check-ins and papers
 * but holds no running count per candidate and never links a paper to a deputy; the votes per candidate appear
 * only with the published tally.
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

    @Override
    CaseState apply(CaseState state, Object event) {
        if (event instanceof BallotCreated e) {
            return state.with(STATUS, BallotStatus.COLLECTING).with(LEVEL, e.level()).with(REGION, e.regionId())
                    .with(YEAR, e.year()).with(TITLE, e.title()).with(CANDIDATES, 0);
        }
        if (event instanceof CandidateCollected) {
            return state.plusOne(CANDIDATES);
        }
        if (event instanceof CandidatesShortlisted e) {
            return state.with(STATUS, BallotStatus.SHORTLISTED).with(SHORTLIST, e.candidateIds());
        }
        if (event instanceof BallotOpened e) {
            return state.with(STATUS, BallotStatus.OPEN).with(SHORTLIST, e.candidateIds())
                    .with(MAX_CHOICES, e.maxChoices()).with(ENTITLED, e.entitledDeputies().size())
                    .with(CLOSES_AT, e.closesAt()).with(CHECKED_IN, 0).with(VOTES_CAST, 0);
        }
        if (event instanceof DeputyCheckedIn) {
            return state.plusOne(CHECKED_IN);
        }
        if (event instanceof VoteCast) {
            return state.plusOne(VOTES_CAST);
        }
        if (event instanceof BallotClosed e) {
            return state.with(STATUS, BallotStatus.CLOSED).with(ENTITLED, e.entitled())
                    .with(CHECKED_IN, e.checkedIn()).with(VOTES_CAST, e.votesCast());
        }
        if (event instanceof TallyPublished e) {
            return state.with(STATUS, BallotStatus.PUBLISHED).with(APPROVED, e.tallies().stream()
                    .filter(CandidateTally::approved)
                    .map(tally -> tally.candidateId() + "（" + tally.votes() + "票）")
                    .toList());
        }
        return state;
    }
}

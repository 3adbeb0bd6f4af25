package cn.luzhi.command.ballot;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.events.ballot.BallotClosed;
import cn.luzhi.events.ballot.BallotCreated;
import cn.luzhi.events.ballot.BallotId;
import cn.luzhi.events.ballot.BallotOpened;
import cn.luzhi.events.ballot.BallotStatus;
import cn.luzhi.events.ballot.CandidateCollected;
import cn.luzhi.events.ballot.CandidateTally;
import cn.luzhi.events.ballot.CandidatesShortlisted;
import cn.luzhi.events.ballot.CastVote;
import cn.luzhi.events.ballot.CheckInForBallot;
import cn.luzhi.events.ballot.CloseBallot;
import cn.luzhi.events.ballot.CollectCandidate;
import cn.luzhi.events.ballot.CreateBallot;
import cn.luzhi.events.ballot.DeputyCheckedIn;
import cn.luzhi.events.ballot.LivelihoodProjectApproved;
import cn.luzhi.events.ballot.LivelihoodProjectId;
import cn.luzhi.events.ballot.OpenBallot;
import cn.luzhi.events.ballot.PublishTally;
import cn.luzhi.events.ballot.ShortlistCandidates;
import cn.luzhi.events.ballot.TallyPublished;
import cn.luzhi.events.ballot.VoteCast;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A secret ballot on livelihood projects (民生实事项目票决): candidates are collected and shortlisted, the
 * entitled deputies check in and vote with anonymous paper codes, the ballot closes and its tally is
 * published, and every approved candidate becomes a {@link LivelihoodProject}.
 *
 * <p>Secrecy: {@link DeputyCheckedIn} says who took part and {@link VoteCast} what one paper chose, and
 * nothing joins the two. The paper code that a check-in returns is known only to the deputy; a vote names
 * the hash of its random part, and the MAC under the ballot's key (held outside the event store) proves
 * the paper was issued by a check-in. The tally is counted from the {@link VoteCast} events only, and there
 * are never more of them than check-ins. What events cannot hide is timing: a vote recorded straight after a
 * lone check-in is probably that deputy's, so check-in (the roll call) should come before voting starts.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Ballot {

    static final String CLOSING = "ballot-closing";

    @AggregateIdentifier
    private BallotId ballotId;
    private BallotStatus status;
    private RegionId regionId;
    private int year;
    private Map<String, Candidate> candidates = new LinkedHashMap<>();
    private List<String> shortlist = new ArrayList<>();
    private int maxChoices;
    private Set<String> entitled = new HashSet<>();
    private Set<String> checkedIn = new HashSet<>();
    private Set<String> usedPapers = new HashSet<>();
    private Map<String, Integer> votes = new LinkedHashMap<>();
    private int votesCast;
    private Instant closesAt;

    protected Ballot() {
        // For Axon, which rebuilds the ballot from its events.
    }

    @CommandHandler
    public Ballot(CreateBallot command) {
        apply(new BallotCreated(command.ballotId(), command.regionId(), command.year(), command.level(),
                command.title()));
    }

    @CommandHandler
    public void handle(CollectCandidate command) {
        requireStatus("征集候选项目", BallotStatus.COLLECTING, BallotStatus.SHORTLISTED);
        if (candidates.containsKey(command.candidateId())) {
            throw CommandRefused.becauseOf("candidateId", "候选项目编号「" + command.candidateId() + "」已被使用");
        }
        apply(new CandidateCollected(ballotId, command.candidateId(), command.title(), command.description(),
                command.proposerKind(), command.estimatedBudget()));
    }

    @CommandHandler
    public void handle(ShortlistCandidates command) {
        requireStatus("初定候选项目", BallotStatus.COLLECTING, BallotStatus.SHORTLISTED);
        Set<String> seen = new HashSet<>();
        for (String candidateId : command.candidateIds()) {
            if (!candidates.containsKey(candidateId)) {
                throw CommandRefused.becauseOf("candidateIds", "候选项目「" + candidateId + "」未经征集，不能列入初定名单");
            }
            if (!seen.add(candidateId)) {
                throw CommandRefused.becauseOf("candidateIds", "候选项目「" + candidateId + "」在初定名单中重复");
            }
        }
        apply(new CandidatesShortlisted(ballotId, List.copyOf(command.candidateIds()), command.reason()));
    }

    @CommandHandler
    public void handle(OpenBallot command, DeadlineManager deadlines) {
        requireStatus("开始投票", BallotStatus.SHORTLISTED);
        if (command.maxChoices() < 1 || command.maxChoices() > shortlist.size()) {
            throw CommandRefused.becauseOf("maxChoices",
                    "每位代表最多可选项数须在1至" + shortlist.size() + "之间（初定候选项目共" + shortlist.size() + "个）");
        }
        if (!command.closesAt().isAfter(GenericEventMessage.clock.instant())) {
            throw CommandRefused.becauseOf("closesAt", "投票截止时间必须晚于当前时间");
        }
        List<DeputyId> deputies = List.copyOf(new LinkedHashSet<>(command.deputyIds()));
        apply(new BallotOpened(ballotId, List.copyOf(shortlist), command.maxChoices(), deputies, command.closesAt()));
        deadlines.schedule(command.closesAt(), CLOSING, new ClosingDue(command.closesAt()));
    }

    /** Returns the ballot paper code; the REST API hands it to the deputy and it is stored nowhere. */
    @CommandHandler
    public String handle(CheckInForBallot command, BallotPaperKeys keys) {
        requireVoting("签到");
        String deputy = command.deputyId().value();
        if (!entitled.contains(deputy)) {
            throw CommandRefused.becauseOf("deputyId", "代表「" + deputy + "」不在本次票决的表决代表名单中，不能签到");
        }
        if (checkedIn.contains(deputy)) {
            throw CommandRefused.because("代表「" + deputy + "」已签到并领取过选票，不能重复签到");
        }
        String paperCode = BallotPapers.issue(keys.keyFor(ballotId), ballotId);
        apply(new DeputyCheckedIn(ballotId, command.deputyId()));
        return paperCode;
    }

    @CommandHandler
    public void handle(CastVote command, BallotPaperKeys keys) {
        requireVoting("投票");
        String paperHash = BallotPapers.verify(keys.keyFor(ballotId), ballotId, command.paperCode())
                .orElseThrow(() -> CommandRefused.becauseOf("paperCode", "选票码无效，不是本次票决签到时发放的选票"));
        if (usedPapers.contains(paperHash)) {
            throw CommandRefused.because("这张选票已经投出，不能重复投票");
        }
        // Every genuine paper comes from a check-in, so this never refuses one; it caps the harm of a leaked key.
        if (votesCast >= checkedIn.size()) {
            throw CommandRefused.because("已投票数已达签到人数（" + checkedIn.size() + "人），不能再投票");
        }
        requireValidChoices(command.choices());
        apply(new VoteCast(ballotId, paperHash, List.copyOf(command.choices())));
    }

    @CommandHandler
    public void handle(CloseBallot command) {
        requireStatus("截止投票", BallotStatus.OPEN);
        apply(closed());
    }

    /**
     * The closing time passed. The closing time never moves, but a ballot closed early by command leaves its
     * deadline behind; that one finds the ballot no longer open and does nothing.
     */
    @DeadlineHandler(deadlineName = CLOSING)
    public void on(ClosingDue due) {
        if (status == BallotStatus.OPEN && due.closesAt().equals(closesAt)) {
            apply(closed());
        }
    }

    /**
     * Counts the votes and approves candidates. A candidate is approved when its votes exceed half of the
     * papers cast, and at most {@code maxChoices} are approved, most votes first. Blank papers count among
     * those cast: a deputy who abstains took part, so abstaining weighs against approval instead of
     * lowering the bar. A tie at that limit goes to the candidate the government shortlisted earlier: the
     * shortlist order is its stated priority and the only order fixed before the vote, so nobody can pick
     * the winner after seeing the count.
     */
    @CommandHandler
    /** Returns the ids of the projects the tally approved, so the caller can go on with them at once. */
    public List<LivelihoodProjectId> handle(PublishTally command) throws Exception {
        requireStatus("公布结果", BallotStatus.CLOSED);
        List<String> ranked = new ArrayList<>(shortlist);
        // List.sort is stable, so equal votes keep the shortlist order.
        ranked.sort(Comparator.comparingInt(this::votesFor).reversed());
        List<CandidateTally> tallies = new ArrayList<>();
        for (String candidateId : ranked) {
            int received = votesFor(candidateId);
            long approvedSoFar = tallies.stream().filter(CandidateTally::approved).count();
            boolean approved = approvedSoFar < maxChoices && 2L * received > votesCast;
            tallies.add(new CandidateTally(candidateId, received, approved));
        }
        apply(new TallyPublished(ballotId, tallies, votesCast, entitled.size(), checkedIn.size()));
        List<LivelihoodProjectId> projects = new ArrayList<>();
        for (CandidateTally tally : tallies) {
            if (tally.approved()) {
                Candidate candidate = candidates.get(tally.candidateId());
                LivelihoodProjectApproved approved = new LivelihoodProjectApproved(
                        LivelihoodProject.idFor(ballotId, candidate.candidateId()), ballotId, candidate.candidateId(),
                        candidate.title(), regionId, year, candidate.budget());
                createNew(LivelihoodProject.class, () -> new LivelihoodProject(approved));
                projects.add(approved.projectId());
            }
        }
        return projects;
    }

    private void requireValidChoices(List<String> choices) {
        if (choices.size() > maxChoices) {
            throw CommandRefused.becauseOf("choices",
                    "每张选票最多选择" + maxChoices + "个候选项目，这张选了" + choices.size() + "个");
        }
        Set<String> seen = new HashSet<>();
        for (String choice : choices) {
            if (!candidates.containsKey(choice)) {
                throw CommandRefused.becauseOf("choices", "候选项目「" + choice + "」不存在");
            }
            if (!shortlist.contains(choice)) {
                throw CommandRefused.becauseOf("choices", "候选项目「" + choice + "」未列入本次票决");
            }
            if (!seen.add(choice)) {
                throw CommandRefused.becauseOf("choices", "同一张选票不能重复选择候选项目「" + choice + "」");
            }
        }
    }

    private int votesFor(String candidateId) {
        return votes.getOrDefault(candidateId, 0);
    }

    private BallotClosed closed() {
        return new BallotClosed(ballotId, entitled.size(), checkedIn.size(), votesCast);
    }

    /** Open, and its closing time not yet passed even if the closing deadline has not fired yet. */
    private void requireVoting(String action) {
        requireStatus(action, BallotStatus.OPEN);
        if (!GenericEventMessage.clock.instant().isBefore(closesAt)) {
            throw CommandRefused.because("投票时间已截止，不能" + action);
        }
    }

    private void requireStatus(String action, BallotStatus... allowed) {
        if (!EnumSet.of(allowed[0], allowed).contains(status)) {
            throw refusal(action);
        }
    }

    private CommandRefused refusal(String action) {
        return CommandRefused.because("票决当前状态为「" + status.label() + "」，不能" + action);
    }

    @EventSourcingHandler
    void on(BallotCreated event) {
        ballotId = event.ballotId();
        regionId = event.regionId();
        year = event.year();
        status = BallotStatus.COLLECTING;
    }

    @EventSourcingHandler
    void on(CandidateCollected event) {
        candidates.put(event.candidateId(),
                new Candidate(event.candidateId(), event.title(), event.estimatedBudget()));
    }

    @EventSourcingHandler
    void on(CandidatesShortlisted event) {
        shortlist = new ArrayList<>(event.candidateIds());
        status = BallotStatus.SHORTLISTED;
    }

    @EventSourcingHandler
    void on(BallotOpened event) {
        shortlist = new ArrayList<>(event.candidateIds());
        maxChoices = event.maxChoices();
        entitled = new HashSet<>();
        event.entitledDeputies().forEach(deputy -> entitled.add(deputy.value()));
        closesAt = event.closesAt();
        status = BallotStatus.OPEN;
    }

    @EventSourcingHandler
    void on(DeputyCheckedIn event) {
        checkedIn.add(event.deputyId().value());
    }

    @EventSourcingHandler
    void on(VoteCast event) {
        usedPapers.add(event.paperHash());
        event.choices().forEach(choice -> votes.merge(choice, 1, Integer::sum));
        votesCast++;
    }

    @EventSourcingHandler
    void on(BallotClosed event) {
        status = BallotStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(TallyPublished event) {
        status = BallotStatus.PUBLISHED;
    }

    /** What a project needs from its candidate once approved; the budget is in yuan. */
    record Candidate(String candidateId, String title, BigDecimal budget) {
    }

    /** Payload of the closing deadline: the closing time it was scheduled for. */
    record ClosingDue(Instant closesAt) {
    }
}

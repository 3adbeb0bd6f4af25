package cn.luzhi.command.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.events.ballot.BallotClosed;
import cn.luzhi.events.ballot.BallotCreated;
import cn.luzhi.events.ballot.BallotId;
import cn.luzhi.events.ballot.BallotLevel;
import cn.luzhi.events.ballot.BallotOpened;
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
import cn.luzhi.events.ballot.ProposerKind;
import cn.luzhi.events.ballot.PublishTally;
import cn.luzhi.events.ballot.ShortlistCandidates;
import cn.luzhi.events.ballot.TallyPublished;
import cn.luzhi.events.ballot.VoteCast;
import cn.luzhi.events.common.Secret;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.store.EventJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BallotTest {

    private static final BallotId ID = new BallotId("b-2026");
    private static final BallotId OTHER_BALLOT = new BallotId("b-2025");
    private static final RegionId REGION = new RegionId("150102");
    private static final int YEAR = 2026;
    private static final String TITLE = "2026年区级民生实事项目票决";
    private static final DeputyId D1 = new DeputyId("d-1");
    private static final DeputyId D2 = new DeputyId("d-2");
    private static final DeputyId D3 = new DeputyId("d-3");
    private static final DeputyId OUTSIDER = new DeputyId("d-9");
    private static final String PARK = "c-park";
    private static final String TOILETS = "c-toilets";
    private static final String LIGHTS = "c-lights";
    private static final String MARKET = "c-market";
    private static final BigDecimal PARK_BUDGET = new BigDecimal("3200000.00");
    private static final BigDecimal TOILETS_BUDGET = new BigDecimal("850000.00");
    private static final BigDecimal LIGHTS_BUDGET = new BigDecimal("1200000.00");
    private static final int MAX_CHOICES = 2;
    private static final Instant NOW = Instant.parse("2026-03-05T01:00:00Z");
    private static final Duration VOTING_TIME = Duration.ofHours(2);
    private static final Instant CLOSES = NOW.plus(VOTING_TIME);
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final InMemoryBallotPaperKeys keys = new InMemoryBallotPaperKeys();
    private FixtureConfiguration<Ballot> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Ballot.class);
        fixture.registerInjectableResource(keys);
    }

    // ---- collecting and shortlisting

    @Test
    void shouldCreateBallotCollectingCandidates() {
        fixture.givenNoPriorActivity()
                .when(new CreateBallot(ID, REGION, YEAR, BallotLevel.CONGRESS, TITLE))
                .expectEvents(created());
    }

    @Test
    void shouldCollectCandidateWithItsBudget() {
        fixture.given(created())
                .when(new CollectCandidate(ID, PARK, "口袋公园", "旧城区建设三处口袋公园", ProposerKind.CITIZEN,
                        PARK_BUDGET, null))
                .expectEvents(new CandidateCollected(ID, PARK, "口袋公园", "旧城区建设三处口袋公园",
                        ProposerKind.CITIZEN, PARK_BUDGET));
    }

    @Test
    void shouldKeepCollectingAfterShortlisting() {
        fixture.given(created(), park(), shortlisted(PARK))
                .when(new CollectCandidate(ID, TOILETS, "公厕改造", "改造老旧公厕", ProposerKind.DEPUTY,
                        TOILETS_BUDGET, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void shouldRefuseCandidateIdAlreadyUsed() {
        fixture.given(created(), park())
                .when(new CollectCandidate(ID, PARK, "另一公园", "说明", ProposerKind.DEPUTY, PARK_BUDGET, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("候选项目编号「c-park」已被使用")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToCollectCandidatesOnceVotingOpened() {
        givenAt(openedHistory())
                .when(new CollectCandidate(ID, MARKET, "农贸市场", "改造", ProposerKind.GOVERNMENT, PARK_BUDGET, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("票决当前状态为「投票中」，不能征集候选项目");
    }

    @Test
    void shouldShortlistCollectedCandidatesInBallotPaperOrder() {
        fixture.given(created(), park(), toilets(), lights(), market())
                .when(new ShortlistCandidates(ID, List.of(LIGHTS, PARK, TOILETS), "经政府常务会议研究", null))
                .expectEvents(new CandidatesShortlisted(ID, List.of(LIGHTS, PARK, TOILETS), "经政府常务会议研究"));
    }

    @Test
    void shouldReplaceEarlierShortlistBeforeOpening() {
        TestExecutor<Ballot> given = givenAt(created(), park(), toilets(), lights(), shortlisted(PARK, TOILETS, LIGHTS))
                .andGiven(shortlisted(PARK, LIGHTS));
        given.when(new OpenBallot(ID, 2, List.of(D1), CLOSES, null))
                .expectEvents(new BallotOpened(ID, List.of(PARK, LIGHTS), 2, List.of(D1), CLOSES));
    }

    @Test
    void shouldRefuseToShortlistCandidateNeverCollected() {
        fixture.given(created(), park())
                .when(new ShortlistCandidates(ID, List.of(PARK, "c-ghost"), null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("候选项目「c-ghost」未经征集，不能列入初定名单");
    }

    @Test
    void shouldRefuseSameCandidateTwiceInShortlist() {
        fixture.given(created(), park(), toilets())
                .when(new ShortlistCandidates(ID, List.of(PARK, TOILETS, PARK), null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("候选项目「c-park」在初定名单中重复");
    }

    @Test
    void shouldRefuseToShortlistOnceVotingOpened() {
        givenAt(openedHistory())
                .when(new ShortlistCandidates(ID, List.of(PARK), null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("票决当前状态为「投票中」，不能初定候选项目");
    }

    // ---- opening

    @Test
    void shouldOpenBallotOnceForEachDeputyAndScheduleItsClosing() {
        givenAt(shortlistedHistory())
                .when(new OpenBallot(ID, MAX_CHOICES, List.of(D1, D2, D3, D1), CLOSES, null))
                .expectEvents(opened())
                .expectScheduledDeadlineWithName(CLOSES, Ballot.CLOSING);
    }

    @Test
    void shouldRefuseToOpenBeforeAnyCandidateIsShortlisted() {
        givenAt(created(), park())
                .when(new OpenBallot(ID, 1, List.of(D1), CLOSES, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("票决当前状态为「征集中」，不能开始投票")
                .expectNoScheduledDeadlines();
    }

    @Test
    void shouldRefuseMaxChoicesOfNone() {
        givenAt(shortlistedHistory())
                .when(new OpenBallot(ID, 0, List.of(D1), CLOSES, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("每位代表最多可选项数须在1至3之间（初定候选项目共3个）");
    }

    @Test
    void shouldRefuseMaxChoicesAboveTheShortlist() {
        givenAt(shortlistedHistory())
                .when(new OpenBallot(ID, 4, List.of(D1), CLOSES, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("每位代表最多可选项数须在1至3之间（初定候选项目共3个）");
    }

    @Test
    void shouldRefuseClosingTimeNotInTheFuture() {
        givenAt(shortlistedHistory())
                .when(new OpenBallot(ID, MAX_CHOICES, List.of(D1), NOW, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("投票截止时间必须晚于当前时间")
                .expectNoScheduledDeadlines();
    }

    @Test
    void shouldRefuseToOpenTwice() {
        givenAt(openedHistory())
                .when(new OpenBallot(ID, MAX_CHOICES, List.of(D1), CLOSES, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("票决当前状态为「投票中」，不能开始投票");
    }

    // ---- checking in

    @Test
    void shouldCheckInAndReturnPaperSignedWithTheBallotKeyThatNoEventMentions() {
        AtomicReference<String> paper = new AtomicReference<>();
        givenAt(openedHistory())
                .when(new CheckInForBallot(ID, D1, null))
                .expectEvents(new DeputyCheckedIn(ID, D1))
                .expectResultMessagePayloadMatching(Matchers.predicate(result -> {
                    paper.set((String) result);
                    return true;
                }));

        String[] parts = paper.get().split("\\.");
        assertThat(parts).hasSize(2);
        byte[] r = Base64.getUrlDecoder().decode(parts[0]);
        assertThat(r).hasSize(16);
        assertThat(Base64.getUrlDecoder().decode(parts[1])).isEqualTo(hmac(keys.keyFor(ID), ID, r));
        // The paper can be cast, and what the vote records is the hash of r, which no check-in mentions.
        givenAt(openedHistory()).andGiven(new DeputyCheckedIn(ID, D1))
                .when(new CastVote(ID, paper.get(), List.of(PARK)))
                .expectEvents(new VoteCast(ID, sha256Hex(r), List.of(PARK)));
    }

    @Test
    void shouldIssueADifferentPaperOnEveryCheckIn() {
        List<String> papers = new ArrayList<>();
        for (DeputyId deputy : List.of(D1, D2)) {
            givenAt(openedHistory())
                    .when(new CheckInForBallot(ID, deputy, null))
                    .expectResultMessagePayloadMatching(Matchers.predicate(result -> papers.add((String) result)));
        }
        assertThat(papers).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void shouldRefuseCheckInOfDeputyNotEntitledToVote() {
        givenAt(openedHistory())
                .when(new CheckInForBallot(ID, OUTSIDER, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("代表「d-9」不在本次票决的表决代表名单中，不能签到")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseSecondCheckInOfTheSameDeputy() {
        givenAt(openedHistory()).andGiven(new DeputyCheckedIn(ID, D1))
                .when(new CheckInForBallot(ID, D1, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("代表「d-1」已签到并领取过选票，不能重复签到")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseCheckInBeforeVotingOpens() {
        givenAt(shortlistedHistory())
                .when(new CheckInForBallot(ID, D1, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("票决当前状态为「已初定」，不能签到");
    }

    @Test
    void shouldRefuseCheckInAfterClosing() {
        givenAt(openedHistory()).andGiven(new BallotClosed(ID, 3, 0, 0))
                .when(new CheckInForBallot(ID, D1, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("票决当前状态为「投票已截止」，不能签到");
    }

    @Test
    void shouldRefuseCheckInOnceClosingTimePassedEvenBeforeTheDeadlineFires() {
        fixture.givenCurrentTime(CLOSES).andGiven(openedHistory())
                .when(new CheckInForBallot(ID, D1, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("投票时间已截止，不能签到");
    }

    // ---- voting

    @Test
    void shouldRecordVoteByPaperHashOnly() {
        givenAt(checkedInHistory(D1))
                .when(new CastVote(ID, paper(r(1)), List.of(LIGHTS, PARK)))
                .expectEvents(new VoteCast(ID, sha256Hex(r(1)), List.of(LIGHTS, PARK)));
    }

    @Test
    void shouldAcceptBlankBallot() {
        givenAt(checkedInHistory(D1))
                .when(new CastVote(ID, paper(r(1)), List.of()))
                .expectEvents(new VoteCast(ID, sha256Hex(r(1)), List.of()));
    }

    @Test
    void shouldNameNoDeputyAnywhereInVoteOrItsCommand() {
        assertThat(Secret.class).isAssignableFrom(CastVote.class);
        for (Class<?> message : List.of(CastVote.class, VoteCast.class)) {
            for (RecordComponent component : message.getRecordComponents()) {
                assertThat(component.getType()).isNotEqualTo(DeputyId.class);
                assertThat(component.getGenericType().getTypeName()).doesNotContain("DeputyId");
                assertThat(component.getName().toLowerCase()).doesNotContain("deputy").doesNotContain("actor");
            }
        }
        // And the check-in, which does name the deputy, carries nothing of the paper.
        assertThat(Arrays.stream(DeputyCheckedIn.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("ballotId", "deputyId");
    }

    @Test
    void shouldRefusePaperWithForgedSignature() {
        byte[] wrongKey = new byte[32];
        givenAt(checkedInHistory(D1))
                .when(new CastVote(ID, BASE64URL.encodeToString(r(1)) + "."
                        + BASE64URL.encodeToString(hmac(wrongKey, ID, r(1))), List.of(PARK)))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("选票码无效，不是本次票决签到时发放的选票")
                .expectNoEvents();
    }

    @Test
    void shouldRefusePaperOfAnotherBallot() {
        String paperOfOtherBallot = BASE64URL.encodeToString(r(1)) + "."
                + BASE64URL.encodeToString(hmac(keys.keyFor(ID), OTHER_BALLOT, r(1)));
        givenAt(checkedInHistory(D1))
                .when(new CastVote(ID, paperOfOtherBallot, List.of(PARK)))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("选票码无效，不是本次票决签到时发放的选票");
    }

    @Test
    void shouldRefuseMalformedPapers() {
        String valid = paper(r(1));
        String[] parts = valid.split("\\.");
        for (String malformed : List.of("", "abc", parts[0], valid + ".x", parts[0] + ".***",
                BASE64URL.encodeToString(new byte[8]) + "." + parts[1], parts[1] + "." + parts[0])) {
            givenAt(checkedInHistory(D1))
                    .when(new CastVote(ID, malformed, List.of(PARK)))
                    .expectException(CommandRefused.class)
                    .expectExceptionMessage("选票码无效，不是本次票决签到时发放的选票");
        }
    }

    @Test
    void shouldRefuseReusedPaper() {
        givenAt(checkedInHistory(D1, D2)).andGiven(new VoteCast(ID, sha256Hex(r(1)), List.of(PARK)))
                .when(new CastVote(ID, paper(r(1)), List.of(LIGHTS)))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("这张选票已经投出，不能重复投票")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseMoreVotesThanDeputiesCheckedIn() {
        givenAt(checkedInHistory(D1)).andGiven(new VoteCast(ID, sha256Hex(r(1)), List.of(PARK)))
                .when(new CastVote(ID, paper(r(2)), List.of(LIGHTS)))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("已投票数已达签到人数（1人），不能再投票")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseMoreChoicesThanAllowed() {
        givenAt(checkedInHistory(D1))
                .when(new CastVote(ID, paper(r(1)), List.of(PARK, TOILETS, LIGHTS)))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("每张选票最多选择2个候选项目，这张选了3个");
    }

    @Test
    void shouldRefuseTheSameChoiceTwice() {
        givenAt(checkedInHistory(D1))
                .when(new CastVote(ID, paper(r(1)), List.of(PARK, PARK)))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("同一张选票不能重复选择候选项目「c-park」");
    }

    @Test
    void shouldRefuseUnknownCandidate() {
        givenAt(checkedInHistory(D1))
                .when(new CastVote(ID, paper(r(1)), List.of("c-ghost")))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("候选项目「c-ghost」不存在");
    }

    @Test
    void shouldRefuseCandidateCollectedButNotShortlisted() {
        givenAt(checkedInHistory(D1))
                .when(new CastVote(ID, paper(r(1)), List.of(MARKET)))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("候选项目「c-market」未列入本次票决");
    }

    @Test
    void shouldRefuseVoteAfterClosing() {
        givenAt(checkedInHistory(D1)).andGiven(new BallotClosed(ID, 3, 1, 0))
                .when(new CastVote(ID, paper(r(1)), List.of(PARK)))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("票决当前状态为「投票已截止」，不能投票");
    }

    @Test
    void shouldRefuseVoteOnceClosingTimePassedEvenBeforeTheDeadlineFires() {
        fixture.givenCurrentTime(CLOSES.plusSeconds(1)).andGiven(checkedInHistory(D1))
                .when(new CastVote(ID, paper(r(1)), List.of(PARK)))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("投票时间已截止，不能投票");
    }

    // ---- closing

    @Test
    void shouldCloseByCommandWithTheTurnout() {
        givenAt(checkedInHistory(D1, D2)).andGiven(new VoteCast(ID, sha256Hex(r(1)), List.of(PARK)))
                .when(new CloseBallot(ID, "到会代表均已投票", null))
                .expectEvents(new BallotClosed(ID, 3, 2, 1));
    }

    @Test
    void shouldCloseByItselfWhenTheClosingTimePasses() {
        givenAt(shortlistedHistory())
                .andGivenCommands(new OpenBallot(ID, MAX_CHOICES, List.of(D1, D2, D3), CLOSES, null),
                        new CheckInForBallot(ID, D1, null))
                .whenThenTimeElapses(VOTING_TIME.plusSeconds(1))
                .expectDeadlinesMet(new Ballot.ClosingDue(CLOSES))
                .expectEvents(new BallotClosed(ID, 3, 1, 0));
    }

    @Test
    void shouldLeaveBallotClosedEarlyAloneWhenItsClosingTimePasses() {
        givenAt(shortlistedHistory())
                .andGivenCommands(new OpenBallot(ID, MAX_CHOICES, List.of(D1, D2, D3), CLOSES, null),
                        new CloseBallot(ID, null, null))
                .whenThenTimeElapses(VOTING_TIME.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void shouldRefuseToCloseBallotNotOpen() {
        givenAt(shortlistedHistory())
                .when(new CloseBallot(ID, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("票决当前状态为「已初定」，不能截止投票");
    }

    // ---- tally and projects

    @Test
    void shouldPublishTallyOfTheVotesCastAndApproveProjectsThroughCreateNew() {
        TestExecutor<Ballot> voted = givenAt(openedHistory())
                .andGivenCommands(new CheckInForBallot(ID, D1, null), new CheckInForBallot(ID, D2, null),
                        new CheckInForBallot(ID, D3, null),
                        new CastVote(ID, paper(r(1)), List.of(PARK, LIGHTS)),
                        new CastVote(ID, paper(r(2)), List.of(LIGHTS, PARK)),
                        new CastVote(ID, paper(r(3)), List.of(TOILETS)),
                        new CloseBallot(ID, null, null));
        voted.when(new PublishTally(ID, null))
                .expectEvents(
                        new TallyPublished(ID, List.of(new CandidateTally(PARK, 2, true),
                                new CandidateTally(LIGHTS, 2, true), new CandidateTally(TOILETS, 1, false)),
                                3, 3, 3),
                        approved(PARK, "口袋公园", PARK_BUDGET),
                        approved(LIGHTS, "路灯亮化", LIGHTS_BUDGET))
                .expectResultMessagePayload(List.of(LivelihoodProject.idFor(ID, PARK), LivelihoodProject.idFor(ID, LIGHTS)));
    }

    @Test
    void shouldCountEveryVoteCastAndNothingElse() {
        int deputies = 41;
        Random random = new Random(YEAR);
        List<String> ballotOrder = List.of(PARK, TOILETS, LIGHTS);
        List<Object> history = new ArrayList<>(List.of(shortlistedHistory()));
        List<DeputyId> entitled = IntStream.rangeClosed(1, deputies).mapToObj(n -> new DeputyId("d-" + n)).toList();
        history.add(new BallotOpened(ID, ballotOrder, MAX_CHOICES, entitled, CLOSES));
        List<VoteCast> votes = new ArrayList<>();
        for (int n = 0; n < deputies - 2; n++) {
            history.add(new DeputyCheckedIn(ID, entitled.get(n)));
            List<String> choices = new ArrayList<>(ballotOrder);
            Collections.shuffle(choices, random);
            VoteCast vote = new VoteCast(ID, sha256Hex(r(n)), choices.subList(0, random.nextInt(MAX_CHOICES + 1)));
            votes.add(vote);
            history.add(vote);
        }
        history.add(new BallotClosed(ID, deputies, deputies - 2, votes.size()));

        List<EventMessage<?>> published = new ArrayList<>();
        givenAt(history.toArray())
                .when(new PublishTally(ID, null))
                .expectEventsMatching(Matchers.predicate((List<EventMessage<?>> events) -> published.addAll(events)));

        TallyPublished tally = (TallyPublished) published.get(0).getPayload();
        Map<String, Integer> counted = new HashMap<>();
        votes.forEach(vote -> vote.choices().forEach(choice -> counted.merge(choice, 1, Integer::sum)));
        Map<String, Integer> tallied = new HashMap<>();
        tally.tallies().forEach(candidate -> tallied.put(candidate.candidateId(), candidate.votes()));
        assertThat(tallied).isEqualTo(counted);
        assertThat(tally.votesCast()).isEqualTo(votes.size());
        assertThat(tally.checkedIn()).isEqualTo(deputies - 2);
        assertThat(tally.entitled()).isEqualTo(deputies);
        assertThat(tally.tallies().stream().mapToInt(CandidateTally::votes).sum())
                .isEqualTo(votes.stream().mapToInt(vote -> vote.choices().size()).sum());
    }

    @Test
    void shouldApproveAtMostMaxChoicesAndBreakTiesByShortlistOrder() {
        // Five papers, each candidate on four of them: all have a majority, only two seats; the shortlist
        // order (park, toilets, lights) decides.
        givenAt(history(List.of(PARK, TOILETS), List.of(TOILETS, LIGHTS), List.of(LIGHTS, PARK),
                List.of(PARK, TOILETS), List.of(LIGHTS, PARK), List.of(TOILETS, LIGHTS)))
                .when(new PublishTally(ID, null))
                .expectEvents(
                        new TallyPublished(ID, List.of(new CandidateTally(PARK, 4, true),
                                new CandidateTally(TOILETS, 4, true), new CandidateTally(LIGHTS, 4, false)),
                                6, 6, 6),
                        approved(PARK, "口袋公园", PARK_BUDGET),
                        approved(TOILETS, "公厕改造", TOILETS_BUDGET));
    }

    @Test
    void shouldApproveOnlyCandidatesWithMoreThanHalfOfThePapersCastCountingBlankOnes() {
        // Lights has 2 of 4 papers: exactly half is not a majority; blank papers count among those cast.
        givenAt(history(List.of(LIGHTS, PARK), List.of(LIGHTS, PARK), List.of(PARK), List.of()))
                .when(new PublishTally(ID, null))
                .expectEvents(
                        new TallyPublished(ID, List.of(new CandidateTally(PARK, 3, true),
                                new CandidateTally(LIGHTS, 2, false), new CandidateTally(TOILETS, 0, false)),
                                4, 4, 4),
                        approved(PARK, "口袋公园", PARK_BUDGET));
    }

    @Test
    void shouldPublishEmptyResultWhenNobodyVoted() {
        givenAt(openedHistory()).andGiven(new BallotClosed(ID, 3, 0, 0))
                .when(new PublishTally(ID, null))
                .expectEvents(new TallyPublished(ID, List.of(new CandidateTally(PARK, 0, false),
                        new CandidateTally(TOILETS, 0, false), new CandidateTally(LIGHTS, 0, false)), 0, 3, 0));
    }

    @Test
    void shouldRefuseToPublishWhileVotingIsOpen() {
        givenAt(checkedInHistory(D1))
                .when(new PublishTally(ID, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("票决当前状态为「投票中」，不能公布结果");
    }

    @Test
    void shouldRefuseToPublishTwice() {
        givenAt(openedHistory()).andGiven(new BallotClosed(ID, 3, 0, 0),
                        new TallyPublished(ID, List.of(), 0, 3, 0))
                .when(new PublishTally(ID, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("票决当前状态为「结果已公布」，不能公布结果");
    }

    @Test
    void shouldDeriveTheSameProjectIdEveryTime() {
        // Pinned: changing the derivation would give a retried publication different project ids.
        assertThat(LivelihoodProject.idFor(ID, PARK))
                .isEqualTo(new LivelihoodProjectId(UUID.nameUUIDFromBytes(
                        "b-2026/c-park".getBytes(StandardCharsets.UTF_8)).toString()));
        assertThat(LivelihoodProject.idFor(ID, PARK)).isNotEqualTo(LivelihoodProject.idFor(ID, LIGHTS))
                .isNotEqualTo(LivelihoodProject.idFor(OTHER_BALLOT, PARK));
    }

    @Test
    void shouldComeBackFromAJsonSnapshotWithTheSameState() throws Exception {
        AtomicReference<Ballot> state = new AtomicReference<>();
        givenAt(checkedInHistory(D1, D2)).andGiven(new VoteCast(ID, sha256Hex(r(1)), List.of(PARK, LIGHTS)))
                .when(new CloseBallot(ID, null, null))
                .expectState(state::set);

        ObjectMapper json = EventJson.newObjectMapper();
        Ballot restored = json.readValue(json.writeValueAsString(state.get()), Ballot.class);
        assertThat(restored).usingRecursiveComparison().isEqualTo(state.get());
    }

    // ---- histories and helpers

    private TestExecutor<Ballot> givenAt(Object... events) {
        return fixture.givenCurrentTime(NOW).andGiven(events);
    }

    private static BallotCreated created() {
        return new BallotCreated(ID, REGION, YEAR, BallotLevel.CONGRESS, TITLE);
    }

    private static CandidateCollected park() {
        return new CandidateCollected(ID, PARK, "口袋公园", "旧城区建设三处口袋公园", ProposerKind.CITIZEN, PARK_BUDGET);
    }

    private static CandidateCollected toilets() {
        return new CandidateCollected(ID, TOILETS, "公厕改造", "改造老旧公厕", ProposerKind.DEPUTY, TOILETS_BUDGET);
    }

    private static CandidateCollected lights() {
        return new CandidateCollected(ID, LIGHTS, "路灯亮化", "背街小巷路灯亮化", ProposerKind.GOVERNMENT,
                LIGHTS_BUDGET);
    }

    private static CandidateCollected market() {
        return new CandidateCollected(ID, MARKET, "农贸市场", "农贸市场改造", ProposerKind.CITIZEN, PARK_BUDGET);
    }

    private static CandidatesShortlisted shortlisted(String... candidateIds) {
        return new CandidatesShortlisted(ID, List.of(candidateIds), null);
    }

    private static BallotOpened opened() {
        return new BallotOpened(ID, List.of(PARK, TOILETS, LIGHTS), MAX_CHOICES, List.of(D1, D2, D3), CLOSES);
    }

    /** Four candidates collected, three of them shortlisted (the market is left out). */
    private static Object[] shortlistedHistory() {
        return new Object[]{created(), park(), toilets(), lights(), market(), shortlisted(PARK, TOILETS, LIGHTS)};
    }

    private static Object[] openedHistory() {
        List<Object> events = new ArrayList<>(List.of(shortlistedHistory()));
        events.add(opened());
        return events.toArray();
    }

    private static Object[] checkedInHistory(DeputyId... deputies) {
        List<Object> events = new ArrayList<>(List.of(openedHistory()));
        for (DeputyId deputy : deputies) {
            events.add(new DeputyCheckedIn(ID, deputy));
        }
        return events.toArray();
    }

    /** A closed ballot on which as many deputies as papers checked in and cast these papers. */
    @SafeVarargs
    private static Object[] history(List<String>... papers) {
        List<Object> events = new ArrayList<>(List.of(shortlistedHistory()));
        List<DeputyId> deputies = IntStream.rangeClosed(1, papers.length).mapToObj(n -> new DeputyId("d-" + n))
                .toList();
        events.add(new BallotOpened(ID, List.of(PARK, TOILETS, LIGHTS), MAX_CHOICES, deputies, CLOSES));
        deputies.forEach(deputy -> events.add(new DeputyCheckedIn(ID, deputy)));
        for (int n = 0; n < papers.length; n++) {
            events.add(new VoteCast(ID, sha256Hex(r(n)), papers[n]));
        }
        events.add(new BallotClosed(ID, papers.length, papers.length, papers.length));
        return events.toArray();
    }

    private static LivelihoodProjectApproved approved(String candidateId, String title, BigDecimal budget) {
        return new LivelihoodProjectApproved(LivelihoodProject.idFor(ID, candidateId), ID, candidateId, title, REGION,
                YEAR, budget);
    }

    /** A paper's random part, distinct for each n. */
    private static byte[] r(int n) {
        byte[] r = new byte[16];
        Arrays.fill(r, (byte) n);
        r[0] = (byte) (n >> 8);
        return r;
    }

    /** A genuine paper for random part r, built here from the specification, not by the code under test. */
    private String paper(byte[] r) {
        return BASE64URL.encodeToString(r) + "." + BASE64URL.encodeToString(hmac(keys.keyFor(ID), ID, r));
    }

    private static byte[] hmac(byte[] key, BallotId ballotId, byte[] r) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(ballotId.value().getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(r);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256Hex(byte[] r) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(r));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package cn.luzhi.query.support;

import cn.luzhi.events.ballot.BallotClosed;
import cn.luzhi.events.ballot.BallotCreated;
import cn.luzhi.events.ballot.BallotId;
import cn.luzhi.events.ballot.BallotLevel;
import cn.luzhi.events.ballot.BallotOpened;
import cn.luzhi.events.ballot.CandidateCollected;
import cn.luzhi.events.ballot.CandidateTally;
import cn.luzhi.events.ballot.CandidatesShortlisted;
import cn.luzhi.events.ballot.DeputyCheckedIn;
import cn.luzhi.events.ballot.LivelihoodProjectApproved;
import cn.luzhi.events.ballot.LivelihoodProjectId;
import cn.luzhi.events.ballot.ProjectCompleted;
import cn.luzhi.events.ballot.ProjectInspected;
import cn.luzhi.events.ballot.ProjectMilestone;
import cn.luzhi.events.ballot.ProjectMilestonesPlanned;
import cn.luzhi.events.ballot.ProjectProgressRecorded;
import cn.luzhi.events.ballot.ProjectRated;
import cn.luzhi.events.ballot.ProposerKind;
import cn.luzhi.events.ballot.TallyPublished;
import cn.luzhi.events.ballot.VoteCast;
import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.deputy.DeputyLevel;
import cn.luzhi.events.deputy.DeputyRegistered;
import cn.luzhi.events.deputy.DeputyTerm;
import cn.luzhi.events.deputy.Gender;
import cn.luzhi.events.deputy.ProfessionalGroup;
import cn.luzhi.events.mediation.DisputeType;
import cn.luzhi.events.mediation.MediationCaseFailed;
import cn.luzhi.events.mediation.MediationCaseId;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.mediation.MediationCaseSettled;
import cn.luzhi.events.mediation.MediationCaseWithdrawn;
import cn.luzhi.events.mediation.MediationOverdue;
import cn.luzhi.events.mediation.MediationSessionHeld;
import cn.luzhi.events.mediation.MediatorsAssigned;
import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionClosed;
import cn.luzhi.events.petition.PetitionDeclined;
import cn.luzhi.events.petition.PetitionForwarded;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionMerged;
import cn.luzhi.events.petition.PetitionOverdue;
import cn.luzhi.events.petition.PetitionRated;
import cn.luzhi.events.petition.PetitionReopened;
import cn.luzhi.events.petition.PetitionReplied;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.region.RegionLevel;
import cn.luzhi.events.region.RegionRegistered;
import cn.luzhi.events.region.RegionTier;
import cn.luzhi.events.station.StationId;
import cn.luzhi.events.station.StationKind;
import cn.luzhi.events.station.StationOpened;
import cn.luzhi.events.station.StationSetting;
import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.events.suggestion.SessionPeriod;
import cn.luzhi.events.suggestion.SuggestionAccepted;
import cn.luzhi.events.suggestion.SuggestionAssigned;
import cn.luzhi.events.suggestion.SuggestionClosed;
import cn.luzhi.events.suggestion.SuggestionCoSigned;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.SuggestionId;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.suggestion.SuggestionOverdue;
import cn.luzhi.events.suggestion.SuggestionPickedForKeySupervision;
import cn.luzhi.events.suggestion.SuggestionRated;
import cn.luzhi.events.suggestion.SuggestionReplied;
import cn.luzhi.events.suggestion.SuggestionReturned;
import cn.luzhi.events.suggestion.SuggestionSubmitted;
import cn.luzhi.events.suggestion.SuggestionUpgradedToSolved;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.events.unit.HandlingUnitKind;
import cn.luzhi.events.unit.HandlingUnitRegistered;
import cn.luzhi.query.common.ChinaTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One district's year in events, appended once per test JVM, whose every cockpit figure is worked out by hand in
 * the comments. District 150102 示范区 has the towns 150102001 东城镇 (with village 150102001001 河东村) and
 * 150102002 西城镇; station s-1 is in 东城镇, s-2 in 西城镇; deputy d-1 belongs to s-1, d-2 to s-2.
 */
public final class KnownHistory {

    public static final String DISTRICT = "150102";
    public static final String EAST_TOWN = "150102001";
    public static final String WEST_TOWN = "150102002";
    public static final String VILLAGE = "150102001001";

    private static final DeputyId D1 = DeputyId.of("d-1");
    private static final DeputyId D2 = DeputyId.of("d-2");
    private static final HandlingUnitId WATER = HandlingUnitId.of("u-water");
    private static final HandlingUnitId ROADS = HandlingUnitId.of("u-roads");
    private static final HandlingUnitId COURT = HandlingUnitId.of("c-court");

    private static long lastGlobalIndex;

    private KnownHistory() {
    }

    /** Appends the history unless this JVM did already; returns the global index of its last event. */
    public static synchronized long appendOnce(EventLog log) {
        if (lastGlobalIndex == 0) {
            referenceData(log);
            petitions(log);
            suggestions(log);
            mediation(log);
            lastGlobalIndex = ballots(log);
        }
        return lastGlobalIndex;
    }

    /** 10:00 Beijing time on {@code date}. */
    public static Instant on(String date) {
        return LocalDate.parse(date).atTime(LocalTime.of(10, 0)).atZone(ChinaTime.ZONE).toInstant();
    }

    private static void referenceData(EventLog log) {
        Instant at = on("2025-06-01");
        log.append(at, new RegionRegistered(RegionId.of(DISTRICT), "示范区", RegionLevel.DISTRICT, null));
        log.append(at, new RegionRegistered(RegionId.of(EAST_TOWN), "东城镇", RegionLevel.TOWN, RegionId.of(DISTRICT)));
        log.append(at, new RegionRegistered(RegionId.of(WEST_TOWN), "西城镇", RegionLevel.TOWN, RegionId.of(DISTRICT)));
        log.append(at, new RegionRegistered(RegionId.of(VILLAGE), "河东村", RegionLevel.VILLAGE,
                RegionId.of(EAST_TOWN)));
        log.append(at, new StationOpened(StationId.of("s-1"), "东城镇代表之家", StationKind.HOME, StationSetting.TOWN,
                RegionTier.TOWNSHIP, RegionId.of(EAST_TOWN), "东城镇人民路1号", LocalDate.of(2025, 6, 1), "qr-s-1"));
        log.append(at, new StationOpened(StationId.of("s-2"), "西城镇代表联络站", StationKind.LIAISON_STATION,
                StationSetting.TOWN, RegionTier.TOWNSHIP, RegionId.of(WEST_TOWN), "西城镇建设路2号",
                LocalDate.of(2025, 6, 1), "qr-s-2"));
        log.append(at, new DeputyRegistered(D1, "张三", Gender.MALE, "汉族", DeputyLevel.COUNTY, "东城镇选区",
                StationId.of("s-1"), ProfessionalGroup.SOCIAL_AFFAIRS, new DeputyTerm(12, 2021, 2026), null,
                "qr-d-1"));
        log.append(at, new DeputyRegistered(D2, "李梅", Gender.FEMALE, "蒙古族", DeputyLevel.COUNTY, "西城镇选区",
                StationId.of("s-2"), ProfessionalGroup.FINANCE_AND_ECONOMY, new DeputyTerm(12, 2021, 2026), null,
                "qr-d-2"));
        log.append(at, new HandlingUnitRegistered(WATER, "区水务局", HandlingUnitKind.GOVERNMENT_DEPARTMENT,
                RegionId.of(DISTRICT), "办公室"));
        log.append(at, new HandlingUnitRegistered(ROADS, "区交通运输局", HandlingUnitKind.GOVERNMENT_DEPARTMENT,
                RegionId.of(DISTRICT), "办公室"));
        log.append(at, new HandlingUnitRegistered(COURT, "示范区人民法院", HandlingUnitKind.COURT,
                RegionId.of(DISTRICT), "立案庭"));
    }

    /**
     * 2026 in 示范区: received 6 (p-1, p-2, p-3, p-4, p-5, p-8; p-6 was merged, p-7 came on 31 December 2025
     * Beijing time), closed 2 (p-1, p-3), open 3 (p-2, p-4, p-8), overdue 1 (p-2), rated 3 (p-1 satisfied, p-3
     * basically satisfied, p-4 unsatisfied). 东城镇: p-1, p-2 (its village), p-8; 西城镇: p-3, p-4, p-5.
     */
    private static void petitions(EventLog log) {
        PetitionId p1 = submit(log, "p-1", EAST_TOWN, "s-1", "2026-03-01");
        log.append(on("2026-03-02"), new PetitionAccepted(p1, D1, null));
        log.append(on("2026-03-03"), new PetitionForwarded(p1, List.of(WATER), on("2026-05-01"), null));
        log.append(on("2026-04-01"), new PetitionReplied(p1, WATER, "已修复", true));
        log.append(on("2026-04-05"), new PetitionRated(p1, Satisfaction.SATISFIED, null));
        log.append(on("2026-04-10"), new PetitionClosed(p1, Satisfaction.SATISFIED, null));

        PetitionId p2 = submit(log, "p-2", VILLAGE, null, "2026-03-05");
        log.append(on("2026-03-06"), new PetitionAccepted(p2, D1, null));
        log.append(on("2026-03-07"), new PetitionForwarded(p2, List.of(ROADS), on("2026-04-01"), null));
        log.append(on("2026-04-01"), new PetitionOverdue(p2, on("2026-04-01"), List.of(ROADS)));

        PetitionId p3 = submit(log, "p-3", WEST_TOWN, null, "2026-04-01");
        log.append(on("2026-04-02"), new PetitionAccepted(p3, D2, null));
        log.append(on("2026-04-03"), new PetitionForwarded(p3, List.of(WATER, ROADS), on("2026-06-01"), null));
        log.append(on("2026-05-01"), new PetitionReplied(p3, WATER, "已处理", false));
        log.append(on("2026-05-02"), new PetitionReplied(p3, ROADS, "已处理", true));
        log.append(on("2026-05-20"), new PetitionRated(p3, Satisfaction.BASICALLY_SATISFIED, null));
        log.append(on("2026-06-01"), new PetitionClosed(p3, Satisfaction.BASICALLY_SATISFIED, null));

        PetitionId p4 = submit(log, "p-4", WEST_TOWN, null, "2026-05-01");
        log.append(on("2026-05-02"), new PetitionAccepted(p4, D2, null));
        log.append(on("2026-05-03"), new PetitionForwarded(p4, List.of(WATER), on("2026-07-01"), null));
        log.append(on("2026-06-01"), new PetitionReplied(p4, WATER, "已答复", true));
        log.append(on("2026-06-05"), new PetitionRated(p4, Satisfaction.UNSATISFIED, "没解决"));
        log.append(on("2026-06-05"), new PetitionReopened(p4, 2));

        PetitionId p5 = submit(log, "p-5", WEST_TOWN, null, "2026-06-01");
        log.append(on("2026-06-02"), new PetitionDeclined(p5, "不属于代表履职范围"));

        PetitionId p6 = submit(log, "p-6", EAST_TOWN, null, "2026-06-02");
        log.append(on("2026-06-03"), new PetitionMerged(p6, p1, "重复诉求"));

        log.append(Instant.parse("2025-12-31T15:00:00Z"), submitted("p-7", EAST_TOWN, null));
        log.append(Instant.parse("2025-12-31T16:30:00Z"), submitted("p-8", EAST_TOWN, null));
    }

    /**
     * 2026 in 示范区: received 5 (g-1, g-2, g-3, g-4, g-6; g-5 was returned, g-7 never submitted), replied 4:
     * A 1 (g-1), B 2 (g-2, and g-4 whose B was later found solved: it stays B), C 1 (g-3); on time 3 (not g-2); key
     * supervision 1 (g-2); g-6 is overdue. Filed by d-1: g-1, g-3, g-4; by d-2: g-2, g-5, g-6; d-2 co-signed g-1.
     */
    private static void suggestions(EventLog log) {
        SuggestionId g1 = file(log, "g-1", D1, EAST_TOWN, "2026-01-10");
        reply(log, g1, HandlingResult.SOLVED_OR_ADOPTED, true, "2026-03-10");
        log.append(on("2026-03-15"), new SuggestionRated(g1, Satisfaction.SATISFIED, 1, null));
        log.append(on("2026-03-20"), new SuggestionClosed(g1, HandlingResult.SOLVED_OR_ADOPTED, Satisfaction.SATISFIED,
                null));

        SuggestionId g2 = file(log, "g-2", D2, WEST_TOWN, "2026-01-11");
        log.append(on("2026-02-01"), new SuggestionPickedForKeySupervision(g2, "王书记", "区委书记", null));
        reply(log, g2, HandlingResult.BEING_SOLVED_OR_PLANNED, false, "2026-05-11");

        SuggestionId g3 = file(log, "g-3", D1, EAST_TOWN, "2026-01-12");
        reply(log, g3, HandlingResult.KEPT_FOR_REFERENCE, true, "2026-03-12");

        SuggestionId g4 = file(log, "g-4", D1, EAST_TOWN, "2026-01-13");
        reply(log, g4, HandlingResult.BEING_SOLVED_OR_PLANNED, true, "2026-03-13");
        log.append(on("2026-09-01"), new SuggestionUpgradedToSolved(g4, 2026));

        SuggestionId g5 = draft(log, "g-5", D2, WEST_TOWN, "2026-01-14");
        log.append(on("2026-01-14"), new SuggestionSubmitted(g5, SessionPeriod.DURING_SESSION, 1));
        log.append(on("2026-01-20"), new SuggestionReturned(g5, "不属于本级人大职权范围"));

        SuggestionId g6 = file(log, "g-6", D2, WEST_TOWN, "2026-01-15");
        log.append(on("2026-04-15"), new SuggestionOverdue(g6, on("2026-04-15"), WATER));

        draft(log, "g-7", D1, EAST_TOWN, "2026-02-01");
    }

    /**
     * 2026 in 示范区: referred 5, settled 2 (m-1, m-4), failed 1 (m-2), m-3 withdrawn, m-5 overdue. Sessions: d-1
     * three (m-1, m-4 twice), d-2 one (m-2).
     */
    private static void mediation(EventLog log) {
        MediationCaseId m1 = refer(log, "m-1", EAST_TOWN, "2026-02-01");
        session(log, m1, D1, 1, "2026-02-10");
        log.append(on("2026-02-11"), new MediationCaseSettled(m1, "双方和解", new BigDecimal("5000.00")));

        MediationCaseId m2 = refer(log, "m-2", WEST_TOWN, "2026-02-02");
        log.append(on("2026-02-03"), new MediatorsAssigned(m2, List.of(D2), null));
        log.append(on("2026-02-12"), new MediationSessionHeld(m2, 1, D2, on("2026-02-12"), "西城镇代表联络站", "未达成一致"));
        log.append(on("2026-02-13"), new MediationCaseFailed(m2, "一方拒绝调解"));

        MediationCaseId m3 = refer(log, "m-3", WEST_TOWN, "2026-02-03");
        log.append(on("2026-02-04"), new MediationCaseWithdrawn(m3, "原告撤诉"));

        MediationCaseId m4 = refer(log, "m-4", EAST_TOWN, "2026-02-04");
        session(log, m4, D1, 1, "2026-02-14");
        log.append(on("2026-02-20"), new MediationSessionHeld(m4, 2, D1, on("2026-02-20"), "东城镇代表之家", "达成协议"));
        log.append(on("2026-02-21"), new MediationCaseSettled(m4, "分期付款", null));

        MediationCaseId m5 = refer(log, "m-5", EAST_TOWN, "2026-02-05");
        log.append(on("2026-03-07"), new MediationOverdue(m5, on("2026-03-07"), List.of()));
    }

    /**
     * 2026 in 示范区: held 2 (b-1 of the district's congress, b-2 of 东城镇; b-3 of 西城镇, on 2027's projects, is
     * still collecting), entitled 5 + 3 = 8, voted (papers cast) 3 + 3 = 6 (on b-1 four checked in and one of
     * them cast no paper), turnout 6 / 8 = 75.0; projects approved 3 (pr-1 and pr-2 by b-1, pr-3 by b-2) with
     * budgets 60 000 000 + 40 000 000 + 2 000 000 = 102 000 000.00 yuan. 东城镇: held 1, entitled 3, voted 3,
     * turnout 100.0, one project of 2 000 000.00. 西城镇: nothing held. pr-1 is finished and rated (40 satisfied,
     * 8 basically, 2 not: 96.0), pr-2 half built, pr-3 not started. Returns the global index of the last event.
     */
    private static long ballots(EventLog log) {
        BallotId b1 = BallotId.of("b-1");
        log.append(on("2026-01-05"), new BallotCreated(b1, RegionId.of(DISTRICT), 2026, BallotLevel.CONGRESS,
                "2026年示范区民生实事项目票决"));
        candidate(log, b1, "c-1", "老旧小区改造", ProposerKind.CITIZEN, "60000000.00", "2026-01-06");
        candidate(log, b1, "c-2", "农村饮水安全提升", ProposerKind.DEPUTY, "40000000.00", "2026-01-07");
        candidate(log, b1, "c-3", "社区养老服务中心", ProposerKind.GOVERNMENT, "25000000.00", "2026-01-08");
        candidate(log, b1, "c-4", "城区停车场建设", ProposerKind.CITIZEN, "30000000.00", "2026-01-09");
        List<String> shortlist = List.of("c-1", "c-2", "c-3");
        log.append(on("2026-01-15"), new CandidatesShortlisted(b1, shortlist, "按轻重缓急初定"));
        vote(log, b1, "2026-01-20", shortlist, 2, List.of("d-1", "d-2", "d-3", "d-4", "d-5"),
                List.of("d-1", "d-2", "d-3", "d-4"), List.of(List.of("c-1", "c-2"), List.of("c-1", "c-2"),
                        List.of("c-3")));
        log.append(on("2026-01-20"), new TallyPublished(b1, List.of(new CandidateTally("c-1", 2, true),
                new CandidateTally("c-2", 2, true), new CandidateTally("c-3", 1, false)), 3, 5, 4));
        LivelihoodProjectId pr1 = approve(log, "pr-1", b1, "c-1", "老旧小区改造", DISTRICT, "2026-01-20",
                "60000000.00");
        LivelihoodProjectId pr2 = approve(log, "pr-2", b1, "c-2", "农村饮水安全提升", DISTRICT, "2026-01-20",
                "40000000.00");
        log.append(on("2026-02-01"), new ProjectMilestonesPlanned(pr1, List.of(
                new ProjectMilestone("设计", LocalDate.of(2026, 3, 31)),
                new ProjectMilestone("施工", LocalDate.of(2026, 9, 30)))));

        BallotId b2 = BallotId.of("b-2");
        log.append(on("2026-02-20"), new BallotCreated(b2, RegionId.of(EAST_TOWN), 2026, BallotLevel.TOWN,
                "2026年东城镇民生实事项目票选"));
        candidate(log, b2, "t-1", "河东村道路硬化", ProposerKind.CITIZEN, "2000000.00", "2026-02-21");
        candidate(log, b2, "t-2", "镇卫生院改造", ProposerKind.GOVERNMENT, "3000000.00", "2026-02-22");
        log.append(on("2026-02-25"), new CandidatesShortlisted(b2, List.of("t-1", "t-2"), null));
        vote(log, b2, "2026-03-02", List.of("t-1", "t-2"), 1, List.of("d-1", "d-6", "d-7"),
                List.of("d-1", "d-6", "d-7"), List.of(List.of("t-1"), List.of("t-1"), List.of("t-2")));
        log.append(on("2026-03-02"), new TallyPublished(b2, List.of(new CandidateTally("t-1", 2, true),
                new CandidateTally("t-2", 1, false)), 3, 3, 3));
        approve(log, "pr-3", b2, "t-1", "河东村道路硬化", EAST_TOWN, "2026-03-02", "2000000.00");

        log.append(on("2026-03-30"), new ProjectProgressRecorded(pr1, 20, "设计完成", "设计"));
        log.append(on("2026-05-10"), new ProjectInspected(pr1, List.of(D1, D2), LocalDate.of(2026, 5, 10), "进度正常"));
        log.append(on("2026-06-01"), new ProjectProgressRecorded(pr2, 50, "主管网铺设过半", null));
        log.append(on("2026-09-30"), new ProjectProgressRecorded(pr1, 100, "全部完工", "施工"));

        BallotId b3 = BallotId.of("b-3");
        log.append(on("2026-10-01"), new BallotCreated(b3, RegionId.of(WEST_TOWN), 2027, BallotLevel.TOWN,
                "2027年西城镇民生实事项目票选"));
        candidate(log, b3, "w-1", "西城镇文化广场", ProposerKind.DEPUTY, "1500000.00", "2026-10-02");

        log.append(on("2026-10-10"), new ProjectCompleted(pr1, "竣工验收合格"));
        return log.append(on("2026-10-20"), new ProjectRated(pr1, 40, 8, 2, null));
    }

    private static void candidate(EventLog log, BallotId ballot, String id, String title, ProposerKind proposer,
                                  String budget, String date) {
        log.append(on(date), new CandidateCollected(ballot, id, title, title + "的说明", proposer,
                new BigDecimal(budget)));
    }

    /** Opens the ballot on {@code date}, checks the deputies in, casts the papers and closes it that day. */
    private static void vote(EventLog log, BallotId ballot, String date, List<String> shortlist, int maxChoices,
                             List<String> entitled, List<String> checkedIn, List<List<String>> papers) {
        log.append(on(date), new BallotOpened(ballot, shortlist, maxChoices,
                entitled.stream().map(DeputyId::of).toList(), on(date).plusSeconds(4 * 3600)));
        checkedIn.forEach(deputy -> log.append(on(date), new DeputyCheckedIn(ballot, DeputyId.of(deputy))));
        for (int paper = 0; paper < papers.size(); paper++) {
            log.append(on(date), new VoteCast(ballot, "hash-" + ballot.value() + "-" + paper, papers.get(paper)));
        }
        log.append(on(date), new BallotClosed(ballot, entitled.size(), checkedIn.size(), papers.size()));
    }

    private static LivelihoodProjectId approve(EventLog log, String id, BallotId ballot, String candidateId,
                                               String title, String regionId, String date, String budget) {
        LivelihoodProjectId project = LivelihoodProjectId.of(id);
        log.append(on(date), new LivelihoodProjectApproved(project, ballot, candidateId, title, RegionId.of(regionId),
                2026, new BigDecimal(budget)));
        return project;
    }

    private static PetitionId submit(EventLog log, String id, String regionId, String stationId, String date) {
        log.append(on(date), submitted(id, regionId, stationId));
        return PetitionId.of(id);
    }

    private static PetitionSubmitted submitted(String id, String regionId, String stationId) {
        return new PetitionSubmitted(PetitionId.of(id), stationId == null ? PetitionSource.LETTER_OR_PHONE
                : PetitionSource.STATION_VISIT, RegionId.of(regionId), null,
                stationId == null ? null : StationId.of(stationId), PersonRef.of("person-" + id), "诉求" + id,
                "诉求内容");
    }

    private static SuggestionId draft(EventLog log, String id, DeputyId lead, String regionId, String date) {
        SuggestionId suggestion = SuggestionId.of(id);
        log.append(on(date), new SuggestionDrafted(suggestion, SuggestionKind.SUGGESTION, lead, RegionId.of(regionId),
                "建议" + id, "建议内容", null));
        return suggestion;
    }

    /** Drafted, (for g-1 co-signed by d-2,) submitted and accepted on {@code date}, assigned to 区水务局. */
    private static SuggestionId file(EventLog log, String id, DeputyId lead, String regionId, String date) {
        SuggestionId suggestion = draft(log, id, lead, regionId, date);
        int deputies = 1;
        if (id.equals("g-1")) {
            log.append(on(date), new SuggestionCoSigned(suggestion, D2));
            deputies = 2;
        }
        log.append(on(date), new SuggestionSubmitted(suggestion, SessionPeriod.DURING_SESSION, deputies));
        log.append(on(date), new SuggestionAccepted(suggestion, null));
        log.append(on(date), new SuggestionAssigned(suggestion, WATER, List.of(ROADS),
                on(date).plusSeconds(90L * 86_400), on(date).plusSeconds(180L * 86_400), null));
        return suggestion;
    }

    private static void reply(EventLog log, SuggestionId id, HandlingResult result, boolean onTime, String date) {
        log.append(on(date), new SuggestionReplied(id, WATER, result, "答复", 1, onTime));
    }

    private static MediationCaseId refer(EventLog log, String id, String regionId, String date) {
        MediationCaseId mediationCase = MediationCaseId.of(id);
        log.append(on(date), new MediationCaseReferred(mediationCase, COURT, DisputeType.CONTRACT,
                RegionId.of(regionId), List.of(PersonRef.of("party-a-" + id), PersonRef.of("party-b-" + id)),
                new BigDecimal("20000.00"), "合同纠纷", on(date).plusSeconds(30L * 86_400)));
        return mediationCase;
    }

    private static void session(EventLog log, MediationCaseId id, DeputyId mediator, int number, String date) {
        if (number == 1) {
            log.append(on(date), new MediatorsAssigned(id, List.of(mediator), null));
        }
        log.append(on(date), new MediationSessionHeld(id, number, mediator, on(date), "东城镇代表之家", "调解"));
    }
}

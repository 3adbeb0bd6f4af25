package cn.luzhi.app.demo;

import cn.luzhi.app.demo.DemoDistrict.Candidate;
import cn.luzhi.app.demo.DemoDistrict.Dispute;
import cn.luzhi.app.demo.DemoDistrict.Leader;
import cn.luzhi.app.demo.DemoDistrict.PetitionTopic;
import cn.luzhi.app.demo.DemoDistrict.Place;
import cn.luzhi.app.demo.DemoDistrict.SuggestionTopic;
import cn.luzhi.app.demo.DemoDistrict.Town;
import cn.luzhi.app.demo.DemoDistrict.Unit;
import cn.luzhi.events.ballot.BallotId;
import cn.luzhi.events.ballot.BallotLevel;
import cn.luzhi.events.ballot.CastVote;
import cn.luzhi.events.ballot.CheckInForBallot;
import cn.luzhi.events.ballot.CloseBallot;
import cn.luzhi.events.ballot.CollectCandidate;
import cn.luzhi.events.ballot.CompleteProject;
import cn.luzhi.events.ballot.CreateBallot;
import cn.luzhi.events.ballot.InspectProject;
import cn.luzhi.events.ballot.LivelihoodProjectId;
import cn.luzhi.events.ballot.OpenBallot;
import cn.luzhi.events.ballot.PlanProjectMilestones;
import cn.luzhi.events.ballot.ProjectMilestone;
import cn.luzhi.events.ballot.PublishTally;
import cn.luzhi.events.ballot.RateProject;
import cn.luzhi.events.ballot.RecordProjectProgress;
import cn.luzhi.events.ballot.ShortlistCandidates;
import cn.luzhi.events.common.ActorRole;
import cn.luzhi.events.common.ChinaCalendar;
import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.AddDeputyToMediatorPool;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.deputy.DeputyLevel;
import cn.luzhi.events.deputy.DeputyTerm;
import cn.luzhi.events.deputy.Gender;
import cn.luzhi.events.deputy.ProfessionalGroup;
import cn.luzhi.events.deputy.RegisterDeputy;
import cn.luzhi.events.duty.AttendanceStatus;
import cn.luzhi.events.duty.CloseDutyActivity;
import cn.luzhi.events.duty.DutyActivityId;
import cn.luzhi.events.duty.RecordAttendance;
import cn.luzhi.events.duty.ScheduleDutyActivity;
import cn.luzhi.events.legislation.CloseCommentPeriod;
import cn.luzhi.events.legislation.CollectOpinion;
import cn.luzhi.events.legislation.ForwardOpinions;
import cn.luzhi.events.legislation.LegislativeDraftId;
import cn.luzhi.events.legislation.MergeOpinions;
import cn.luzhi.events.legislation.OpenDraftForComment;
import cn.luzhi.events.legislation.OpinionSource;
import cn.luzhi.events.legislation.RecordLegislativeFeedback;
import cn.luzhi.events.mediation.AssignMediators;
import cn.luzhi.events.mediation.ConfirmSettlementJudicially;
import cn.luzhi.events.mediation.DisputeType;
import cn.luzhi.events.mediation.ExtendMediationPeriod;
import cn.luzhi.events.mediation.FailMediationCase;
import cn.luzhi.events.mediation.FollowUpMediationCase;
import cn.luzhi.events.mediation.MediationCaseId;
import cn.luzhi.events.mediation.RecordMediationSession;
import cn.luzhi.events.mediation.ReferMediationCase;
import cn.luzhi.events.mediation.SettleMediationCase;
import cn.luzhi.events.mediation.WithdrawMediationCase;
import cn.luzhi.events.petition.AcceptPetition;
import cn.luzhi.events.petition.ClosePetition;
import cn.luzhi.events.petition.DeclinePetition;
import cn.luzhi.events.petition.ExtendPetitionDeadline;
import cn.luzhi.events.petition.FollowUpPetition;
import cn.luzhi.events.petition.ForwardPetition;
import cn.luzhi.events.petition.MergePetition;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.HotlineTicket;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.RatePetition;
import cn.luzhi.events.petition.RecordHotlineFeedback;
import cn.luzhi.events.petition.ReplyToPetition;
import cn.luzhi.events.petition.SubmitPetition;
import cn.luzhi.events.petition.UrgePetition;
import cn.luzhi.events.petition.WithdrawPetition;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.region.RegionLevel;
import cn.luzhi.events.region.RegionTier;
import cn.luzhi.events.region.RegisterRegion;
import cn.luzhi.events.reception.AnswerReceptionIssue;
import cn.luzhi.events.reception.ReceptionId;
import cn.luzhi.events.reception.ReceptionIssue;
import cn.luzhi.events.reception.RecordReception;
import cn.luzhi.events.reception.TurnReceptionIssueIntoPetition;
import cn.luzhi.events.station.DesignateLiaisonPoint;
import cn.luzhi.events.station.DutyDay;
import cn.luzhi.events.station.OpenStation;
import cn.luzhi.events.station.PublishDutyRota;
import cn.luzhi.events.station.StationId;
import cn.luzhi.events.station.StationKind;
import cn.luzhi.events.station.StationSetting;
import cn.luzhi.events.suggestion.AcceptSuggestion;
import cn.luzhi.events.suggestion.AssignSuggestion;
import cn.luzhi.events.suggestion.CloseSuggestion;
import cn.luzhi.events.suggestion.CoSignSuggestion;
import cn.luzhi.events.suggestion.ConvertSuggestionToProcuratorate;
import cn.luzhi.events.suggestion.RecordProcuratorateOutcome;
import cn.luzhi.events.suggestion.ProcuratorateOutcome;
import cn.luzhi.events.suggestion.FollowUpSuggestion;
import cn.luzhi.events.suggestion.FollowUpOutcome;
import cn.luzhi.events.suggestion.DiscussSuggestionWithDeputy;
import cn.luzhi.events.suggestion.DraftSuggestion;
import cn.luzhi.events.suggestion.ExtendSuggestionDeadline;
import cn.luzhi.events.suggestion.HandleBillAsSuggestion;
import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.events.suggestion.MergeSuggestion;
import cn.luzhi.events.suggestion.PickSuggestionForKeySupervision;
import cn.luzhi.events.suggestion.RateSuggestion;
import cn.luzhi.events.suggestion.ReplyToSuggestion;
import cn.luzhi.events.suggestion.ReturnSuggestion;
import cn.luzhi.events.suggestion.SendSuggestionOpinion;
import cn.luzhi.events.suggestion.SessionPeriod;
import cn.luzhi.events.suggestion.SubmitSuggestion;
import cn.luzhi.events.suggestion.SuggestionId;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.suggestion.UrgeSuggestion;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.events.unit.HandlingUnitKind;
import cn.luzhi.events.unit.RegisterHandlingUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Plans the demo district's year up to now: the reference data registered at the start of the year, then a few
 * hundred petitions, suggestions and mediation cases and two ballots with their projects, each case along a legal
 * path of its aggregate and stopped wherever its next step would lie in the future, which leaves a realistic share
 * open. Periods follow the statutory defaults (60 days for a petition's reply, three months for a suggestion's,
 * 30 days of mediation), and most cases finish well inside them, so that only a few are overdue when the
 * deadlines of the past fire at start-up. Published shares are met by quota: suggestion replies are 72% class A,
 * 27% B and 1% C, and 78% of the mediation cases settled or failed are settled. All choices come from one seeded
 * random generator: the same seed and the same day give the same plan.
 */
final class HistoryPlanner {

    static final ZoneId BEIJING = ChinaCalendar.ZONE;

    /** A history shorter than this (a first start in early January) reaches back into the previous year. */
    private static final Duration MIN_PERIOD = Duration.ofDays(30);
    /** No step is nearer to the real time than this, so every seeded event is older than any live one. */
    private static final Duration CUT_OFF_MARGIN = Duration.ofMinutes(10);

    private static final String[] ETHNICITIES = {"汉族", "蒙古族", "回族", "满族"};
    private static final double[] ETHNICITY_SHARES = {0.80, 0.15, 0.03, 0.02};

    private final DemoProperties.Seed sizes;
    private final Random random;
    private final ChineseNames names;
    private final Instant from;
    private final Instant cutOff;
    private final LocalDate referenceDay;
    /**
     * When the reference data is registered: early last year, so that the suggestions carried over from last year
     * (answered B then, looked at again this year) name a district that existed.
     */
    private final LocalDate registrationDay;
    /** When the suggestion passed to the procuratorate was passed, once it is. */
    private Instant convertedToProcuratorateAt;
    private final LocalDate sessionDay;
    private final List<SeedStep> steps = new ArrayList<>();

    private final List<PlannedStation> stations = new ArrayList<>();
    private final List<PlannedDeputy> deputies = new ArrayList<>();
    private final Map<String, List<PlannedDeputy>> deputiesByTown = new HashMap<>();
    private final List<PlannedDeputy> mediators = new ArrayList<>();
    private final Map<String, List<Filed<PetitionId>>> petitionsByTopic = new HashMap<>();
    private final Map<String, List<Filed<SuggestionId>>> suggestionsByTopic = new HashMap<>();
    private final Quota<HandlingResult> replyClasses = new Quota<>(
            List.of(HandlingResult.SOLVED_OR_ADOPTED, HandlingResult.BEING_SOLVED_OR_PLANNED,
                    HandlingResult.KEPT_FOR_REFERENCE), new double[] {0.72, 0.27, 0.01});
    private final Quota<Outcome> mediationOutcomes = new Quota<>(List.of(Outcome.values()),
            new double[] {0.78 * 0.96, 0.22 * 0.96, 0.04});

    /** How a mediation case ends; 78% of the settled and failed ones are settled, withdrawn cases count in neither. */
    enum Outcome { SETTLED, FAILED, WITHDRAWN }

    /** A case filed at a time: a duplicate is merged only into one that was filed before it. */
    record Filed<I>(I id, Instant at) {
    }

    /** A station of the plan, with the town (township-level code) it serves. */
    record PlannedStation(StationId id, Place place, String townCode) {
    }

    /** A deputy of the plan, with the town (township-level code) of the deputy's station, null at district level. */
    record PlannedDeputy(DeputyId id, DeputyLevel level, String townCode, ProfessionalGroup group) {
    }

    HistoryPlanner(DemoProperties.Seed sizes, Instant now) {
        this.sizes = sizes;
        this.random = new Random(sizes.randomSeed());
        this.names = new ChineseNames(random);
        Instant startOfYear = now.atZone(BEIJING).toLocalDate().withDayOfYear(1).atStartOfDay(BEIJING).toInstant();
        this.from = Duration.between(startOfYear, now).compareTo(MIN_PERIOD) < 0 ? now.minus(MIN_PERIOD) : startOfYear;
        this.cutOff = now.minus(CUT_OFF_MARGIN);
        this.referenceDay = weekday(day(from).plusDays(1));
        this.registrationDay = weekday(LocalDate.of(day(from).getYear() - 1, 1, 6));
        // The district congress meets in mid-January: the session is when most suggestions are filed and the
        // year's livelihood projects are voted on.
        this.sessionDay = referenceDay.plusDays(10).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    }

    SeedPlan plan() {
        // The command side checks that every region, station, deputy and unit a command names exists, so the
        // reference data is registered in the order it refers to itself, one record after the other.
        Track reference = new Track("reference-data");
        reference.startAt(registrationDay.atTime(8, 30).atZone(BEIJING).toInstant());
        registerRegions(reference);
        registerUnits(reference);
        openStations(reference);
        registerDeputies(reference);
        Instant casesFrom = weekday(poolDay().plusDays(1)).atStartOfDay(BEIJING).toInstant();
        ballot(new BallotId(DemoDistrict.ID_PREFIX + "ballot-" + sessionDay.getYear() + "-" + DemoDistrict.CODE),
                DemoDistrict.CODE, BallotLevel.CONGRESS,
                sessionDay.getYear() + "年" + DemoDistrict.NAME + "民生实事项目票决", DemoDistrict.DISTRICT_CANDIDATES,
                10, 6, deputies.stream().filter(d -> d.level() == DeputyLevel.COUNTY).toList(),
                officeTime(poolDay()), sessionDay.plusDays(1));
        Town town = DemoDistrict.RURAL_TOWN;
        LocalDate townVote = weekday(day(from).plusDays(75));
        ballot(new BallotId(DemoDistrict.ID_PREFIX + "ballot-" + townVote.getYear() + "-" + town.place().code()),
                town.place().code(), BallotLevel.TOWN, townVote.getYear() + "年" + town.place().name() + "民生实事项目票选",
                DemoDistrict.TOWN_CANDIDATES, 5, 3,
                deputies.stream().filter(d -> d.level() == DeputyLevel.TOWNSHIP).toList(),
                officeTime(weekday(townVote.minusDays(20))), townVote);
        for (int i = 1; i <= sizes.petitions(); i++) {
            petition(new PetitionId(DemoDistrict.ID_PREFIX + "petition-%04d".formatted(i)), casesFrom);
        }
        for (int i = 1; i <= sizes.suggestions(); i++) {
            suggestion(new SuggestionId(DemoDistrict.ID_PREFIX + "suggestion-%04d".formatted(i)), i, casesFrom);
        }
        for (int i = 1; i <= sizes.mediationCases(); i++) {
            mediation(new MediationCaseId(DemoDistrict.ID_PREFIX + "mediation-%04d".formatted(i)), casesFrom);
        }
        // After every other case, so that adding receptions left the seeded cases above as they were.
        for (int i = 1; i <= sizes.petitions() / 4; i++) {
            reception(new ReceptionId(DemoDistrict.ID_PREFIX + "reception-%04d".formatted(i)), casesFrom);
        }
        legislativeDrafts(reference, casesFrom);
        // Planned last, so that the draws of this year's cases stay what they were before these existed.
        int carriedOver = Math.max(3, sizes.suggestions() / 15);
        for (int i = 1; i <= carriedOver; i++) {
            carriedOver(new SuggestionId(DemoDistrict.ID_PREFIX + "suggestion-b%03d".formatted(i)), i, casesFrom);
        }
        procuratorateOutcome(new SuggestionId(DemoDistrict.ID_PREFIX + "suggestion-%04d".formatted(4)));
        // After everything else, for the same reason: about two activities a week, the last few still ahead.
        int activities = Math.max(6, sizes.suggestions() / 2);
        for (int i = 1; i <= activities; i++) {
            boolean ahead = i > activities - 3;
            dutyActivity(new DutyActivityId(DemoDistrict.ID_PREFIX + "activity-%04d".formatted(i)),
                    ahead ? cutOff.plus(Duration.ofDays(1)) : casesFrom.plus(Duration.ofDays(14)),
                    ahead ? cutOff.plus(Duration.ofDays(10)) : cutOff);
        }
        // Last of all, for the same reason: the stations' monthly duty rotas.
        dutyRotas(casesFrom);
        List<SeedStep> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparing(SeedStep::at));
        return new SeedPlan(ordered.isEmpty() ? from : ordered.get(0).at(), cutOff, List.copyOf(ordered));
    }

    // ---------------------------------------------------------------------------------------------- reference data

    private void registerRegions(Track reference) {
        reference.soon(0.1, 0.5, ActorRole.ADMIN,
                new RegisterRegion(new RegionId(DemoDistrict.CODE), DemoDistrict.NAME, RegionLevel.DISTRICT, null));
        for (Town town : DemoDistrict.TOWNS) {
            register(reference, town.place());
            town.villages().forEach(village -> register(reference, village));
        }
    }

    private void register(Track reference, Place place) {
        reference.soon(0.1, 0.5, ActorRole.ADMIN, new RegisterRegion(new RegionId(place.code()), place.name(),
                place.level(), new RegionId(place.parentCode())));
    }

    private void registerUnits(Track reference) {
        for (Unit unit : DemoDistrict.UNITS) {
            reference.soon(0.1, 0.5, ActorRole.ADMIN, new RegisterHandlingUnit(new HandlingUnitId(unit.id()),
                    unit.name(), unit.kind(), new RegionId(DemoDistrict.CODE), unit.office()));
        }
    }

    private void openStations(Track reference) {
        Place district = new Place(DemoDistrict.CODE, DemoDistrict.NAME, RegionLevel.DISTRICT);
        station(reference, DemoDistrict.NAME + "人大代表之家", StationKind.HOME,
                StationSetting.DISTRICT, RegionTier.COUNTY, district, null, DemoDistrict.NAME + "人大常委会办公楼一层");
        station(reference, DemoDistrict.NAME + "政务服务中心人大代表工作站", StationKind.WORK_STATION,
                StationSetting.DISTRICT, RegionTier.COUNTY, district, null, DemoDistrict.NAME + "政务服务中心二层");
        for (int i = 0; i < DemoDistrict.TOWNS.size(); i++) {
            Town town = DemoDistrict.TOWNS.get(i);
            String code = town.place().code();
            boolean home = i % 2 == 0;
            station(reference, town.place().name() + (home ? "人大代表之家" : "人大代表工作站"),
                    home ? StationKind.HOME : StationKind.WORK_STATION,
                    StationSetting.TOWN, RegionTier.TOWNSHIP, town.place(), code, town.place().name() + "便民服务中心");
            // A liaison station in one community of each subdistrict, in four villages of the town.
            List<Place> villages = town == DemoDistrict.RURAL_TOWN ? town.villages().subList(0, 4)
                    : town.villages().subList(0, 1);
            for (Place village : villages) {
                station(reference, village.name() + "人大代表联络站", StationKind.LIAISON_STATION,
                        StationSetting.VILLAGE, RegionTier.VILLAGE, village, code, village.name() + "党群服务中心");
            }
        }
        Town north = DemoDistrict.TOWNS.get(7);
        station(reference, "鸿盛工业园区企业人大代表联络站", StationKind.LIAISON_STATION,
                StationSetting.ENTERPRISE, RegionTier.TOWNSHIP, north.place(), north.place().code(), "鸿盛工业园区管委会一层");
        Town east = DemoDistrict.TOWNS.get(0);
        station(reference, "数字经济产业园人大代表工作站", StationKind.WORK_STATION,
                StationSetting.ENTERPRISE, RegionTier.TOWNSHIP, east.place(), east.place().code(), "数字经济产业园综合楼三层");
        station(reference, "乳业产业链人大代表联络站", StationKind.LIAISON_STATION,
                StationSetting.INDUSTRY_CHAIN, RegionTier.COUNTY, district, null, DemoDistrict.NAME + "工商业联合会");
        station(reference, "文化旅游产业链人大代表之家", StationKind.HOME,
                StationSetting.INDUSTRY_CHAIN, RegionTier.COUNTY, district, null, "将军衙署文化街区游客服务中心");
    }

    private void station(Track reference, String name, StationKind kind, StationSetting setting, RegionTier level,
                         Place place, String townCode, String address) {
        StationId id = new StationId(DemoDistrict.ID_PREFIX + "station-%02d".formatted(stations.size() + 1));
        stations.add(new PlannedStation(id, place, townCode));
        LocalDate openedOn = LocalDate.of(2017 + random.nextInt(Math.max(1, day(from).getYear() - 2017)),
                1 + random.nextInt(12), 1 + random.nextInt(28));
        reference.soon(0.1, 0.5, ActorRole.ADMIN,
                new OpenStation(id, name, kind, setting, level, new RegionId(place.code()), address, openedOn));
    }

    private void registerDeputies(Track reference) {
        int count = sizes.deputies();
        int national = count >= 100 ? 1 : 0;
        int provincial = Math.max(1, Math.round(count * 0.03f));
        int municipal = Math.max(1, Math.round(count * 0.08f));
        int township = Math.max(3, Math.round(count * 0.15f));
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < count; i++) {
            DeputyLevel level = i < national ? DeputyLevel.NATIONAL
                    : i < national + provincial ? DeputyLevel.PROVINCIAL
                    : i < national + provincial + municipal ? DeputyLevel.MUNICIPAL
                    : i < national + provincial + municipal + township ? DeputyLevel.TOWNSHIP
                    : DeputyLevel.COUNTY;
            registerDeputy(reference, new DeputyId(DemoDistrict.ID_PREFIX + "deputy-%03d".formatted(i + 1)), level,
                    taken);
        }
        // The pool draws on district and township deputies, those of the law and justice group first.
        List<PlannedDeputy> candidates = new ArrayList<>(deputies.stream()
                .filter(d -> d.level() == DeputyLevel.COUNTY || d.level() == DeputyLevel.TOWNSHIP).toList());
        Map<DeputyId, Double> order = new HashMap<>();
        candidates.forEach(d -> order.put(d.id(),
                random.nextDouble() + (d.group() == ProfessionalGroup.LAW_SUPERVISION_AND_JUSTICE ? 0 : 0.6)));
        candidates.sort(Comparator.comparing(d -> order.get(d.id())));
        for (PlannedDeputy deputy : candidates.subList(0, Math.min(sizes.mediators(), candidates.size()))) {
            mediators.add(deputy);
            fixed(officeTime(poolDay()), deputy.id().value(), ActorRole.ADMIN,
                    new AddDeputyToMediatorPool(deputy.id(), null));
        }
    }

    private void registerDeputy(Track reference, DeputyId id, DeputyLevel level, Set<String> taken) {
        Gender gender = random.nextDouble() < 0.32 ? Gender.FEMALE : Gender.MALE;
        String ethnicity = ETHNICITIES[weighted(ETHNICITY_SHARES)];
        String name;
        do {
            name = "蒙古族".equals(ethnicity) ? names.mongolian(gender) : names.han(gender);
        } while (!taken.add(name));
        Town town = switch (level) {
            case TOWNSHIP -> DemoDistrict.RURAL_TOWN;
            // The town has twice the weight: its villages elect district deputies as well as township ones.
            case COUNTY -> random.nextInt(DemoDistrict.TOWNS.size() + 1) < DemoDistrict.TOWNS.size()
                    ? pick(DemoDistrict.TOWNS) : DemoDistrict.RURAL_TOWN;
            default -> null;
        };
        PlannedStation station = stationFor(town);
        String constituency = switch (level) {
            case NATIONAL -> "内蒙古自治区";
            case PROVINCIAL -> DemoDistrict.CITY;
            case MUNICIPAL -> DemoDistrict.NAME;
            case COUNTY -> town.place().name() + "第" + (1 + random.nextInt(6)) + "选区";
            case TOWNSHIP -> pick(town.villages()).name() + "选区";
        };
        ProfessionalGroup group = pick(List.of(ProfessionalGroup.values()));
        PlannedDeputy deputy = new PlannedDeputy(id, level, station.townCode(), group);
        deputies.add(deputy);
        if (deputy.townCode() != null) {
            deputiesByTown.computeIfAbsent(deputy.townCode(), code -> new ArrayList<>()).add(deputy);
        }
        String phone = random.nextDouble() < 0.6 ? names.mobilePhone() : null;
        reference.soon(0.1, 0.5, ActorRole.ADMIN, new RegisterDeputy(id, name, gender, ethnicity, level,
                constituency, station.id(), group, term(level), phone));
    }

    /** The working day after the registrations, when the mediator pool is formed and the ballot set up. */
    private LocalDate poolDay() {
        return weekday(referenceDay.plusDays(1));
    }

    /** Deputies above the district sit at district-wide stations; the others at their town's or a village's. */
    private PlannedStation stationFor(Town town) {
        List<PlannedStation> candidates = town == null
                ? stations.stream().filter(s -> s.townCode() == null).toList()
                : stations.stream().filter(s -> town.place().code().equals(s.townCode())).toList();
        return random.nextDouble() < 0.6 ? candidates.get(0) : pick(candidates);
    }

    /**
     * The current term of a congress at the deputy's level: five years, counted from the elections of 2022
     * (districts, towns, cities) and 2023 (the region and the nation).
     */
    private DeputyTerm term(DeputyLevel level) {
        int year = day(from).getYear();
        boolean upper = level == DeputyLevel.NATIONAL || level == DeputyLevel.PROVINCIAL;
        int base = upper ? 2023 : 2022;
        int number = switch (level) {
            case NATIONAL, PROVINCIAL -> 14;
            case MUNICIPAL -> 16;
            default -> 12;
        };
        int terms = Math.max(0, Math.floorDiv(year - base, 5));
        int start = base + 5 * terms;
        return new DeputyTerm(number + terms, start, start + 5);
    }

    // ---------------------------------------------------------------------------------------------- ballots

    private void ballot(BallotId id, String regionCode, BallotLevel level, String title, List<Candidate> candidates,
                        int shortlisted, int maxChoices, List<PlannedDeputy> entitled, Instant createdAt,
                        LocalDate voteDay) {
        if (entitled.size() < maxChoices) {
            return;
        }
        Track ballot = new Track(id.value());
        ballot.at(createdAt, ActorRole.CLERK, new CreateBallot(id, new RegionId(regionCode), voteDay.getYear(), level,
                title));
        // Candidates come in until the government draws up its shortlist, two days before the vote.
        LocalDate shortlistDay = weekday(voteDay.minusDays(2));
        double collectionDays = Math.max(1, ChronoUnit.DAYS.between(day(createdAt), shortlistDay) - 1);
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            ballot.atDays(createdAt, collectionDays * i / candidates.size(), ActorRole.CLERK, new CollectCandidate(id,
                    candidateId(i), candidate.title(), candidate.description(), candidate.proposer(),
                    BigDecimal.valueOf(candidate.budget()).setScale(2), null));
        }
        List<String> shortlist = new ArrayList<>();
        for (int i = 0; i < shortlisted; i++) {
            shortlist.add(candidateId(i));
        }
        ballot.at(officeTime(shortlistDay), ActorRole.CLERK, new ShortlistCandidates(id, shortlist,
                "经政府常务会议研究，初定" + shortlisted + "个候选项目提交票决", null));
        List<DeputyId> entitledIds = entitled.stream().map(PlannedDeputy::id).toList();
        ballot.place(voteDay.atTime(9, 0).atZone(BEIJING).toInstant(), ActorRole.CLERK, opens -> context ->
                new OpenBallot(id, maxChoices, entitledIds, opens.plus(Duration.ofHours(3)), null));
        // The roll call comes first and voting after it, so no vote follows its deputy's check-in directly.
        List<PlannedDeputy> present = entitled.stream().filter(d -> random.nextDouble() < 0.95).toList();
        for (PlannedDeputy deputy : present) {
            ballot.soon(0.05, 0.2, ActorRole.DEPUTY, new CheckInForBallot(id, deputy.id(), null));
        }
        List<String> favoured = List.copyOf(shortlist.subList(0, maxChoices));
        ballot.pause(5, 10);
        for (int i = 0; i < present.size(); i++) {
            List<String> choices = choices(shortlist, favoured, maxChoices);
            ballot.soon(0.05, 0.3, ActorRole.DEPUTY, context -> new CastVote(id, context.takePaper(id), choices));
        }
        ballot.soon(3, 8, ActorRole.CLERK, new CloseBallot(id, "到会代表均已投票，主持人宣布投票结束", null));
        if (!ballot.soon(10, 20, ActorRole.CLERK, new PublishTally(id, null))) {
            return;
        }
        Instant published = ballot.time();
        for (String candidateId : favoured) {
            project(id, candidateId, published, level == BallotLevel.TOWN);
        }
    }

    /**
     * A ballot paper that picks each favoured candidate nine times in ten and each other one in five, at most
     * {@code maxChoices} in all: the favoured candidates win clearly, so the tally approves exactly them.
     */
    private List<String> choices(List<String> shortlist, List<String> favoured, int maxChoices) {
        List<String> chosen = new ArrayList<>();
        if (random.nextDouble() < 0.01) {
            return chosen;
        }
        for (String candidate : shortlist) {
            if (random.nextDouble() < (favoured.contains(candidate) ? 0.9 : 0.2)) {
                chosen.add(candidate);
            }
        }
        while (chosen.size() > maxChoices) {
            chosen.remove(chosen.stream().filter(c -> !favoured.contains(c)).findFirst()
                    .orElse(chosen.get(random.nextInt(chosen.size()))));
        }
        return chosen;
    }

    private void project(BallotId ballotId, String candidateId, Instant published, boolean small) {
        Track project = new Track("project/" + ballotId.value() + "/" + candidateId);
        project.startAt(published);
        LocalDate planned = day(published).plusDays(7 + random.nextInt(14));
        LocalDate yearEnd = LocalDate.of(day(published).getYear(), 12, 20);
        long span = Math.max(30, ChronoUnit.DAYS.between(planned, yearEnd));
        List<ProjectMilestone> milestones = new ArrayList<>();
        for (int i = 0; i < DemoDistrict.MILESTONES.size(); i++) {
            milestones.add(new ProjectMilestone(DemoDistrict.MILESTONES.get(i),
                    planned.plusDays(span * (i + 1) / DemoDistrict.MILESTONES.size())));
        }
        if (!project.at(officeTime(weekday(planned)), ActorRole.UNIT, withProject(ballotId, candidateId,
                projectId -> new PlanProjectMilestones(projectId, milestones, null)))) {
            return;
        }
        int[] percents = {10, 25, 40, 55, 70, 80, 90, 100};
        for (int i = 0; i < percents.length; i++) {
            int percent = percents[i];
            int milestone = DemoDistrict.MILESTONE_PERCENTS.indexOf(percent);
            String reached = milestone >= 0 ? DemoDistrict.MILESTONES.get(milestone) : null;
            String note = DemoTexts.progress(percent, reached);
            // A town's small projects move faster than the district's large ones.
            if (!project.later(small ? 8 : 12, small ? 20 : 35, ActorRole.UNIT, withProject(ballotId, candidateId,
                    projectId -> new RecordProjectProgress(projectId, percent, note, reached, null)))) {
                return;
            }
            if (i == 2 || i == 5) {
                List<DeputyId> inspectors = deputies.stream().filter(d -> random.nextDouble() < 0.02)
                        .map(PlannedDeputy::id).limit(4).toList();
                List<DeputyId> team = inspectors.isEmpty() ? List.of(pick(deputies).id()) : inspectors;
                String findings = DemoTexts.INSPECTION_FINDINGS.get(i == 2 ? 0 : 1);
                project.laterWithTime(2, 10, ActorRole.DEPUTY, at -> withProject(ballotId, candidateId,
                        projectId -> new InspectProject(projectId, team, day(at), findings, null)));
            }
        }
        project.later(2, 6, ActorRole.UNIT, withProject(ballotId, candidateId,
                projectId -> new CompleteProject(projectId, DemoTexts.COMPLETE_PROJECT, null)));
        int satisfied = 100 + random.nextInt(80);
        int basically = 10 + random.nextInt(30);
        int unsatisfied = random.nextInt(8);
        project.later(5, 15, ActorRole.CLERK, withProject(ballotId, candidateId,
                projectId -> new RateProject(projectId, satisfied, basically, unsatisfied,
                        DemoTexts.RATE_PROJECT, null)));
    }

    /** The step of an approved candidate's project; nothing when the tally did not approve it. */
    private static SeedStep.Builder withProject(BallotId ballotId, String candidateId,
                                                Function<LivelihoodProjectId, Object> command) {
        return context -> context.project(ballotId, candidateId).map(command).orElse(null);
    }

    private static String candidateId(int index) {
        return "c%02d".formatted(index + 1);
    }

    // ---------------------------------------------------------------------------------------------- petitions

    private void petition(PetitionId id, Instant casesFrom) {
        PetitionTopic topic = pick(DemoDistrict.PETITION_TOPICS);
        Town town = pick(DemoDistrict.TOWNS);
        Place place = random.nextDouble() < 0.9 ? pick(town.villages()) : town.place();
        PetitionSource source = PetitionSource.values()[weighted(new double[] {0.30, 0.15, 0.25, 0.12, 0.08, 0.10})];
        boolean byCitizen = source == PetitionSource.DEPUTY_QR_CODE || source == PetitionSource.STATION_QR_CODE;
        PlannedDeputy deputy = deputyOf(town.place().code());
        PlannedStation station = stations.stream().filter(s -> s.place().code().equals(place.code())).findFirst()
                .orElseGet(() -> stations.stream().filter(s -> town.place().code().equals(s.townCode()))
                        .findFirst().orElseThrow());
        boolean atStation = source == PetitionSource.STATION_QR_CODE || source == PetitionSource.STATION_VISIT;
        Instant submitted = byCitizen ? anyMoment(casesFrom, cutOff) : officeMoment(casesFrom, cutOff);
        Track petition = new Track(id.value());
        PersonDetails petitioner = new PersonDetails(names.han(random.nextBoolean() ? Gender.MALE : Gender.FEMALE),
                names.mobilePhone(), null);
        boolean hotline = source == PetitionSource.HOTLINE_12345;
        // A 12345 ticket reached the hotline a few days before the clerk registered it, with a supervising deputy.
        HotlineTicket ticket = null;
        if (hotline) {
            LocalDate receivedOn = day(submitted).minusDays(2 + random.nextInt(12));
            ticket = new HotlineTicket(DemoTexts.hotlineTicketNumber(receivedOn, id.value()), receivedOn,
                    pick(DemoTexts.ESCALATE_HOTLINE_TICKET));
        }
        if (!petition.at(submitted, byCitizen ? ActorRole.CITIZEN : ActorRole.CLERK, new SubmitPetition(id, source,
                new RegionId(place.code()), source == PetitionSource.DEPUTY_QR_CODE || hotline ? deputy.id() : null,
                atStation ? station.id() : null, petitioner, topic.title(), topic.content().formatted(place.name()),
                ticket, null))) {
            return;
        }
        List<Filed<PetitionId>> sameTopic = petitionsByTopic.computeIfAbsent(topic.title(), t -> new ArrayList<>());
        List<PetitionId> earlier = sameTopic.stream().filter(f -> f.at().isBefore(submitted)).map(Filed::id).toList();
        double fate = random.nextDouble();
        if (fate < 0.02 && !earlier.isEmpty()) {
            petition.later(0.1, 2, ActorRole.CLERK,
                    new MergePetition(id, pick(earlier), DemoTexts.MERGE_PETITION, null));
            return;
        }
        sameTopic.add(new Filed<>(id, submitted));
        if (fate < 0.04) {
            petition.later(0.2, 5, ActorRole.CITIZEN, new WithdrawPetition(id,
                    pick(DemoTexts.WITHDRAW_PETITION), null));
            return;
        }
        if (fate < 0.09) {
            petition.later(0.5, 3, ActorRole.DEPUTY, new DeclinePetition(id,
                    pick(DemoTexts.DECLINE_PETITION), null));
            return;
        }
        if (!petition.later(0.2, 3, ActorRole.DEPUTY, new AcceptPetition(id, deputy.id(),
                DemoTexts.ACCEPT_PETITION, null))) {
            return;
        }
        for (int round = 1; round <= 2; round++) {
            if (!handlePetitionRound(petition, id, topic, place, round, hotline)) {
                return;
            }
        }
    }

    /** One forwarding, its replies and the petitioner's verdict; true when the petitioner was unsatisfied. */
    private boolean handlePetitionRound(Track petition, PetitionId id, PetitionTopic topic, Place place, int round,
                                        boolean hotline) {
        Unit unit = DemoDistrict.unit(topic.unit()).orElseThrow();
        List<Unit> units = new ArrayList<>(List.of(unit));
        if (random.nextDouble() < 0.15) {
            Unit partner = pick(DemoDistrict.UNITS.stream()
                    .filter(u -> u.kind() == HandlingUnitKind.GOVERNMENT_DEPARTMENT).toList());
            if (!partner.equals(unit)) {
                units.add(partner);
            }
        }
        if (!petition.later(0.3, 4, ActorRole.DEPUTY, new ForwardPetition(id,
                units.stream().map(u -> new HandlingUnitId(u.id())).toList(), null,
                DemoTexts.forwardPetition(unit.name()), null))) {
            return false;
        }
        Instant forwarded = petition.time();
        double speed = random.nextDouble();
        // Most units answer well inside the 60 days; a few are late, and those still open when the history ends
        // are the overdue cases of the cockpit.
        double replyDays = speed < 0.85 ? 3 + random.nextDouble() * 37
                : speed < 0.90 ? 40 + random.nextDouble() * 18 : 62 + random.nextDouble() * 118;
        if (random.nextDouble() < 0.15) {
            petition.atDays(forwarded, Math.min(replyDays * 0.6, 45), ActorRole.SUPERVISOR, new UrgePetition(id,
                    pick(DemoTexts.URGE_PETITION), null));
        }
        if (replyDays > 58 && random.nextDouble() < 0.3) {
            petition.atDays(forwarded, 50 + random.nextDouble() * 8, ActorRole.CLERK, new ExtendPetitionDeadline(id,
                    DemoTexts.EXTEND_PETITION, null));
        }
        for (int i = 0; i < units.size(); i++) {
            Unit replying = units.get(i);
            String reply = (replying.equals(unit) ? topic.reply().formatted(place.name())
                    : DemoTexts.coUnitReply(unit.name()));
            if (!petition.atDays(forwarded, replyDays + i * random.nextDouble() * 3, ActorRole.UNIT,
                    new ReplyToPetition(id, new HandlingUnitId(replying.id()), reply, null))) {
                return false;
            }
        }
        if (hotline && random.nextDouble() < 0.9) {
            petition.laterWithTime(0.5, 4, ActorRole.CLERK, at -> context -> new RecordHotlineFeedback(id,
                    pick(DemoTexts.HOTLINE_FEEDBACK), day(at), null));
        }
        if (random.nextDouble() < 0.7) {
            petition.later(1, 7, ActorRole.DEPUTY, new FollowUpPetition(id,
                    pick(DemoTexts.FOLLOW_UP_PETITION), null));
        }
        if (random.nextDouble() < 0.85) {
            Satisfaction rating = round == 1
                    ? Satisfaction.values()[weighted(new double[] {0.75, 0.19, 0.06})]
                    : Satisfaction.values()[weighted(new double[] {0.7, 0.3, 0})];
            if (!petition.later(0.5, 6, ActorRole.CITIZEN, new RatePetition(id, rating,
                    DemoTexts.ratePetition(rating), null))) {
                return false;
            }
            if (rating == Satisfaction.UNSATISFIED) {
                return true;
            }
        }
        petition.later(0.5, 5, ActorRole.CLERK, new ClosePetition(id, DemoTexts.CLOSE_PETITION, null));
        return false;
    }

    // ---------------------------------------------------------------------------------------------- suggestions

    private void suggestion(SuggestionId id, int number, Instant casesFrom) {
        SuggestionTopic topic = number == 3 ? DemoDistrict.suggestionTopic("关于加强大青山前坡生态保护的建议").orElseThrow()
                : number == 4 ? DemoDistrict.suggestionTopic("关于加强农村饮水安全保障的建议").orElseThrow()
                : pick(DemoDistrict.SUGGESTION_TOPICS);
        boolean duringSession = random.nextDouble() < 0.85;
        SuggestionKind kind = number <= 2 ? SuggestionKind.BILL : SuggestionKind.SUGGESTION;
        if (kind == SuggestionKind.BILL) {
            duringSession = true;
        }
        List<PlannedDeputy> district = deputies.stream().filter(d -> d.level() == DeputyLevel.COUNTY).toList();
        PlannedDeputy lead = pick(district);
        Instant drafted = duringSession
                ? officeTime(sessionDay.plusDays(random.nextInt(3)))
                : officeMoment(casesFrom, cutOff);
        // One suggestion came from the procuratorate's public-interest work (双向衔接转化).
        String procuratorateReference = number == 3
                ? "新检公益建〔" + day(drafted).getYear() + "〕" + (2 + random.nextInt(9)) + "号" : null;
        Track suggestion = new Track(id.value());
        if (!suggestion.at(drafted, ActorRole.DEPUTY, new DraftSuggestion(id, kind, lead.id(),
                new RegionId(lead.townCode() != null ? lead.townCode() : DemoDistrict.CODE), topic.title(),
                topic.content(), procuratorateReference))) {
            return;
        }
        int coSigners = kind == SuggestionKind.BILL ? 9 + random.nextInt(4)
                : random.nextDouble() < 0.4 ? 0 : 1 + random.nextInt(4);
        Set<DeputyId> signed = new HashSet<>(Set.of(lead.id()));
        while (signed.size() <= coSigners && signed.size() < district.size()) {
            PlannedDeputy coSigner = pick(district);
            if (signed.add(coSigner.id())) {
                suggestion.soon(5, 60, ActorRole.DEPUTY, new CoSignSuggestion(id, coSigner.id(), null));
            }
        }
        if (!suggestion.soon(10, 120, ActorRole.DEPUTY, new SubmitSuggestion(id,
                duringSession ? SessionPeriod.DURING_SESSION : SessionPeriod.RECESS, null))) {
            return;
        }
        List<Filed<SuggestionId>> sameTopic = suggestionsByTopic.computeIfAbsent(topic.title(),
                t -> new ArrayList<>());
        List<SuggestionId> earlier = sameTopic.stream().filter(f -> f.at().isBefore(drafted)).map(Filed::id).toList();
        double review = random.nextDouble();
        double reviewDays = duringSession ? 7 : 3;
        if (kind == SuggestionKind.SUGGESTION && review < 0.02) {
            suggestion.later(reviewDays, reviewDays + 8, ActorRole.CLERK, new ReturnSuggestion(id,
                    "所提内容属于个人具体诉求，不属于代表建议范围，建议通过信访渠道反映", null));
            return;
        }
        if (kind == SuggestionKind.SUGGESTION && review < 0.04 && !earlier.isEmpty()) {
            suggestion.later(reviewDays, reviewDays + 8, ActorRole.CLERK, new MergeSuggestion(id, pick(earlier),
                    "与同类建议内容相近，并案办理", null));
            return;
        }
        sameTopic.add(new Filed<>(id, drafted));
        boolean accepted = number == 2
                ? suggestion.later(reviewDays, reviewDays + 8, ActorRole.CLERK, new HandleBillAsSuggestion(id,
                "经大会主席团研究，该议案不列入本次大会议程，作为代表建议交有关部门研究办理", null))
                : suggestion.later(reviewDays, reviewDays + 8, ActorRole.CLERK, new AcceptSuggestion(id,
                kind == SuggestionKind.BILL ? "经大会主席团审议，列入大会议程" : DemoTexts.ACCEPT_SUGGESTION, null));
        if (!accepted) {
            return;
        }
        if (random.nextDouble() < 0.05) {
            Leader leader = pick(DemoDistrict.LEADERS);
            suggestion.later(1, 5, ActorRole.SUPERVISOR, new PickSuggestionForKeySupervision(id, leader.name(),
                    leader.position(), "关系群众切身利益，列为重点督办建议", null));
        }
        Unit leadUnit = DemoDistrict.unit(topic.leadUnit()).orElseThrow();
        List<Unit> coUnits = topic.coUnits().stream().filter(key -> random.nextDouble() < 0.6)
                .map(key -> DemoDistrict.unit(key).orElseThrow()).toList();
        if (!suggestion.later(3, 12, ActorRole.CLERK, new AssignSuggestion(id, new HandlingUnitId(leadUnit.id()),
                coUnits.stream().map(u -> new HandlingUnitId(u.id())).toList(),
                DemoTexts.ASSIGN_SUGGESTION, null))) {
            return;
        }
        Instant assigned = suggestion.time();
        if (number == 4 && suggestion.later(5, 20, ActorRole.CLERK, new ConvertSuggestionToProcuratorate(id,
                new HandlingUnitId(DemoDistrict.unitId(DemoDistrict.PROCURATORATE)),
                "该建议涉及公共利益保护，移送检察机关研究是否启动公益诉讼", null))) {
            convertedToProcuratorateAt = suggestion.time();
        }
        if (random.nextDouble() < 0.75) {
            suggestion.atDays(assigned, 7 + random.nextDouble() * 23, ActorRole.UNIT,
                    new DiscussSuggestionWithDeputy(id, new HandlingUnitId(leadUnit.id()), DemoTexts.DISCUSS_SUGGESTION,
                            null));
        }
        for (Unit coUnit : coUnits) {
            suggestion.atDays(assigned, 10 + random.nextDouble() * 30, ActorRole.UNIT, new SendSuggestionOpinion(id,
                    new HandlingUnitId(coUnit.id()), DemoTexts.CO_UNIT_OPINION, null));
        }
        double pace = random.nextDouble();
        double replyDays = pace < 0.95 ? 25 + random.nextDouble() * 60 : 92 + random.nextDouble() * 28;
        if (random.nextDouble() < 0.1) {
            suggestion.atDays(assigned, Math.min(replyDays * 0.7, 70), ActorRole.SUPERVISOR, new UrgeSuggestion(id,
                    DemoTexts.URGE_SUGGESTION, null));
        }
        if (pace >= 0.97) {
            // Handled late with leave: the deadline moves by a month, still inside the six-month limit.
            Instant dueAt = assigned.plus(Duration.ofDays(90));
            suggestion.atDays(assigned, 70 + random.nextDouble() * 15, ActorRole.CLERK, new ExtendSuggestionDeadline(id,
                    dueAt.plus(Duration.ofDays(30)), "涉及资金安排，需提请区政府研究，申请延期答复", null));
        }
        boolean rehandled = random.nextDouble() < 0.03;
        if (!replySuggestion(suggestion, id, topic, leadUnit, assigned, replyDays, rehandled)) {
            return;
        }
        if (rehandled) {
            if (!suggestion.later(3, 15, ActorRole.DEPUTY, new RateSuggestion(id, Satisfaction.UNSATISFIED,
                    DemoTexts.rateSuggestion(Satisfaction.UNSATISFIED), null))) {
                return;
            }
            if (!replySuggestion(suggestion, id, topic, leadUnit, suggestion.time(), 20 + random.nextDouble() * 40,
                    false)) {
                return;
            }
        }
        if (random.nextDouble() < 0.9) {
            Satisfaction rating = random.nextDouble() < 0.8 ? Satisfaction.SATISFIED : Satisfaction.BASICALLY_SATISFIED;
            if (!suggestion.later(3, 20, ActorRole.DEPUTY, new RateSuggestion(id, rating,
                    DemoTexts.rateSuggestion(rating), null))) {
                return;
            }
        }
        suggestion.later(1, 10, ActorRole.CLERK, new CloseSuggestion(id, DemoTexts.CLOSE_SUGGESTION, null));
    }

    /**
     * A suggestion filed at last year's session and answered B (正在解决或列入计划), closed, and looked at again
     * this year (回头看): three in five are found solved, which the cockpit counts as 往年B类建议解决数 while last
     * year's shares keep them as B.
     */
    private void carriedOver(SuggestionId id, int number, Instant casesFrom) {
        SuggestionTopic topic = pick(DemoDistrict.SUGGESTION_TOPICS);
        List<PlannedDeputy> district = deputies.stream().filter(d -> d.level() == DeputyLevel.COUNTY).toList();
        PlannedDeputy lead = pick(district);
        LocalDate lastSession = sessionDay.minusYears(1);
        Track suggestion = new Track(id.value());
        boolean answered = suggestion.at(officeTime(weekday(lastSession.plusDays(random.nextInt(3)))), ActorRole.DEPUTY,
                new DraftSuggestion(id, SuggestionKind.SUGGESTION, lead.id(), new RegionId(lead.townCode() != null
                        ? lead.townCode() : DemoDistrict.CODE), topic.title(), topic.content(), null))
                && suggestion.soon(10, 120, ActorRole.DEPUTY, new SubmitSuggestion(id, SessionPeriod.DURING_SESSION,
                        null))
                && suggestion.later(5, 10, ActorRole.CLERK, new AcceptSuggestion(id, DemoTexts.ACCEPT_SUGGESTION, null))
                && suggestion.later(3, 12, ActorRole.CLERK, new AssignSuggestion(id,
                        new HandlingUnitId(DemoDistrict.unit(topic.leadUnit()).orElseThrow().id()), List.of(),
                        DemoTexts.ASSIGN_SUGGESTION, null))
                && suggestion.later(30, 80, ActorRole.UNIT, new ReplyToSuggestion(id,
                        new HandlingUnitId(DemoDistrict.unit(topic.leadUnit()).orElseThrow().id()),
                        HandlingResult.BEING_SOLVED_OR_PLANNED, DemoTexts.replyToSuggestion(topic,
                                HandlingResult.BEING_SOLVED_OR_PLANNED, lastSession.getYear()), null))
                && suggestion.later(20, 40, ActorRole.CLERK, new CloseSuggestion(id, DemoTexts.CLOSE_SUGGESTION, null));
        Instant thisYear = latest(casesFrom, day(cutOff).withDayOfYear(1).atStartOfDay(BEIJING).toInstant());
        if (!answered || !thisYear.isBefore(cutOff)) {
            return;
        }
        Instant when = officeMoment(thisYear, cutOff);
        FollowUpOutcome outcome = number % 5 < 3 ? FollowUpOutcome.SOLVED
                : number % 5 == 3 ? FollowUpOutcome.STILL_IN_PROGRESS : FollowUpOutcome.NOT_YET_POSSIBLE;
        String progress = switch (outcome) {
            case SOLVED -> "经回头看，" + topic.measure() + "已落实到位，代表反映的问题已解决";
            case STILL_IN_PROGRESS -> "经回头看，" + topic.measure() + "正在推进，预计年内完成";
            case NOT_YET_POSSIBLE -> "经回头看，受资金和规划条件限制，" + topic.measure() + "暂不具备实施条件";
        };
        suggestion.at(when, ActorRole.CLERK, new FollowUpSuggestion(id, day(when).getYear(), outcome, progress, null));
    }

    /** The procuratorate's answer to the suggestion passed to it: a public-interest suggestion of its own. */
    private void procuratorateOutcome(SuggestionId id) {
        if (convertedToProcuratorateAt == null) {
            return;
        }
        Instant when = officeTime(weekday(day(convertedToProcuratorateAt.plus(Duration.ofDays(20 + random.nextInt(20))))));
        new Track(id.value() + "-procuratorate").at(when, ActorRole.CLERK, new RecordProcuratorateOutcome(id,
                ProcuratorateOutcome.SUGGESTION_ISSUED, "新检公益建〔" + day(when).getYear() + "〕" + (11 + random.nextInt(9))
                        + "号", day(when), "检察机关已向有关行政机关制发公益诉讼检察建议，督促依法履职", null));
    }

    /**
     * The lead unit's reply. Its class is drawn from the quota only once the reply lands within the history, so
     * the replies written meet the published shares; a reply that a re-handling will replace is class B.
     */
    private boolean replySuggestion(Track suggestion, SuggestionId id, SuggestionTopic topic, Unit leadUnit,
                                    Instant base, double days, boolean replaced) {
        HandlingResult[] result = new HandlingResult[1];
        int year = day(base).getYear();
        HandlingUnitId unit = new HandlingUnitId(leadUnit.id());
        boolean replied = suggestion.atDays(base, days, ActorRole.UNIT, context -> new ReplyToSuggestion(id, unit,
                result[0], DemoTexts.replyToSuggestion(topic, result[0], year), null));
        if (replied) {
            result[0] = replaced ? HandlingResult.BEING_SOLVED_OR_PLANNED : replyClasses.next(random);
        }
        return replied;
    }

    // ---------------------------------------------------------------------------------------------- mediation

    private void mediation(MediationCaseId id, Instant casesFrom) {
        if (mediators.isEmpty()) {
            return;
        }
        Dispute dispute = DemoDistrict.DISPUTES.get(random.nextInt(DemoDistrict.DISPUTES.size()));
        Town town = pick(DemoDistrict.TOWNS);
        Place place = pick(town.villages());
        // Amounts in dispute are round hundreds of yuan, as claims usually are.
        BigDecimal amount = dispute.maxAmount() == 0 ? null : BigDecimal.valueOf((dispute.minAmount()
                + random.nextInt(dispute.maxAmount() - dispute.minAmount() + 1)) / 100L * 100L).setScale(2);
        List<PersonDetails> parties = new ArrayList<>();
        int partyCount = random.nextDouble() < 0.85 ? 2 : 3;
        for (int i = 0; i < partyCount; i++) {
            boolean company = i > 0 && dispute.type() == DisputeType.CONTRACT
                    && random.nextDouble() < 0.4;
            parties.add(company
                    ? new PersonDetails(DemoDistrict.CITY + pick(List.of("鑫源", "恒泰", "兴盛", "蒙华", "北辰", "祥和"))
                    + pick(List.of("商贸", "建筑工程", "物流", "餐饮管理")) + "有限公司",
                    "0471-" + (2000000 + random.nextInt(7999999)), null)
                    : new PersonDetails(names.han(random.nextBoolean() ? Gender.MALE : Gender.FEMALE),
                    names.mobilePhone(), null));
        }
        Track mediation = new Track(id.value());
        if (!mediation.at(officeMoment(casesFrom, cutOff), ActorRole.UNIT, new ReferMediationCase(id,
                new HandlingUnitId(DemoDistrict.unitId(DemoDistrict.COURT)), dispute.type(),
                new RegionId(place.code()), parties, amount, dispute.summary()))) {
            return;
        }
        Instant referred = mediation.time();
        List<PlannedDeputy> local = mediators.stream().filter(m -> town.place().code().equals(m.townCode())).toList();
        List<DeputyId> assigned = new ArrayList<>(List.of(pick(local.isEmpty() ? mediators : local).id()));
        if (random.nextDouble() < 0.3) {
            DeputyId second = pick(mediators).id();
            if (!assigned.contains(second)) {
                assigned.add(second);
            }
        }
        if (!mediation.later(0.1, 3, ActorRole.CLERK, new AssignMediators(id, assigned,
                DemoTexts.ASSIGN_MEDIATORS, null))) {
            return;
        }
        double pace = random.nextDouble();
        // Most disputes end within the 30 days, some after an agreed extension, a few drag on past the period.
        boolean extended = pace >= 0.88 && pace < 0.95;
        double outcomeDays = pace < 0.88 ? 5 + random.nextDouble() * 23
                : extended ? 32 + random.nextDouble() * 12 : 40 + random.nextDouble() * 50;
        Outcome outcome = mediationOutcomes.next(random);
        boolean refused = outcome == Outcome.FAILED && random.nextDouble() < 0.25;
        int sessions = refused || outcome == Outcome.WITHDRAWN && random.nextBoolean() ? 0 : 1 + random.nextInt(3);
        // Sessions and the extension in the order they happen: the extension must be agreed before the period ends.
        double extensionDays = extended ? 22 + random.nextDouble() * 6 : Double.NaN;
        String room = town.place().name() + "代表调解工作室";
        for (int i = 1; i <= sessions; i++) {
            double sessionDays = outcomeDays * i / (sessions + 1);
            if (extended && sessionDays > extensionDays) {
                mediation.atDays(referred, extensionDays, ActorRole.CLERK, new ExtendMediationPeriod(id,
                        DemoTexts.EXTEND_MEDIATION, null));
                extended = false;
            }
            DeputyId mediator = assigned.get(random.nextInt(assigned.size()));
            String summary = i < sessions ? DemoTexts.SESSION_ONGOING : DemoTexts.SESSION_AGREED;
            Duration before = Duration.ofMinutes(30 + random.nextInt(120));
            mediation.atDaysWithTime(referred, sessionDays, ActorRole.DEPUTY, at -> context ->
                    new RecordMediationSession(id, mediator, latest(referred.plusSeconds(60), at.minus(before)), room,
                            summary, null));
        }
        if (extended) {
            mediation.atDays(referred, extensionDays, ActorRole.CLERK, new ExtendMediationPeriod(id,
                    DemoTexts.EXTEND_MEDIATION, null));
        }
        Object ending = switch (outcome) {
            case SETTLED -> new SettleMediationCase(id, dispute.agreement(), amount == null ? null
                    : amount.multiply(BigDecimal.valueOf(60 + random.nextInt(31))).divide(BigDecimal.valueOf(100))
                    .setScale(0, RoundingMode.HALF_UP).setScale(2), null);
            case FAILED -> new FailMediationCase(id,
                    refused ? DemoTexts.MEDIATION_REFUSED : DemoTexts.MEDIATION_FAILED, null);
            case WITHDRAWN -> new WithdrawMediationCase(id, DemoTexts.MEDIATION_WITHDRAWN, null);
        };
        if (!mediation.atDays(referred, outcomeDays, outcome == Outcome.SETTLED || outcome == Outcome.FAILED
                ? ActorRole.DEPUTY : ActorRole.CLERK, ending)) {
            mediationOutcomes.undo(outcome);
            return;
        }
        if (outcome == Outcome.SETTLED && random.nextDouble() < 0.35) {
            mediation.later(3, 15, ActorRole.UNIT, new ConfirmSettlementJudicially(id, "（" + day(referred).getYear()
                    + "）内0102民特" + (100 + random.nextInt(900)) + "号", null));
        }
        if (outcome != Outcome.FAILED && random.nextDouble() < 0.6) {
            Satisfaction satisfaction = Satisfaction.values()[weighted(new double[] {0.85, 0.12, 0.03})];
            mediation.later(10, 30, ActorRole.DEPUTY, new FollowUpMediationCase(id,
                    outcome == Outcome.SETTLED ? DemoTexts.FOLLOW_UP_SETTLED : DemoTexts.FOLLOW_UP_WITHDRAWN,
                    satisfaction, null));
        }
    }

    // ---------------------------------------------------------------------------------------------- receptions

    /**
     * A reception at a station (进家接待): one or two of its town's deputies receive a few to some dozens of
     * citizens; about half the issues are answered on the spot, the others answered later or turned into petitions.
     */
    private void reception(ReceptionId id, Instant casesFrom) {
        if (stations.isEmpty()) {
            return;
        }
        PlannedStation station = pick(stations);
        List<DeputyId> receivers = new ArrayList<>(List.of(deputyOf(station.townCode()).id()));
        if (random.nextDouble() < 0.4) {
            DeputyId second = deputyOf(station.townCode()).id();
            if (!receivers.contains(second)) {
                receivers.add(second);
            }
        }
        int citizens = 3 + random.nextInt(28);
        List<ReceptionIssue> issues = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            List<String> issue = pick(DemoTexts.RECEPTION_ISSUES);
            issues.add(new ReceptionIssue(issue.get(0), random.nextDouble() < 0.5 ? issue.get(1) : null));
        }
        Duration before = Duration.ofMinutes(60 + random.nextInt(180));
        Track reception = new Track(id.value());
        if (!reception.place(officeMoment(casesFrom, cutOff), ActorRole.DEPUTY, at -> context -> new RecordReception(
                id, station.id(), at.minus(before), List.copyOf(receivers), citizens, List.copyOf(issues)))) {
            return;
        }
        for (int i = 0; i < issues.size(); i++) {
            if (issues.get(i).answeredOnTheSpot()) {
                continue;
            }
            int number = i + 1;
            if (random.nextDouble() < 0.6) {
                PersonDetails citizen = new PersonDetails(names.han(random.nextBoolean() ? Gender.MALE : Gender.FEMALE),
                        names.mobilePhone(), null);
                reception.later(0.1, 3, ActorRole.DEPUTY, new TurnReceptionIssueIntoPetition(id, number,
                        receivers.get(0), new RegionId(station.place().code()), citizen,
                        DemoTexts.RECEPTION_PETITION_TITLE, null));
            } else {
                reception.later(1, 10, ActorRole.CLERK, new AnswerReceptionIssue(id, number,
                        DemoTexts.RECEPTION_LATER_ANSWER, null));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- duty rotas

    /**
     * The duty rotas of the first stations (进家接待值班表): the clerk publishes each month's on its first working
     * day, two reception days a week, Tuesday and Thursday, each with one or two deputies of the station's town.
     * The month of the cut-off is published the day before it and runs a month on, so that the station's QR page
     * shows who receives next.
     */
    private void dutyRotas(Instant casesFrom) {
        LocalDate lastDay = day(cutOff).minusDays(1);
        for (PlannedStation station : stations.subList(0, Math.min(4, stations.size()))) {
            Track rota = new Track(station.id().value() + "-rota");
            for (LocalDate month = day(casesFrom).withDayOfMonth(1); !month.isAfter(lastDay);
                 month = month.plusMonths(1)) {
                LocalDate monthEnd = month.plusMonths(1).minusDays(1);
                LocalDate from = weekday(month.isBefore(day(casesFrom)) ? day(casesFrom) : month);
                LocalDate to = monthEnd;
                if (!monthEnd.isBefore(lastDay)) {
                    from = from.isAfter(lastDay) ? lastDay : from;
                    to = from.plusDays(40);
                }
                List<DutyDay> days = new ArrayList<>();
                for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
                    if (date.getDayOfWeek() == DayOfWeek.TUESDAY || date.getDayOfWeek() == DayOfWeek.THURSDAY) {
                        days.add(new DutyDay(date, onDuty(station), date.getDayOfWeek() == DayOfWeek.TUESDAY
                                ? "9:00-12:00" : "14:30-17:30"));
                    }
                }
                Instant publishedAt = from.atTime(LocalTime.of(8, 40)).atZone(BEIJING).toInstant();
                if (!days.isEmpty() && !rota.at(publishedAt, ActorRole.CLERK, new PublishDutyRota(station.id(), from,
                        to, List.copyOf(days), DemoTexts.PUBLISH_DUTY_ROTA, null))) {
                    return;
                }
            }
        }
    }

    /** One or two deputies of the station's town for a reception day. */
    private List<DeputyId> onDuty(PlannedStation station) {
        DeputyId first = deputyOf(station.townCode()).id();
        DeputyId second = deputyOf(station.townCode()).id();
        return random.nextDouble() < 0.5 && !second.equals(first) ? List.of(first, second) : List.of(first);
    }

    // ---------------------------------------------------------------------------------------------- legislation

    /**
     * Three stations become legislative liaison points, and a draft regulation is opened for comment there every
     * few weeks: deputies, clerks and a few citizens give opinions for 25 days, duplicates are merged, the clerk
     * closes the round, forwards the opinions and records which the legislature adopted. The newest draft is still
     * open at the cut-off, so the live mode keeps collecting on it.
     */
    private void legislativeDrafts(Track reference, Instant casesFrom) {
        if (stations.size() < 3 || deputies.isEmpty()) {
            return;
        }
        List<StationId> points = List.of(stations.get(0).id(), stations.get(2).id(),
                stations.get(stations.size() - 3).id());
        for (StationId point : points) {
            reference.soon(0.1, 0.5, ActorRole.ADMIN,
                    new DesignateLiaisonPoint(point, DemoTexts.DESIGNATE_LIAISON_POINT, null));
        }
        int drafts = DemoTexts.DRAFT_TITLES.size();
        long span = Duration.between(casesFrom, cutOff).toSeconds();
        for (int i = 0; i < drafts; i++) {
            // Spread over the period; the last one opens ten days before the cut-off and is still open.
            Instant opening = i == drafts - 1 ? cutOff.minus(Duration.ofDays(10))
                    : casesFrom.plusSeconds(span * i / drafts);
            draft(new LegislativeDraftId(DemoDistrict.ID_PREFIX + "draft-%02d".formatted(i + 1)),
                    DemoTexts.DRAFT_TITLES.get(i), officeTime(weekday(day(opening))), points);
        }
    }

    private void draft(LegislativeDraftId id, String title, Instant opening, List<StationId> points) {
        Track draft = new Track(id.value());
        LocalDate closesOn = day(opening).plusDays(30);
        if (!draft.at(opening, ActorRole.CLERK, new OpenDraftForComment(id, title, DemoTexts.LEGISLATURE,
                title + "全文见附件。第一条 为了……，根据有关法律、法规，结合本市实际，制定本条例。",
                "https://www.example.gov.cn/rd/" + id.value() + ".pdf", closesOn, points))) {
            return;
        }
        int opinions = 12 + random.nextInt(20);
        int collected = 0;
        for (int n = 1; n <= opinions; n++) {
            StationId point = pick(points);
            double source = random.nextDouble();
            CollectOpinion opinion = source < 0.6
                    ? new CollectOpinion(id, OpinionSource.DEPUTY, point, pick(deputies).id(), null,
                    "第" + (1 + random.nextInt(40)) + "条", pick(DemoTexts.DRAFT_OPINIONS), null)
                    : source < 0.85
                    ? new CollectOpinion(id, OpinionSource.CLERK, point, null, null, null,
                    pick(DemoTexts.DRAFT_OPINIONS), null)
                    : new CollectOpinion(id, OpinionSource.CITIZEN, point, null,
                    new PersonDetails(names.han(random.nextBoolean() ? Gender.MALE : Gender.FEMALE),
                            names.mobilePhone(), null), null, pick(DemoTexts.DRAFT_OPINIONS), null);
            if (!draft.atDays(opening, 1 + 24.0 * n / opinions, source < 0.6 ? ActorRole.DEPUTY : ActorRole.CLERK,
                    opinion)) {
                return;
            }
            collected = n;
        }
        // Numbers are given in the order collected, so the last opinion duplicates an earlier one.
        if (!draft.atDays(opening, 26, ActorRole.CLERK, new MergeOpinions(id, List.of(collected), 1,
                DemoTexts.MERGE_OPINIONS, null))
                || !draft.atDays(opening, 26.5, ActorRole.CLERK,
                new CloseCommentPeriod(id, DemoTexts.CLOSE_COMMENT, null))) {
            return;
        }
        List<Integer> forwarded = java.util.stream.IntStream.range(1, collected).boxed().toList();
        if (!draft.atDaysWithTime(opening, 31 + random.nextInt(4), ActorRole.CLERK, at -> context ->
                new ForwardOpinions(id, forwarded, day(at), DemoTexts.FORWARD_OPINIONS, null))) {
            return;
        }
        List<Integer> adopted = forwarded.stream().filter(n -> random.nextDouble() < 0.4).toList();
        draft.later(15, 40, ActorRole.CLERK, new RecordLegislativeFeedback(id, adopted, DemoTexts.FEEDBACK, null));
    }

    // ---------------------------------------------------------------------------------------------- activities

    /**
     * A deputies' activity (履职活动) of a town: the clerk schedules it one to two weeks ahead and invites three to
     * six of the town's deputies; on the day the clerk takes the roll call (most present, some on leave, a few
     * absent) and closes it when it is over. It begins between {@code earliest} and {@code latest}; one still ahead
     * at the cut-off stays scheduled, and the live mode takes its roll call on the day.
     */
    private void dutyActivity(DutyActivityId id, Instant earliest, Instant latest) {
        if (deputies.isEmpty()) {
            return;
        }
        DemoTexts.Activity activity = pick(DemoTexts.DUTY_ACTIVITIES);
        Town town = pick(DemoDistrict.TOWNS);
        List<PlannedDeputy> local = new ArrayList<>(deputiesByTown.getOrDefault(town.place().code(), deputies));
        Collections.shuffle(local, random);
        List<DeputyId> invited = local.stream().limit(3 + random.nextInt(4)).map(PlannedDeputy::id).toList();
        Instant startsAt = officeMoment(earliest, latest);
        Instant endsAt = startsAt.plus(Duration.ofHours(2 + random.nextInt(3)));
        Instant scheduledAt = startsAt.minus(Duration.ofDays(7 + random.nextInt(8)));
        Track track = new Track(id.value());
        if (!track.at(scheduledAt.isAfter(cutOff) ? cutOff.minus(Duration.ofHours(1)) : scheduledAt, ActorRole.CLERK,
                new ScheduleDutyActivity(id, activity.kind(), town.place().name() + activity.title(), startsAt, endsAt,
                        activity.place(), new RegionId(town.place().code()), invited, false))) {
            return;
        }
        track.startAt(startsAt);
        for (DeputyId deputy : invited) {
            double draw = random.nextDouble();
            AttendanceStatus status = draw < 0.85 ? AttendanceStatus.PRESENT
                    : draw < 0.95 ? AttendanceStatus.ON_LEAVE : AttendanceStatus.ABSENT;
            track.soon(1, 20, ActorRole.CLERK, new RecordAttendance(id, deputy, status,
                    status == AttendanceStatus.ON_LEAVE ? DemoTexts.ACTIVITY_LEAVE : null, null));
        }
        track.at(endsAt, ActorRole.CLERK, new CloseDutyActivity(id, null));
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private PlannedDeputy deputyOf(String townCode) {
        List<PlannedDeputy> local = deputiesByTown.getOrDefault(townCode, List.of());
        return local.isEmpty() ? pick(deputies) : pick(local);
    }

    private void fixed(Instant at, String lane, ActorRole actor, Object command) {
        steps.add(new SeedStep(at, lane, actor, context -> command));
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(BEIJING).toLocalDate();
    }

    private static LocalDate weekday(LocalDate date) {
        LocalDate day = date;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** A moment between 08:30 and 17:30 Beijing time on the given day. */
    private Instant officeTime(LocalDate date) {
        return date.atTime(LocalTime.of(8, 30)).plusMinutes(random.nextInt(9 * 60)).atZone(BEIJING).toInstant();
    }

    /** A working-day moment in office hours between the two instants (or just after, which the cut-off stops). */
    private Instant officeMoment(Instant earliest, Instant latest) {
        long seconds = Math.max(1, Duration.between(earliest, latest).toSeconds());
        return officeTime(weekday(day(earliest.plusSeconds((long) (random.nextDouble() * seconds)))));
    }

    /** A moment between 07:00 and 22:00 on any day: citizens scan QR codes at weekends and in the evening too. */
    private Instant anyMoment(Instant earliest, Instant latest) {
        long seconds = Math.max(1, Duration.between(earliest, latest).toSeconds());
        LocalDate date = day(earliest.plusSeconds((long) (random.nextDouble() * seconds)));
        return date.atTime(7, 0).plusMinutes(random.nextInt(15 * 60)).atZone(BEIJING).toInstant();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private int weighted(double[] shares) {
        double draw = random.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            draw -= shares[i];
            if (draw < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    /**
     * The steps of one case (a lane), each after the one before. The first step that would fall after the cut-off
     * stops the case there: later steps are not planned, and the case stays open in that state.
     */
    private final class Track {

        private final String lane;
        private Instant time;
        private boolean stopped;

        Track(String lane) {
            this.lane = lane;
        }

        Instant time() {
            return time;
        }

        /** Moves the case's time on without a step of its own (the project starts when the tally is published). */
        void startAt(Instant when) {
            time = time == null || when.isAfter(time) ? when : time;
        }

        /**
         * A step at {@code when}, or a few minutes after the previous step if that is later; {@code command} gets
         * the step's time, for commands that name it (a session's time, an inspection's date).
         */
        boolean place(Instant when, ActorRole actor, Function<Instant, SeedStep.Builder> command) {
            if (stopped) {
                return false;
            }
            Instant at = time != null && !when.isAfter(time) ? time.plus(Duration.ofMinutes(2 + random.nextInt(40)))
                    : when;
            if (at.isAfter(cutOff)) {
                stopped = true;
                return false;
            }
            steps.add(new SeedStep(at, lane, actor, command.apply(at)));
            time = at;
            return true;
        }

        boolean at(Instant when, ActorRole actor, SeedStep.Builder command) {
            return place(when, actor, at -> command);
        }

        boolean at(Instant when, ActorRole actor, Object command) {
            return at(when, actor, context -> command);
        }

        /** A step in office hours on the first working day at least {@code days} after {@code base}. */
        boolean atDaysWithTime(Instant base, double days, ActorRole actor,
                               Function<Instant, SeedStep.Builder> command) {
            return !stopped && place(officeTime(weekday(day(base.plusSeconds((long) (days * 86_400))))), actor,
                    command);
        }

        boolean atDays(Instant base, double days, ActorRole actor, SeedStep.Builder command) {
            return atDaysWithTime(base, days, actor, at -> command);
        }

        boolean atDays(Instant base, double days, ActorRole actor, Object command) {
            return atDaysWithTime(base, days, actor, at -> context -> command);
        }

        /** A step in office hours between {@code minDays} and {@code maxDays} after the previous one. */
        boolean laterWithTime(double minDays, double maxDays, ActorRole actor,
                              Function<Instant, SeedStep.Builder> command) {
            return !stopped && atDaysWithTime(time, minDays + random.nextDouble() * (maxDays - minDays), actor,
                    command);
        }

        boolean later(double minDays, double maxDays, ActorRole actor, SeedStep.Builder command) {
            return laterWithTime(minDays, maxDays, actor, at -> command);
        }

        boolean later(double minDays, double maxDays, ActorRole actor, Object command) {
            return laterWithTime(minDays, maxDays, actor, at -> context -> command);
        }

        /** A step {@code minMinutes} to {@code maxMinutes} after the previous one, at whatever hour that is. */
        boolean soon(double minMinutes, double maxMinutes, ActorRole actor, SeedStep.Builder command) {
            if (stopped) {
                return false;
            }
            return at(time.plusSeconds(minutes(minMinutes, maxMinutes)), actor, command);
        }

        boolean soon(double minMinutes, double maxMinutes, ActorRole actor, Object command) {
            return soon(minMinutes, maxMinutes, actor, context -> command);
        }

        /** Lets time pass without a step, as between the roll call and the vote. */
        void pause(double minMinutes, double maxMinutes) {
            if (time != null) {
                time = time.plusSeconds(minutes(minMinutes, maxMinutes));
            }
        }

        private long minutes(double minMinutes, double maxMinutes) {
            return (long) ((minMinutes + random.nextDouble() * (maxMinutes - minMinutes)) * 60) + 1;
        }
    }

    /**
     * Draws categories so that their counts follow the given shares as closely as whole numbers allow: each draw
     * favours the categories furthest below their share, so after n draws no count is more than about one away.
     */
    static final class Quota<T> {

        private final List<T> values;
        private final double[] shares;
        private final int[] counts;
        private int total;

        Quota(List<T> values, double[] shares) {
            this.values = values;
            this.shares = shares;
            this.counts = new int[values.size()];
        }

        T next(Random random) {
            double[] deficits = new double[shares.length];
            double sum = 0;
            for (int i = 0; i < shares.length; i++) {
                deficits[i] = Math.max(0, shares[i] * (total + 1) - counts[i]);
                sum += deficits[i];
            }
            double draw = random.nextDouble() * sum;
            int chosen = shares.length - 1;
            for (int i = 0; i < shares.length; i++) {
                draw -= deficits[i];
                if (draw < 0) {
                    chosen = i;
                    break;
                }
            }
            counts[chosen]++;
            total++;
            return values.get(chosen);
        }

        /** Takes back a draw whose case ended before it could happen. */
        void undo(T value) {
            counts[values.indexOf(value)]--;
            total--;
        }

        Map<T, Integer> counts() {
            Map<T, Integer> result = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                result.put(values.get(i), counts[i]);
            }
            return result;
        }
    }
}

package cn.luzhi.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.luzhi.events.ballot.CheckInForBallot;
import cn.luzhi.events.ballot.CollectCandidate;
import cn.luzhi.events.ballot.CreateBallot;
import cn.luzhi.events.ballot.LivelihoodProjectId;
import cn.luzhi.events.ballot.PlanProjectMilestones;
import cn.luzhi.events.ballot.PublishTally;
import cn.luzhi.events.deputy.AddDeputyToMediatorPool;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.mediation.AssignMediators;
import cn.luzhi.events.deputy.RegisterDeputy;
import cn.luzhi.events.mediation.FailMediationCase;
import cn.luzhi.events.mediation.ReferMediationCase;
import cn.luzhi.events.mediation.SettleMediationCase;
import cn.luzhi.events.petition.RecordHotlineFeedback;
import cn.luzhi.events.petition.SubmitPetition;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.region.RegionTier;
import cn.luzhi.events.region.RegisterRegion;
import cn.luzhi.events.station.OpenStation;
import cn.luzhi.events.station.StationId;
import cn.luzhi.events.station.StationKind;
import cn.luzhi.events.station.StationSetting;
import cn.luzhi.events.suggestion.DraftSuggestion;
import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.events.suggestion.ReplyToSuggestion;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.events.unit.HandlingUnitKind;
import cn.luzhi.events.unit.RegisterHandlingUnit;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.Test;

/** The planned year: its size, its order in time, and commands the API accepts. */
class HistoryPlannerTest {

    private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
    private static final DemoProperties.Seed DEFAULT = new DemoProperties.Seed(null, null, null, null, null, null);

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    /**
     * This year's cases start at New Year in Beijing; only the reference data (registered last January) and the
     * suggestions carried over from last year's session (answered B then, looked at again this year) are older.
     */
    @Test
    void shouldPlanTheYearFromNewYearInBeijingUpToJustBeforeNow() {
        SeedPlan plan = new HistoryPlanner(DEFAULT, NOW).plan();

        assertThat(plan.from()).isEqualTo(plan.steps().get(0).at()).isBefore(Instant.parse("2025-01-07T00:00:00Z"));
        assertThat(plan.to()).isBefore(NOW);
        assertThat(plan.steps()).allSatisfy(step -> assertThat(step.at()).isBetween(plan.from(), plan.to()));
        assertThat(plan.steps()).filteredOn(step -> !carriedOverFromLastYear(step))
                .allSatisfy(step -> assertThat(step.at()).isAfterOrEqualTo(Instant.parse("2025-12-31T16:00:00Z")));
        assertThat(plan.steps()).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
    }

    @Test
    void shouldReachBackAMonthWhenTheYearHasJustBegun() {
        Instant earlyJanuary = Instant.parse("2026-01-03T02:00:00Z");

        SeedPlan plan = new HistoryPlanner(DEFAULT, earlyJanuary).plan();

        assertThat(plan.steps()).filteredOn(step -> !carriedOverFromLastYear(step)).first()
                .satisfies(step -> assertThat(step.at()).isAfterOrEqualTo(earlyJanuary.minus(Duration.ofDays(30))));
    }

    private static boolean carriedOverFromLastYear(SeedStep step) {
        return step.lane().equals("reference-data") || step.lane().startsWith(DemoDistrict.ID_PREFIX + "suggestion-b");
    }

    @Test
    void shouldKeepTheStepsOfEachCaseInStrictOrder() {
        Map<String, Instant> last = new HashMap<>();

        for (SeedStep step : new HistoryPlanner(DEFAULT, NOW).plan().steps()) {
            Instant previous = last.put(step.lane(), step.at());
            if (previous != null) {
                assertThat(step.at()).as(step.lane()).isAfter(previous);
            }
        }
    }

    @Test
    void shouldPlanTheSameHistoryForTheSameSeedAndTime() {
        List<String> first = summary(new HistoryPlanner(DEFAULT, NOW).plan());
        List<String> second = summary(new HistoryPlanner(DEFAULT, NOW).plan());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void shouldSetUpADistrictOfRealisticSize() {
        List<Object> commands = execute(new HistoryPlanner(DEFAULT, NOW).plan());

        List<RegisterRegion> regions = ofType(commands, RegisterRegion.class);
        assertThat(regions).filteredOn(r -> r.regionId().value().length() == 9).hasSizeBetween(8, 12);
        assertThat(regions).filteredOn(r -> r.regionId().value().length() == 12).hasSizeGreaterThanOrEqualTo(40);
        assertThat(regions).filteredOn(r -> r.parentId() != null).allSatisfy(region ->
                assertThat(region.regionId().value()).startsWith(region.parentId().value()));
        List<OpenStation> stations = ofType(commands, OpenStation.class);
        assertThat(stations).hasSizeGreaterThanOrEqualTo(25);
        assertThat(stations).extracting(OpenStation::kind).contains(StationKind.values());
        assertThat(stations).extracting(OpenStation::setting).contains(StationSetting.values());
        assertThat(stations).allSatisfy(station -> assertThat(RegionTier.ofCode(station.regionId().value()))
                .hasValueSatisfying(tier -> assertThat(station.setting().allows(station.level())).isTrue()));
        List<RegisterDeputy> deputies = ofType(commands, RegisterDeputy.class);
        assertThat(deputies).hasSize(210);
        assertThat(deputies).extracting(RegisterDeputy::name).doesNotHaveDuplicates();
        assertThat(ofType(commands, AddDeputyToMediatorPool.class)).hasSize(45);
        assertThat(ofType(commands, RegisterHandlingUnit.class)).hasSizeBetween(22, 28)
                .extracting(RegisterHandlingUnit::kind).contains(HandlingUnitKind.values());
        assertThat(ofType(commands, CreateBallot.class)).hasSize(2);
        assertThat(ofType(commands, CollectCandidate.class)).hasSize(DemoDistrict.DISTRICT_CANDIDATES.size()
                + DemoDistrict.TOWN_CANDIDATES.size());
        assertThat(ofType(commands, PlanProjectMilestones.class)).hasSize(9);
        assertThat(ofType(commands, SubmitPetition.class)).hasSizeBetween(340, 360);
        // About one in eight is a 12345 ticket, each with its supervising deputy; most are fed back to the hotline.
        List<SubmitPetition> tickets = ofType(commands, SubmitPetition.class).stream()
                .filter(submit -> submit.hotlineTicket() != null).toList();
        assertThat(tickets).hasSizeBetween(25, 65).allSatisfy(ticket -> assertThat(ticket.deputyId()).isNotNull());
        assertThat(tickets).extracting(ticket -> ticket.hotlineTicket().ticketNumber()).doesNotHaveDuplicates();
        assertThat(ofType(commands, RecordHotlineFeedback.class)).isNotEmpty();
        // This year's suggestions, and the few of last year's session looked at again this year (回头看).
        assertThat(ofType(commands, DraftSuggestion.class)).filteredOn(draft -> !draft.suggestionId().value()
                .startsWith(DemoDistrict.ID_PREFIX + "suggestion-b")).hasSizeBetween(170, 180);
        assertThat(ofType(commands, cn.luzhi.events.suggestion.FollowUpSuggestion.class)).isNotEmpty();
        assertThat(ofType(commands, ReferMediationCase.class)).hasSizeBetween(285, 300);
        List<cn.luzhi.events.legislation.OpenDraftForComment> drafts = ofType(commands,
                cn.luzhi.events.legislation.OpenDraftForComment.class);
        assertThat(drafts).hasSize(DemoTexts.DRAFT_TITLES.size());
        List<StationId> points = ofType(commands, cn.luzhi.events.station.DesignateLiaisonPoint.class).stream()
                .map(cn.luzhi.events.station.DesignateLiaisonPoint::stationId).toList();
        assertThat(points).hasSize(3);
        assertThat(drafts).allSatisfy(draft -> assertThat(points).containsAll(draft.liaisonPointIds()));
        assertThat(ofType(commands, cn.luzhi.events.legislation.CollectOpinion.class)).hasSizeGreaterThan(50);
        // All but the newest draft went the whole way; the newest is still open for the live mode.
        assertThat(ofType(commands, cn.luzhi.events.legislation.RecordLegislativeFeedback.class))
                .hasSizeBetween(1, DemoTexts.DRAFT_TITLES.size() - 1);
        // Deputies' activities through the year, each with a roll call; the latest are still ahead (已安排) for the
        // live mode, so not every one is closed.
        List<cn.luzhi.events.duty.ScheduleDutyActivity> activities = ofType(commands,
                cn.luzhi.events.duty.ScheduleDutyActivity.class);
        assertThat(activities).hasSizeGreaterThan(50)
                .allSatisfy(activity -> assertThat(activity.invitedDeputyIds()).hasSizeBetween(3, 6))
                .extracting(cn.luzhi.events.duty.ScheduleDutyActivity::kind)
                .containsAll(List.of(cn.luzhi.events.duty.DutyActivityKind.values()));
        assertThat(ofType(commands, cn.luzhi.events.duty.RecordAttendance.class)).hasSizeGreaterThan(150);
        assertThat(ofType(commands, cn.luzhi.events.duty.CloseDutyActivity.class)).hasSizeGreaterThan(30)
                .hasSizeLessThan(activities.size());
    }

    @Test
    void shouldPlanOnlyCommandsTheApiAccepts() {
        List<Object> commands = execute(new HistoryPlanner(DEFAULT, NOW).plan());

        assertThat(commands).allSatisfy(command -> assertThat(validator.validate(command)).as(command.toString())
                .isEmpty());
    }

    /** The command side refuses a command naming a region, station, deputy or unit it does not know yet. */
    @Test
    void shouldNameOnlyReferenceDataRegisteredBefore() throws Exception {
        Set<Object> registered = new HashSet<>();
        Set<Object> pool = new HashSet<>();

        for (Object command : execute(new HistoryPlanner(DEFAULT, NOW).plan())) {
            for (RecordComponent component : command.getClass().getRecordComponents()) {
                if (command.getClass().getDeclaredField(component.getName())
                        .isAnnotationPresent(TargetAggregateIdentifier.class)) {
                    continue;
                }
                Object value = component.getAccessor().invoke(command);
                for (Object element : value instanceof Collection<?> values ? values : Collections.singleton(value)) {
                    if (element instanceof RegionId || element instanceof StationId || element instanceof DeputyId
                            || element instanceof HandlingUnitId) {
                        assertThat(registered).as(command.getClass().getSimpleName()).contains(element);
                    }
                }
            }
            if (command instanceof AssignMediators assign) {
                assertThat(pool).containsAll(assign.deputyIds());
            }
            if (command instanceof RegisterRegion region) {
                registered.add(region.regionId());
            } else if (command instanceof OpenStation station) {
                registered.add(station.stationId());
            } else if (command instanceof RegisterDeputy deputy) {
                registered.add(deputy.deputyId());
            } else if (command instanceof RegisterHandlingUnit unit) {
                registered.add(unit.handlingUnitId());
            } else if (command instanceof AddDeputyToMediatorPool joining) {
                pool.add(joining.deputyId());
            }
        }
    }

    @Test
    void shouldMeetThePublishedSharesOfSuggestionClassesAndSettledMediations() {
        List<Object> commands = execute(new HistoryPlanner(DEFAULT, NOW).plan());

        Map<String, HandlingResult> classes = new LinkedHashMap<>();
        // This year's replies: last year's carried-over suggestions were all answered B.
        ofType(commands, ReplyToSuggestion.class).stream().filter(reply -> !reply.suggestionId().value()
                .startsWith(DemoDistrict.ID_PREFIX + "suggestion-b"))
                .forEach(reply -> classes.put(reply.suggestionId().value(), reply.result()));
        double replied = classes.size();
        assertThat(classes.values().stream().filter(c -> c == HandlingResult.SOLVED_OR_ADOPTED).count() / replied)
                .isCloseTo(0.72, within(0.015));
        assertThat(classes.values().stream().filter(c -> c == HandlingResult.BEING_SOLVED_OR_PLANNED).count()
                / replied).isCloseTo(0.27, within(0.015));
        assertThat(classes.values()).contains(HandlingResult.KEPT_FOR_REFERENCE);
        double settled = ofType(commands, SettleMediationCase.class).size();
        double failed = ofType(commands, FailMediationCase.class).size();
        assertThat(settled / (settled + failed)).isCloseTo(0.78, within(0.01));
    }

    @Test
    void shouldDrawQuotaCountsWithinOneOfTheirShares() {
        HistoryPlanner.Quota<String> quota = new HistoryPlanner.Quota<>(List.of("A", "B", "C"),
                new double[] {0.72, 0.27, 0.01});
        Random random = new Random(7);

        IntStream.range(0, 181).forEach(i -> quota.next(random));

        assertThat(quota.counts().get("A")).isBetween(129, 132);
        assertThat(quota.counts().get("B")).isBetween(48, 50);
        assertThat(quota.counts().get("C")).isBetween(1, 2);
    }

    /**
     * Builds every step's command in order, answering check-ins with paper codes and tallies with the projects of
     * every candidate, as the command side would.
     */
    private static List<Object> execute(SeedPlan plan) {
        SeedContext context = new SeedContext(1);
        List<Object> commands = new ArrayList<>();
        for (SeedStep step : plan.steps()) {
            Object command = step.command().build(context);
            assertThat(command).as("step on " + step.lane()).isNotNull();
            commands.add(command);
            if (command instanceof CheckInForBallot) {
                context.recordAnswer(command, "paper-" + commands.size());
            } else if (command instanceof PublishTally tally) {
                context.recordAnswer(command, IntStream.rangeClosed(1, 20).mapToObj(i -> new LivelihoodProjectId(
                        UUID.nameUUIDFromBytes((tally.ballotId().value() + "/c%02d".formatted(i))
                                .getBytes(StandardCharsets.UTF_8)).toString())).toList());
            }
        }
        return commands;
    }

    private static <T> List<T> ofType(List<Object> commands, Class<T> type) {
        return commands.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static List<String> summary(SeedPlan plan) {
        return plan.steps().stream().map(step -> step.at() + " " + step.lane() + " " + step.actor()).toList();
    }
}

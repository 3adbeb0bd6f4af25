package cn.luzhi.query.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.mediation.DisputeType;
import cn.luzhi.events.mediation.MediationCaseId;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.mediation.MediationCaseSettled;
import cn.luzhi.events.mediation.MediationPeriodExtended;
import cn.luzhi.events.mediation.MediatorsAssigned;
import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionClosed;
import cn.luzhi.events.petition.PetitionFollowedUp;
import cn.luzhi.events.petition.PetitionForwarded;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionRated;
import cn.luzhi.events.petition.PetitionReopened;
import cn.luzhi.events.petition.PetitionReplied;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.petition.PetitionUrged;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.events.suggestion.SuggestionAccepted;
import cn.luzhi.events.suggestion.SuggestionAssigned;
import cn.luzhi.events.suggestion.SuggestionClosed;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.SuggestionId;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.suggestion.SuggestionRated;
import cn.luzhi.events.suggestion.SuggestionReopened;
import cn.luzhi.events.suggestion.SuggestionReplied;
import cn.luzhi.events.suggestion.SuggestionStatus;
import cn.luzhi.events.suggestion.SuggestionSubmitted;
import cn.luzhi.events.suggestion.SuggestionUrged;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.query.reference.Names;
import cn.luzhi.query.supervision.SupervisionViews.CaseSupervision;
import cn.luzhi.query.supervision.SupervisionViews.DeadlineChange;
import cn.luzhi.query.supervision.SupervisionViews.Step;
import cn.luzhi.query.supervision.SupervisionViews.UnitHandling;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

class CaseTrailTest {

    private static final PetitionId P = PetitionId.of("p-1");
    private static final Instant T = Instant.parse("2026-03-02T01:00:00Z");
    private static final HandlingUnitId ROADS = HandlingUnitId.of("u-roads");
    private static final Names NO_NAMES = new Names(Map.of(), Map.of(), Map.of(), Map.of());

    /** The aggregate numbers the first reopening 1; the trail's rounds are the lifecycle's: 2 after it. */
    @Test
    void shouldNameAPetitionsStepsAfterItsStatusAndCountItsRoundsAsTheLifecycleDoes() {
        CaseSupervision trail = CaseTrail.of(messages(
                new PetitionSubmitted(P, PetitionSource.STATION_VISIT, RegionId.of("150102001"), null, null,
                        new PersonRef("person-1"), "路灯不亮", "小区路灯坏了"),
                new PetitionAccepted(P, DeputyId.of("d-1"), null),
                new PetitionForwarded(P, List.of(ROADS), T.plusSeconds(86_400), null),
                new PetitionUrged(P, PetitionStatus.FORWARDED, "请尽快答复"),
                new PetitionReplied(P, ROADS, "已处理", true),
                new PetitionFollowedUp(P, "电话回访"),
                new PetitionFollowedUp(P, "再次回访"),
                new PetitionRated(P, Satisfaction.UNSATISFIED, "没修好"),
                new PetitionReopened(P, 1),
                new PetitionForwarded(P, List.of(ROADS), T.plusSeconds(3 * 86_400), null),
                new PetitionReplied(P, ROADS, "已重新处理", true),
                new PetitionRated(P, Satisfaction.SATISFIED, null),
                new PetitionClosed(P, Satisfaction.SATISFIED, null))).view(NO_NAMES, T.plusSeconds(86_400 * 10));

        assertThat(trail.steps()).extracting(Step::name).containsExactly("待受理", "待转办", "办理中", "待回访", "待评价",
                "待办结", "待重新转办", "办理中", "待回访", "待办结");
        assertThat(trail.currentStep()).isEqualTo("已办结");
        assertThat(trail.ended()).isTrue();
        assertThat(trail.urges()).singleElement().satisfies(urge -> assertThat(urge.step()).isEqualTo("办理中"));
        assertThat(trail.deadlines()).extracting(DeadlineChange::round).containsExactly(1, 2);
        assertThat(trail.units()).extracting(UnitHandling::round).containsExactly(1, 2);
        assertThat(trail.units()).allSatisfy(unit -> assertThat(unit.repliedAt()).isNotNull());
    }

    /** A suggestion's rounds are the lifecycle's: the lead unit's deadline and reply of each round. */
    @Test
    void shouldNameASuggestionsStepsAfterItsStatusAndCountItsRoundsAsTheLifecycleDoes() {
        SuggestionId s = SuggestionId.of("s-1");
        CaseSupervision trail = CaseTrail.of(messages("Suggestion", s.value(),
                new SuggestionDrafted(s, SuggestionKind.SUGGESTION, DeputyId.of("d-1"), RegionId.of("150102001"),
                        "修缮老旧小区", "建议修缮", null),
                new SuggestionSubmitted(s, null, 1),
                new SuggestionAccepted(s, null),
                new SuggestionAssigned(s, ROADS, List.of(), T.plusSeconds(86_400), T.plusSeconds(2 * 86_400), null),
                new SuggestionUrged(s, SuggestionStatus.ASSIGNED, "请尽快答复"),
                new SuggestionReplied(s, ROADS, HandlingResult.BEING_SOLVED_OR_PLANNED, "列入计划", 1, true),
                new SuggestionRated(s, Satisfaction.UNSATISFIED, 1, "不满意"),
                new SuggestionReopened(s, 2, T.plusSeconds(3 * 86_400), T.plusSeconds(4 * 86_400)),
                new SuggestionReplied(s, ROADS, HandlingResult.SOLVED_OR_ADOPTED, "已解决", 2, true),
                new SuggestionRated(s, Satisfaction.SATISFIED, 2, null),
                new SuggestionClosed(s, HandlingResult.SOLVED_OR_ADOPTED, Satisfaction.SATISFIED, null)))
                .view(NO_NAMES, T.plusSeconds(86_400 * 10));

        assertThat(trail.steps()).extracting(Step::name).containsExactly("草拟联名", "待审查", "待交办", "办理中",
                "待评价", "待办结", "重新办理", "待评价", "待办结");
        assertThat(trail.currentStep()).isEqualTo("已办结");
        assertThat(trail.ended()).isTrue();
        assertThat(trail.urges()).singleElement().satisfies(urge -> assertThat(urge.step()).isEqualTo("办理中"));
        assertThat(trail.deadlines()).extracting(DeadlineChange::round).containsExactly(1, 2);
        assertThat(trail.units()).extracting(UnitHandling::round).containsExactly(1, 2);
        assertThat(trail.units()).extracting(UnitHandling::role).containsExactly("主办", "主办");
        assertThat(trail.units()).allSatisfy(unit -> assertThat(unit.repliedAt()).isNotNull());
    }

    @Test
    void shouldNameAMediationCasesStepsAfterItsStatus() {
        MediationCaseId m = MediationCaseId.of("m-1");
        CaseSupervision trail = CaseTrail.of(messages("MediationCase", m.value(),
                new MediationCaseReferred(m, HandlingUnitId.of("u-court"), DisputeType.NEIGHBOURS,
                        RegionId.of("150102001"), List.of(), BigDecimal.ZERO, "邻里纠纷", T.plusSeconds(86_400)),
                new MediatorsAssigned(m, List.of(DeputyId.of("d-1")), null),
                new MediatorsAssigned(m, List.of(DeputyId.of("d-2")), null),
                new MediationPeriodExtended(m, T.plusSeconds(86_400), T.plusSeconds(2 * 86_400), "双方同意延期"),
                new MediationCaseSettled(m, "达成协议", BigDecimal.TEN))).view(NO_NAMES, T.plusSeconds(86_400 * 10));

        assertThat(trail.steps()).extracting(Step::name).containsExactly("待指派调解员", "调解中");
        assertThat(trail.currentStep()).isEqualTo("调解成功");
        assertThat(trail.ended()).isTrue();
        assertThat(trail.deadlines()).extracting(DeadlineChange::kind).containsExactly("SET", "EXTENDED");
    }

    private static List<DomainEventMessage<?>> messages(Object... payloads) {
        return messages("Petition", P.value(), payloads);
    }

    private static List<DomainEventMessage<?>> messages(String type, String id, Object... payloads) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < payloads.length; i++) {
            messages.add(new GenericDomainEventMessage<>(type, id, i, payloads[i], MetaData.emptyInstance(),
                    "event-" + i, T.plusSeconds(60L * i)));
        }
        return messages;
    }
}

package cn.luzhi.query.cockpit;

import static cn.luzhi.query.support.KnownHistory.on;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.suggestion.FollowUpOutcome;
import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.events.suggestion.ProcuratorateOutcome;
import cn.luzhi.events.suggestion.SessionPeriod;
import cn.luzhi.events.suggestion.SuggestionAccepted;
import cn.luzhi.events.suggestion.SuggestionAssigned;
import cn.luzhi.events.suggestion.SuggestionConvertedToProcuratorate;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.SuggestionFollowedUp;
import cn.luzhi.events.suggestion.SuggestionId;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.suggestion.SuggestionProcuratorateOutcomeRecorded;
import cn.luzhi.events.suggestion.SuggestionReplied;
import cn.luzhi.events.suggestion.SuggestionSubmitted;
import cn.luzhi.events.suggestion.SuggestionUpgradedToSolved;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.query.support.EventLog;
import cn.luzhi.query.support.Http;
import cn.luzhi.query.support.KnownHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 往年B类建议解决数 and the conversions with the procuratorate, for a history of its own in 河东村 (where the known
 * history files no suggestion): five suggestions filed and replied in 2025 (four B, one C; fu-5 came from the
 * procuratorate), looked at again in 2026.
 */
class SuggestionFollowUpCockpitIT extends CockpitHistoryIT {

    private static final DeputyId LEAD = DeputyId.of("d-fu");
    private static final HandlingUnitId WATER = HandlingUnitId.of("u-water");
    private static final HandlingUnitId PROCURATORATE = HandlingUnitId.of("u-proc-fu");

    @Override
    long history(EventLog log) {
        SuggestionId solved = replied(log, "fu-1", null, HandlingResult.BEING_SOLVED_OR_PLANNED, "2025-03-10");
        SuggestionId inProgress = replied(log, "fu-2", null, HandlingResult.BEING_SOLVED_OR_PLANNED, "2025-03-11");
        SuggestionId notYet = replied(log, "fu-3", null, HandlingResult.BEING_SOLVED_OR_PLANNED, "2025-03-12");
        replied(log, "fu-4", null, HandlingResult.KEPT_FOR_REFERENCE, "2025-03-13");
        replied(log, "fu-5", "新检公益建〔2025〕2号", HandlingResult.BEING_SOLVED_OR_PLANNED, "2025-03-14");

        log.append(on("2025-04-01"), new SuggestionConvertedToProcuratorate(notYet, PROCURATORATE, "涉及公益"));
        log.append(on("2025-05-06"), new SuggestionProcuratorateOutcomeRecorded(notYet, PROCURATORATE,
                ProcuratorateOutcome.LAWSUIT_FILED, "新检民公诉〔2025〕1号", LocalDate.of(2025, 5, 6), null));
        log.append(on("2026-02-01"), new SuggestionConvertedToProcuratorate(inProgress, PROCURATORATE, "涉及公益"));

        log.append(on("2026-06-01"), new SuggestionFollowedUp(solved, 2026, "已完工", FollowUpOutcome.SOLVED));
        log.append(on("2026-06-01"), new SuggestionUpgradedToSolved(solved, 2026));
        log.append(on("2026-06-02"), new SuggestionFollowedUp(inProgress, 2026, "正在施工",
                FollowUpOutcome.STILL_IN_PROGRESS));
        return log.append(on("2026-06-03"), new SuggestionFollowedUp(notYet, 2026, "资金未落实",
                FollowUpOutcome.NOT_YET_POSSIBLE));
    }

    private static SuggestionId replied(EventLog log, String id, String procuratorateReference, HandlingResult result,
                                        String date) {
        SuggestionId suggestion = SuggestionId.of(id);
        log.append(on(date), new SuggestionDrafted(suggestion, SuggestionKind.SUGGESTION, LEAD,
                RegionId.of(KnownHistory.VILLAGE), "建议" + id, "建议内容", procuratorateReference));
        log.append(on(date), new SuggestionSubmitted(suggestion, SessionPeriod.DURING_SESSION, 1));
        log.append(on(date), new SuggestionAccepted(suggestion, null));
        log.append(on(date), new SuggestionAssigned(suggestion, WATER, List.of(), on(date).plusSeconds(90L * 86_400),
                on(date).plusSeconds(180L * 86_400), null));
        log.append(on(date).plusSeconds(30L * 86_400), new SuggestionReplied(suggestion, WATER, result, "答复", 1,
                true));
        return suggestion;
    }

    @Test
    void shouldCountEarlierYearsBClassSuggestionsSolvedThisYear() {
        JsonNode year = summary("regionId=" + KnownHistory.VILLAGE + "&period=YEAR&year=2026")
                .get("suggestionFollowUps");

        assertThat(year.toString()).isEqualTo("{\"year\":2026,\"followedUp\":3,\"solvedFromEarlierYears\":1,"
                + "\"stillInProgress\":1,\"notYetPossible\":1,"
                + "\"toProcuratorate\":{\"converted\":1,\"suggestionIssued\":0,\"lawsuitFiled\":0,\"declined\":0,"
                + "\"pending\":1},"
                + "\"fromProcuratorate\":{\"converted\":0,\"classA\":0,\"classB\":0,\"classC\":0,\"pending\":0}}");
    }

    @Test
    void shouldCountTheFollowUpsAsTheyStoodOnAPastDay() {
        // By the end of 2 June: fu-1 found solved (1 June), fu-2 still in progress (2 June); fu-3 came on 3 June.
        JsonNode year = summary("regionId=" + KnownHistory.VILLAGE + "&period=YEAR&asOf=2026-06-02")
                .get("suggestionFollowUps");

        assertThat(year.get("followedUp").asLong()).isEqualTo(2);
        assertThat(year.get("solvedFromEarlierYears").asLong()).isEqualTo(1);
        assertThat(year.get("stillInProgress").asLong()).isEqualTo(1);
        assertThat(year.get("notYetPossible").asLong()).isZero();
    }

    @Test
    void shouldKeepTheReplyYearsSharesWhenALaterFollowUpSolvesASuggestion() {
        JsonNode summary = summary("regionId=" + KnownHistory.VILLAGE + "&period=YEAR&year=2025");

        // fu-1 was solved in 2026; 2025 still publishes it as B: four B and one C of five replies.
        assertThat(summary.get("suggestions").toString()).isEqualTo("{\"received\":5,\"replied\":5,\"classA\":0,"
                + "\"classB\":4,\"classC\":1,\"classAShare\":0.0,\"classBShare\":80.0,\"classCShare\":20.0,"
                + "\"onTimeReplyRate\":100.0,\"keySupervision\":0}");
        assertThat(summary.get("suggestionFollowUps").toString()).isEqualTo("{\"year\":2025,\"followedUp\":0,"
                + "\"solvedFromEarlierYears\":0,\"stillInProgress\":0,\"notYetPossible\":0,"
                + "\"toProcuratorate\":{\"converted\":1,\"suggestionIssued\":0,\"lawsuitFiled\":1,\"declined\":0,"
                + "\"pending\":0},"
                + "\"fromProcuratorate\":{\"converted\":1,\"classA\":0,\"classB\":1,\"classC\":0,\"pending\":0}}");
    }

    @Test
    void shouldListSuggestionsByConversionAndFollowUpYear() {
        assertThat(ids("/api/suggestions?regionId=" + KnownHistory.VILLAGE + "&conversion=TO_PROCURATORATE"))
                .containsExactlyInAnyOrder("fu-2", "fu-3");
        assertThat(ids("/api/suggestions?regionId=" + KnownHistory.VILLAGE + "&conversion=FROM_PROCURATORATE"))
                .containsExactly("fu-5");
        assertThat(ids("/api/suggestions?regionId=" + KnownHistory.VILLAGE + "&followUpYear=2026"))
                .containsExactlyInAnyOrder("fu-1", "fu-2", "fu-3");

        JsonNode fu1 = get("/api/suggestions/fu-1");
        assertThat(fu1.get("resultClass").asString()).isEqualTo("B");
        assertThat(fu1.get("solvedYear").asInt()).isEqualTo(2026);
        assertThat(fu1.get("followUps").get(0).get("outcomeLabel").asString()).isEqualTo("已解决");
        JsonNode fu3 = get("/api/suggestions/fu-3");
        assertThat(fu3.get("procuratorateOutcomeLabel").asString()).isEqualTo("已提起公益诉讼");
        assertThat(fu3.get("procuratorateOutcomeReference").asString()).isEqualTo("新检民公诉〔2025〕1号");
    }

    private List<String> ids(String path) {
        List<String> ids = new ArrayList<>();
        get(path).get("items").forEach(row -> ids.add(row.get("suggestionId").asString()));
        return ids;
    }

    private JsonNode get(String path) {
        Http.Response response = http.get(path, "clerk");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}

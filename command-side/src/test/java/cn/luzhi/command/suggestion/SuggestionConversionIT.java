package cn.luzhi.command.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import cn.luzhi.events.common.ActorRole;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A suggestion passed to a procuratorate and what the procuratorate did with it, and the year rule of a follow-up
 * (回头看), through the command API: who may record, and how bad input is refused.
 */
class SuggestionConversionIT extends CommandSideIntegrationTest {

    private static final String PROCURATORATE = "u-proc-conversion";

    @Test
    void shouldLetTheClerkConvertAndTheProcuratoratesOwnAccountRecordTheOutcome() {
        Api.Response registered = api.post("/api/units", "admin", PASSWORD, "{\"handlingUnitId\": \""
                + PROCURATORATE + "\", \"name\": \"区人民检察院\", \"kind\": \"PROCURATORATE\", \"regionId\": \"150102\", "
                + "\"contactOffice\": \"公益诉讼检察部\"}");
        assertThat(registered.status()).as(registered.text()).isIn(200, 201);
        account("procuratorate", ActorRole.UNIT, PROCURATORATE);
        String id = accepted();

        Api.Response early = outcome(id, "procuratorate", "{\"outcome\": \"DECLINED\", \"decidedOn\": \"2026-01-05\"}");
        assertThat(early.status()).as("not yet passed to it: not its case").isEqualTo(403);

        Api.Response converted = api.post("/api/suggestions/" + id + "/convert-to-procuratorate", "clerk", PASSWORD,
                "{\"procuratorateId\": \"" + PROCURATORATE + "\", \"reason\": \"涉及公共利益保护\"}");
        assertThat(converted.status()).as(converted.text()).isEqualTo(200);

        assertThat(outcome(id, "unit", "{\"outcome\": \"DECLINED\", \"decidedOn\": \"2026-01-05\"}").status())
                .as("another unit").isEqualTo(403);
        Api.Response missing = outcome(id, "procuratorate", "{\"outcome\": \"SUGGESTION_ISSUED\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text()).contains("decidedOn");
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        Api.Response future = outcome(id, "procuratorate", "{\"outcome\": \"SUGGESTION_ISSUED\", \"decidedOn\": \""
                + tomorrow + "\"}");
        assertThat(future.status()).isBetween(400, 499);
        assertThat(future.text()).contains("decidedOn").contains("检察机关的决定日期不能晚于今天");

        Api.Response recorded = outcome(id, "procuratorate", "{\"outcome\": \"SUGGESTION_ISSUED\", "
                + "\"referenceNumber\": \"新检公益建〔2026〕7号\", \"decidedOn\": \"2026-01-05\"}");
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(200);
        Api.Response twice = outcome(id, "clerk", "{\"outcome\": \"DECLINED\", \"decidedOn\": \"2026-01-05\"}");
        assertThat(twice.status()).isBetween(400, 499);
        assertThat(twice.text()).contains("检察机关的办理结果已记录为「已制发公益诉讼检察建议」，不能重复记录");
    }

    @Test
    void shouldRefuseAFollowUpForTheYearOfTheReplyNamingTheYear() {
        String id = accepted();
        api.post("/api/suggestions/" + id + "/assign", "clerk", PASSWORD, "{\"leadUnitId\": \"u-city\"}");
        Api.Response replied = api.post("/api/suggestions/" + id + "/reply", "unit", PASSWORD, "{\"unitId\": "
                + "\"u-city\", \"result\": \"BEING_SOLVED_OR_PLANNED\", \"reply\": \"已列入明年计划\"}");
        assertThat(replied.status()).as(replied.text()).isEqualTo(200);
        int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

        Api.Response noOutcome = api.post("/api/suggestions/" + id + "/follow-up", "clerk", PASSWORD,
                "{\"year\": " + thisYear + ", \"progress\": \"正在推进\"}");
        assertThat(noOutcome.status()).isEqualTo(400);
        assertThat(noOutcome.text()).contains("outcome");
        Api.Response sameYear = api.post("/api/suggestions/" + id + "/follow-up", "clerk", PASSWORD,
                "{\"year\": " + thisYear + ", \"outcome\": \"SOLVED\", \"progress\": \"已完工\"}");
        assertThat(sameYear.status()).isBetween(400, 499);
        assertThat(sameYear.text()).contains("year").contains("回头看年度须晚于答复年度（" + thisYear + "年）");
    }

    private Api.Response outcome(String id, String user, String body) {
        return api.post("/api/suggestions/" + id + "/procuratorate-outcome", user, PASSWORD, body);
    }

    private String accepted() {
        Api.Response created = api.post("/api/suggestions", "clerk", PASSWORD, "{\"kind\": \"SUGGESTION\", "
                + "\"leadDeputyId\": \"d-zhang\", \"regionId\": \"150102001\", "
                + "\"title\": \"河道治理\", \"content\": \"建议治理河道污染\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("aggregateId").asText();
        api.post("/api/suggestions/" + id + "/submit", "clerk", PASSWORD, "{\"sessionPeriod\": \"RECESS\"}");
        Api.Response accepted = api.post("/api/suggestions/" + id + "/accept", "clerk", PASSWORD, "{}");
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        return id;
    }
}

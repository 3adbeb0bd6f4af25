package cn.luzhi.command.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import cn.luzhi.events.common.ActorRole;
import org.junit.jupiter.api.Test;

/**
 * Each command route admits the roles docs/roles.md names, and a role admitted only to its own cases is held to
 * them: checked against the case's events before anything is dispatched. The demo deputy is d-zhang, the demo unit
 * u-city ({@link cn.luzhi.command.support.ReferenceData}).
 */
class CommandAccessIT extends CommandSideIntegrationTest {

    @Test
    void shouldLetADeputyTakeUpAPetitionAddressedToThem() {
        String id = submit("d-zhang");

        Api.Response accepted = api.post(path(id, "accept"), "deputy", PASSWORD, "{\"deputyId\": \"d-zhang\"}");

        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
    }

    @Test
    void shouldRefuseADeputyTheirColleaguesPetitionAndAppendNothing() {
        String id = submit("d-li");

        Api.Response refused = api.post(path(id, "accept"), "deputy", PASSWORD, "{\"deputyId\": \"d-zhang\"}");

        assertForbidden(refused, "该诉求不是您受理或经您代表码提交的，无权办理");
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void shouldRefuseADeputyActingInAnotherDeputysName() {
        String id = submit(null);

        assertForbidden(api.post(path(id, "accept"), "deputy", PASSWORD, "{\"deputyId\": \"d-li\"}"),
                "只能以本人的名义办理此事项");
    }

    @Test
    void shouldLetAClerkActOnAnyDeputysBehalf() {
        String id = submit("d-li");

        assertThat(api.post(path(id, "accept"), "clerk", PASSWORD, "{\"deputyId\": \"d-li\"}").status())
                .isEqualTo(200);
    }

    @Test
    void shouldLetOnlyTheUnitThePetitionIsForwardedToReply() {
        String id = submit(null);
        api.post(path(id, "accept"), "clerk", PASSWORD, "{\"deputyId\": \"d-li\"}");
        api.post(path(id, "forward"), "clerk", PASSWORD, "{\"unitIds\": [\"u-water\"]}");
        account("unit-water", ActorRole.UNIT, "u-water");

        assertForbidden(api.post(path(id, "reply"), "unit", PASSWORD, "{\"unitId\": \"u-city\", \"reply\": \"已修复\"}"),
                "该诉求未转交本单位办理，无权办理");
        assertForbidden(api.post(path(id, "reply"), "unit", PASSWORD, "{\"unitId\": \"u-water\", \"reply\": \"已修复\"}"),
                "只能以本人单位的名义办理此事项");
        Api.Response replied = api.post(path(id, "reply"), "unit-water", PASSWORD,
                "{\"unitId\": \"u-water\", \"reply\": \"已修复\"}");
        assertThat(replied.status()).as(replied.text()).isEqualTo(200);
    }

    @Test
    void shouldRefuseARoleTheRouteDoesNotAdmitBeforeReadingTheBody() {
        String id = submit(null);

        Api.Response leader = api.post(path(id, "urge"), "leader", PASSWORD, "{\"noSuchField\": 1}");
        Api.Response clerk = api.post(path(id, "urge"), "clerk", PASSWORD, "{\"reason\": \"请加快\"}");

        assertForbidden(leader, "「领导」无权督办");
        assertForbidden(clerk, "「工作人员」无权督办");
        assertThat(api.post(path(id, "urge"), "supervisor", PASSWORD, "{\"reason\": \"请加快\"}").status())
                .isEqualTo(200);
        assertThat(eventsOf(id)).isEqualTo(2);
    }

    @Test
    void shouldLetOnlyAnAdministratorForgetAPerson() {
        assertForbidden(api.post("/api/personal-data/p-anyone/forget", "clerk", PASSWORD, "{\"reason\": \"申请\"}"),
                "「工作人员」无权删除个人信息（被遗忘权），事件历史保持不变");
    }

    @Test
    void shouldLetALeaderPickAKeySuggestionButNotFileOne() {
        assertForbidden(api.post("/api/suggestions", "leader", PASSWORD, "{}"), "「领导」无权");
    }

    private String submit(String deputyId) {
        String deputy = deputyId == null ? "" : "\"deputyId\": \"" + deputyId + "\", ";
        Api.Response created = api.post("/api/petitions", "clerk", PASSWORD, "{\"source\": \"STATION_VISIT\", "
                + "\"regionId\": \"150102001\", " + deputy + "\"petitioner\": {\"name\": \"赵六\"}, "
                + "\"title\": \"路灯不亮\", \"content\": \"小区路灯坏了\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("aggregateId").asText();
    }

    private static String path(String id, String action) {
        return "/api/petitions/" + id + "/" + action;
    }

    private int eventsOf(String id) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?").param(id)
                .query(Integer.class).single();
    }

    private static void assertForbidden(Api.Response response, String detail) {
        assertThat(response.status()).as(response.text()).isEqualTo(403);
        assertThat(response.header("content-type")).startsWith("application/problem+json");
        assertThat(response.json().get("title").asText()).isEqualTo("无权执行此操作");
        assertThat(response.json().get("detail").asText()).startsWith(detail);
    }
}

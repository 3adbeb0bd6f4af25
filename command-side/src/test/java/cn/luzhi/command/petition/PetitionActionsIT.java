package cn.luzhi.command.petition;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.ReferenceData;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import cn.luzhi.events.common.ActorRole;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/petitions/{id}/actions}: what the caller may do now and why not the rest, in the words the
 * command API refuses with. The demo deputy is d-zhang, the demo unit u-city.
 */
class PetitionActionsIT extends CommandSideIntegrationTest {

    @Test
    void shouldAnswerEachActionForTheCallerWithTheCommandApisOwnReasons() {
        String id = submit();

        Map<String, JsonNode> clerk = actions(id, "clerk");
        assertThat(clerk.keySet()).containsExactly("accept", "decline", "forward", "extend", "reply", "follow-up",
                "rate", "close", "urge", "withdraw", "merge", "record-hotline-feedback", "reveal-people");
        assertThat(clerk.get("record-hotline-feedback").get("reason").asText())
                .isEqualTo("该诉求不是12345疑难工单，不能反馈12345");
        assertThat(clerk.get("reveal-people").get("allowed").asBoolean()).as("a clerk may see the petitioner").isTrue();
        assertThat(clerk.get("accept").get("allowed").asBoolean()).isTrue();
        assertThat(clerk.get("close").get("reason").asText()).isEqualTo("诉求当前状态为「待受理」，不能办结");
        assertThat(clerk.get("reply").get("reason").asText()).isEqualTo("「工作人员」无权承办单位答复");
        assertThat(clerk.get("close").get("allowed").asBoolean()).isFalse();

        Api.Response refused = api.post("/api/petitions/" + id + "/close", "clerk", PASSWORD, "{}");
        assertThat(refused.text()).contains("诉求当前状态为「待受理」，不能办结");

        api.post("/api/petitions/" + id + "/accept", "clerk", PASSWORD, "{\"deputyId\": \"d-li\"}");
        assertThat(actions(id, "deputy-li").get("forward").get("allowed").asBoolean()).isTrue();
        assertThat(actions(id, "deputy-li").get("reveal-people").get("allowed").asBoolean())
                .as("the deputy who took the petition up").isTrue();
        assertThat(api.get("/api/petitions/" + id + "/actions", "deputy", PASSWORD).status()).isEqualTo(403);

        api.post("/api/petitions/" + id + "/forward", "clerk", PASSWORD, "{\"unitIds\": [\"u-city\"]}");
        Map<String, JsonNode> unit = actions(id, "unit");
        assertThat(unit.get("reply").get("allowed").asBoolean()).isTrue();
        assertThat(unit.get("forward").get("reason").asText()).isEqualTo("「承办单位」无权转交承办单位并设定答复期限");
        assertThat(unit.get("reveal-people").get("allowed").asBoolean()).as("a unit sees petitioners masked only")
                .isFalse();

        api.post("/api/petitions/" + id + "/reply", "unit", PASSWORD, "{\"unitId\": \"u-city\", \"reply\": \"已修复\"}");
        assertThat(actions(id, "unit").get("reply").get("reason").asText())
                .isEqualTo("诉求当前状态为「已答复」，不能答复");
        assertThat(actions(id, "supervisor").get("urge").get("allowed").asBoolean()).isTrue();
        assertThat(actions(id, "supervisor").get("reveal-people").get("reason").asText())
                .isEqualTo("「督办人员」无权查看诉求人完整个人信息（须说明理由，查看行为记入审计）");
    }

    @Test
    void shouldAnswer404ForAnIdThatIsNoPetition() {
        assertThat(api.get("/api/petitions/no-such-petition/actions", "clerk", PASSWORD).status()).isEqualTo(404);
        assertThat(api.get("/api/petitions/" + ReferenceData.DISTRICT + "/actions", "clerk", PASSWORD).status())
                .as("a region's id names no petition").isEqualTo(404);
    }

    private Map<String, JsonNode> actions(String id, String user) {
        if (user.equals("deputy-li")) {
            account("deputy-li", ActorRole.DEPUTY, "d-li");
        }
        Api.Response response = api.get("/api/petitions/" + id + "/actions", user, PASSWORD);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        Map<String, JsonNode> byAction = new LinkedHashMap<>();
        response.json().get("actions").forEach(action -> byAction.put(action.get("action").asText(), action));
        return byAction;
    }

    private String submit() {
        Api.Response created = api.post("/api/petitions", "clerk", PASSWORD, "{\"source\": \"STATION_VISIT\", "
                + "\"regionId\": \"150102001\", \"petitioner\": {\"name\": \"赵六\"}, "
                + "\"title\": \"路灯不亮\", \"content\": \"小区路灯坏了\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("aggregateId").asText();
    }
}

package cn.luzhi.command.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import cn.luzhi.command.support.ReferenceData;
import cn.luzhi.events.common.ActorRole;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/suggestions/{id}/actions}: what the caller may do now and why not the rest, in the words the
 * command API refuses with. The demo deputy is d-zhang, the demo unit u-city.
 */
class SuggestionActionsIT extends CommandSideIntegrationTest {

    @Test
    void shouldAnswerEachActionForTheCallerWithTheCommandApisOwnReasons() {
        String id = draft();

        Map<String, JsonNode> clerk = actions(id, "clerk");
        assertThat(clerk.keySet()).containsExactly("invite", "co-sign", "submit", "accept", "return", "merge",
                "handle-as-suggestion", "assign", "extend", "meet", "opinion", "reply", "rate", "close", "urge",
                "key-supervision", "follow-up", "convert-to-procuratorate", "procuratorate-outcome");
        assertThat(clerk.get("submit").get("allowed").asBoolean()).isTrue();
        assertThat(clerk.get("accept").get("reason").asText()).isEqualTo("建议当前状态为「草拟中」，不能立案");
        assertThat(clerk.get("reply").get("reason").asText()).isEqualTo("「工作人员」无权主办单位答复并确定A、B、C类办理结果");

        Api.Response refused = api.post("/api/suggestions/" + id + "/accept", "clerk", PASSWORD, "{}");
        assertThat(refused.text()).contains("建议当前状态为「草拟中」，不能立案");

        Map<String, JsonNode> lead = actions(id, "deputy");
        assertThat(lead.get("co-sign").get("reason").asText()).isEqualTo("代表「d-zhang」是领衔代表，不能再联名");
        assertThat(lead.get("submit").get("allowed").asBoolean()).isTrue();
        account("deputy-li", ActorRole.DEPUTY, "d-li");
        assertThat(api.get("/api/suggestions/" + id + "/actions", "deputy-li", PASSWORD).status())
                .as("neither lead nor co-signer").isEqualTo(403);
        assertThat(api.post("/api/suggestions/" + id + "/invite", "deputy-li", PASSWORD,
                "{\"deputyIds\": [\"d-li\"]}").status()).as("only the lead deputy invites").isEqualTo(403);
        api.post("/api/suggestions/" + id + "/invite", "deputy", PASSWORD, "{\"deputyIds\": [\"d-li\"]}");
        Map<String, JsonNode> invitee = actions(id, "deputy-li");
        assertThat(invitee.get("co-sign").get("allowed").asBoolean()).as("the invitee may co-sign").isTrue();
        assertThat(invitee.get("submit").get("allowed").asBoolean()).isFalse();
        assertThat(actions(id, "deputy").get("invite").get("allowed").asBoolean()).isTrue();

        api.post("/api/suggestions/" + id + "/submit", "deputy", PASSWORD, "{\"sessionPeriod\": \"RECESS\"}");
        api.post("/api/suggestions/" + id + "/accept", "clerk", PASSWORD, "{}");
        api.post("/api/suggestions/" + id + "/assign", "clerk", PASSWORD, "{\"leadUnitId\": \"u-city\"}");
        Map<String, JsonNode> unit = actions(id, "unit");
        assertThat(unit.get("reply").get("allowed").asBoolean()).isTrue();
        assertThat(unit.get("meet").get("allowed").asBoolean()).isTrue();
        assertThat(unit.get("opinion").get("reason").asText()).isEqualTo("「u-city」是主办单位，协办意见只能由协办单位提出");
        assertThat(actions(id, "leader").get("key-supervision").get("allowed").asBoolean()).isTrue();
        assertThat(actions(id, "supervisor").get("urge").get("allowed").asBoolean()).isTrue();
        assertThat(api.get("/api/suggestions/" + id + "/actions", "auditor", PASSWORD).status()).isEqualTo(403);
    }

    @Test
    void shouldAnswer404ForAnIdThatIsNoSuggestion() {
        assertThat(api.get("/api/suggestions/no-such-suggestion/actions", "clerk", PASSWORD).status()).isEqualTo(404);
        assertThat(api.get("/api/suggestions/" + ReferenceData.DISTRICT + "/actions", "clerk", PASSWORD).status())
                .as("a region's id names no suggestion").isEqualTo(404);
    }

    private Map<String, JsonNode> actions(String id, String user) {
        Api.Response response = api.get("/api/suggestions/" + id + "/actions", user, PASSWORD);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        Map<String, JsonNode> byAction = new LinkedHashMap<>();
        response.json().get("actions").forEach(action -> byAction.put(action.get("action").asText(), action));
        return byAction;
    }

    private String draft() {
        Api.Response created = api.post("/api/suggestions", "clerk", PASSWORD, "{\"kind\": \"SUGGESTION\", "
                + "\"leadDeputyId\": \"d-zhang\", \"regionId\": \"150102001\", "
                + "\"title\": \"加装路灯\", \"content\": \"建议在小区加装路灯\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("aggregateId").asText();
    }
}

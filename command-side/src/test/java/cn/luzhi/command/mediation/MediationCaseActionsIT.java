package cn.luzhi.command.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.support.ActionsAnswer;
import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import cn.luzhi.events.common.ActorRole;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/mediation-cases/{id}/actions}: what the caller may do now and why not the rest, in the words
 * the command API refuses with. The mediator pool is d-sun and d-zhou, the court u-court; the demo deputy
 * d-zhang mediates nothing.
 */
class MediationCaseActionsIT extends CommandSideIntegrationTest {

    @Test
    void shouldAnswerEachActionForTheCallerWithTheCommandApisOwnReasons() {
        String id = refer();

        Map<String, JsonNode> clerk = actions(id, "clerk");
        assertThat(clerk.keySet()).containsExactly("assign-mediators", "release-mediator", "record-session",
                "extend", "settle", "fail", "withdraw", "confirm-judicially", "follow-up", "reveal-people");
        assertThat(clerk.get("reveal-people").get("allowed").asBoolean()).isTrue();
        assertThat(clerk.get("assign-mediators").get("allowed").asBoolean()).isTrue();
        assertThat(clerk.get("settle").get("allowed").asBoolean()).isFalse();
        assertThat(clerk.get("settle").get("reason").asText()).isEqualTo("本案尚无调解记录，不能登记调解成功");
        assertThat(clerk.get("confirm-judicially").get("reason").asText()).isEqualTo("「工作人员」无权调解协议司法确认");
        assertThat(clerk.get("record-session").get("reason").asText()).isEqualTo("本案尚未指派调解员，不能记录调解");

        Api.Response refused = api.post("/api/mediation-cases/" + id + "/settle", "clerk", PASSWORD,
                "{\"agreement\": \"赔偿\"}");
        assertThat(refused.text()).contains("本案尚无调解记录，不能登记调解成功");

        api.post("/api/mediation-cases/" + id + "/assign-mediators", "clerk", PASSWORD,
                "{\"deputyIds\": [\"d-sun\", \"d-zhou\"]}");
        Map<String, JsonNode> mediator = actions(id, "deputy-sun");
        assertThat(mediator.get("record-session").get("allowed").asBoolean()).isTrue();
        assertThat(mediator.get("reveal-people").get("allowed").asBoolean()).as("a mediator may see the parties")
                .isTrue();
        assertThat(mediator.get("extend").get("reason").asText()).isEqualTo("「人大代表」无权延长调解期限（仅限一次）");
        assertThat(api.get("/api/mediation-cases/" + id + "/actions", "deputy", PASSWORD).status()).isEqualTo(403);

        assertThat(actions(id, "court").get("confirm-judicially").get("reason").asText())
                .isEqualTo("调解案件当前状态为「调解中」，不能司法确认");
        assertThat(api.get("/api/mediation-cases/" + id + "/actions", "unit", PASSWORD).status()).isEqualTo(403);
    }

    @Test
    void shouldAnswer404ForAnIdThatIsNoMediationCase() {
        assertThat(api.get("/api/mediation-cases/no-such-case/actions", "clerk", PASSWORD).status()).isEqualTo(404);
    }

    private Map<String, JsonNode> actions(String id, String user) {
        if (user.equals("deputy-sun")) {
            account("deputy-sun", ActorRole.DEPUTY, "d-sun");
        } else if (user.equals("court")) {
            account("court", ActorRole.UNIT, "u-court");
        }
        return ActionsAnswer.byAction(api, "/api/mediation-cases/" + id + "/actions", user, PASSWORD);
    }

    private String refer() {
        Api.Response created = api.post("/api/mediation-cases", "clerk", PASSWORD, """
                {"courtId": "u-court", "disputeType": "NEIGHBOURS", "regionId": "150102002",
                 "parties": [{"name": "甲"}, {"name": "乙"}], "summary": "相邻通行纠纷"}""");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("aggregateId").asText();
    }
}

package cn.luzhi.command.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.support.ActionsAnswer;
import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/ballots/{id}/actions}: what the caller may do now and why not the rest, in the words the command
 * API refuses with.
 */
class BallotActionsIT extends CommandSideIntegrationTest {

    @Test
    void shouldAnswerEachActionForTheCallerWithTheCommandApisOwnReasons() {
        String id = create();

        Map<String, JsonNode> clerk = actions(id, "clerk");
        assertThat(clerk.keySet()).containsExactly("collect-candidate", "shortlist", "open", "check-in", "vote",
                "close", "publish-tally");
        assertThat(clerk.get("collect-candidate").get("allowed").asBoolean()).isTrue();
        assertThat(clerk.get("open").get("reason").asText()).isEqualTo("票决当前状态为「征集中」，不能开始投票");
        assertThat(clerk.get("vote").get("reason").asText()).isEqualTo("「工作人员」无权凭选票码无记名投票");
        Api.Response refused = api.post("/api/ballots/" + id + "/close", "clerk", PASSWORD, "{}");
        assertThat(refused.text()).contains("票决当前状态为「征集中」，不能截止投票");

        Map<String, JsonNode> deputy = actions(id, "deputy");
        assertThat(deputy.get("collect-candidate").get("allowed").asBoolean()).isTrue();
        assertThat(deputy.get("vote").get("reason").asText()).isEqualTo("票决当前状态为「征集中」，不能投票");
        assertThat(api.get("/api/ballots/" + id + "/actions", "unit", PASSWORD).status()).isEqualTo(403);
    }

    @Test
    void shouldAnswer404ForAnIdThatIsNoBallot() {
        assertThat(api.get("/api/ballots/no-such-ballot/actions", "clerk", PASSWORD).status()).isEqualTo(404);
    }

    private Map<String, JsonNode> actions(String id, String user) {
        return ActionsAnswer.byAction(api, "/api/ballots/" + id + "/actions", user, PASSWORD);
    }

    private String create() {
        Api.Response created = api.post("/api/ballots", "clerk", PASSWORD, """
                {"regionId": "150102", "year": 2026, "level": "CONGRESS", "title": "2026年民生实事项目票决"}""");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("aggregateId").asText();
    }
}

package cn.luzhi.command.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.support.ActionsAnswer;
import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import cn.luzhi.events.ballot.BallotId;
import cn.luzhi.events.ballot.LivelihoodProjectApproved;
import cn.luzhi.events.ballot.LivelihoodProjectId;
import cn.luzhi.events.region.RegionId;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/projects/{id}/actions}: what the caller may do now and why not the rest, in the words the
 * command API refuses with. A project arises from a ballot's tally; here its approval is appended directly, as
 * the ballot would append it, so that the test is about the project alone.
 */
class LivelihoodProjectActionsIT extends CommandSideIntegrationTest {

    @Autowired
    private EventStore events;

    @Test
    void shouldAnswerEachActionForTheCallerWithTheCommandApisOwnReasons() {
        String id = approved();

        Map<String, JsonNode> clerk = actions(id, "clerk");
        assertThat(clerk.keySet()).containsExactly("plan-milestones", "record-progress", "inspect", "complete",
                "rate");
        assertThat(clerk.get("record-progress").get("allowed").asBoolean()).isTrue();
        assertThat(clerk.get("complete").get("reason").asText()).isEqualTo("项目进度为0%，须达到100%才能完工");
        assertThat(clerk.get("rate").get("reason").asText()).isEqualTo("项目当前状态为「已票决立项」，不能满意度测评");
        Api.Response refused = api.post("/api/projects/" + id + "/complete", "clerk", PASSWORD, "{}");
        assertThat(refused.text()).contains("项目进度为0%，须达到100%才能完工");

        api.post("/api/projects/" + id + "/record-progress", "clerk", PASSWORD,
                "{\"percent\": 100, \"note\": \"全部完工\"}");
        assertThat(actions(id, "clerk").get("complete").get("allowed").asBoolean()).isTrue();
        Map<String, JsonNode> deputy = actions(id, "deputy");
        assertThat(deputy.get("inspect").get("allowed").asBoolean()).isTrue();
        assertThat(deputy.get("complete").get("reason").asText()).isEqualTo("「人大代表」无权项目完工（进度须达100%）");
        assertThat(api.get("/api/projects/" + id + "/actions", "unit", PASSWORD).status()).isEqualTo(403);
    }

    @Test
    void shouldAnswer404ForAnIdThatIsNoProject() {
        assertThat(api.get("/api/projects/no-such-project/actions", "clerk", PASSWORD).status()).isEqualTo(404);
    }

    private Map<String, JsonNode> actions(String id, String user) {
        return ActionsAnswer.byAction(api, "/api/projects/" + id + "/actions", user, PASSWORD);
    }

    private String approved() {
        String id = UUID.randomUUID().toString();
        events.publish(new GenericDomainEventMessage<>("LivelihoodProject", id, 0L,
                new LivelihoodProjectApproved(LivelihoodProjectId.of(id), BallotId.of("b-" + id), "c-1", "口袋公园",
                        RegionId.of("150102001"), 2026, new BigDecimal("100000.00"))));
        return id;
    }
}

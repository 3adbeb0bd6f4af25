package cn.luzhi.command.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** An allowed-actions answer ({@code GET /api/{collection}/{id}/actions}) read as each action's entry by name. */
public final class ActionsAnswer {

    private ActionsAnswer() {
    }

    /** The actions of the case at {@code path} for {@code user}, in the answer's order; the answer must be 200. */
    public static Map<String, JsonNode> byAction(Api api, String path, String user, String password) {
        Api.Response response = api.get(path, user, password);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        Map<String, JsonNode> byAction = new LinkedHashMap<>();
        response.json().get("actions").forEach(action -> byAction.put(action.get("action").asText(), action));
        return byAction;
    }
}

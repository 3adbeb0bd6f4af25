package cn.luzhi.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import cn.luzhi.command.support.RetryRace;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command API over HTTP against real PostgreSQL: exactly-once, optimistic locking, problem bodies, metadata. */
class CommandApiIT extends CommandSideIntegrationTest {

    private static final String SUBMIT = """
            {"source": "DEPUTY_QR_CODE", "regionId": "150102001", "deputyId": "d-zhang",
             "petitioner": {"name": "王五", "phone": "13700001111", "idNumber": "150102199001011234"},
             "title": "路灯不亮", "content": "小区门口路灯坏了三个月"}""";


    private String submitPetition() {
        Api.Response created = api.post("/api/petitions", "clerk", PASSWORD, SUBMIT);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("aggregateId").asText();
    }

    private long eventCount() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }

    private long eventsOf(String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(aggregateId).query(Long.class).single();
    }

    @Test
    void shouldReturnFirstResultForRetriedCommandAndAppendNothing() {
        String key = "retry-" + UUID.randomUUID();
        Api.Response first = api.post("/api/petitions", "clerk", PASSWORD, SUBMIT, "Idempotency-Key", key);
        long eventsAfterFirst = eventCount();
        Api.Response retry = api.post("/api/petitions", "clerk", PASSWORD, SUBMIT, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("version").isIntegralNumber()).as(first.text()).isTrue();
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("aggregateId").asText()).isEqualTo(first.json().get("aggregateId").asText());
        assertThat(retry.json().get("version").asLong()).isEqualTo(first.json().get("version").asLong());
        assertThat(retry.json().get("replayed").asBoolean()).isTrue();
        assertThat(eventCount()).isEqualTo(eventsAfterFirst);
    }

    @Test
    void shouldReplayRetriedActionWithoutAppending() {
        String id = submitPetition();
        String key = "accept-" + UUID.randomUUID();
        String body = "{\"deputyId\": \"d-zhang\"}";
        Api.Response first = api.post("/api/petitions/" + id + "/accept", "deputy", PASSWORD, body, "Idempotency-Key", key);
        Api.Response retry = api.post("/api/petitions/" + id + "/accept", "deputy", PASSWORD, body, "Idempotency-Key", key);

        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.json().get("version").asLong()).isEqualTo(1);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("version").asLong()).isEqualTo(1);
        assertThat(eventsOf(id)).isEqualTo(2);
    }

    @Test
    void shouldGiveEveryRacingRetryOfACreationTheFirstAnswer() throws Exception {
        for (int round = 0; round < 20; round++) {
            String key = "race-create-" + UUID.randomUUID();
            List<Api.Response> answers = RetryRace.run(List.of(api), 16, "/api/petitions", "clerk", PASSWORD, SUBMIT,
                    key);

            RetryRace.assertEveryoneGotTheFirstAnswer(answers, 201);
            assertThat(eventsOf(answers.get(0).json().get("aggregateId").asText())).isEqualTo(1);
            assertThat(RetryRace.eventsAppendedBy(jdbc, key)).isEqualTo(1);
            assertThat(RetryRace.commandLogRows(jdbc, key)).isEqualTo(1);
        }
    }

    @Test
    void shouldGiveEveryRacingRetryOfAnActionTheFirstAnswer() throws Exception {
        for (int round = 0; round < 10; round++) {
            String id = submitPetition();
            String key = "race-accept-" + UUID.randomUUID();
            List<Api.Response> answers = RetryRace.run(List.of(api), 16, "/api/petitions/" + id + "/accept",
                    "deputy", PASSWORD, "{\"deputyId\": \"d-zhang\"}", key);

            RetryRace.assertEveryoneGotTheFirstAnswer(answers, 200);
            assertThat(eventsOf(id)).isEqualTo(2);
            assertThat(RetryRace.eventsAppendedBy(jdbc, key)).isEqualTo(1);
            assertThat(RetryRace.commandLogRows(jdbc, key)).isEqualTo(1);
        }
    }

    @Test
    void shouldRefuseReusedCommandIdForDifferentCommand() {
        String id = submitPetition();
        String key = "reuse-" + UUID.randomUUID();
        api.post("/api/petitions/" + id + "/urge", "supervisor", PASSWORD, "{\"reason\": \"请加快\"}",
                "Idempotency-Key", key);
        Api.Response reused = api.post("/api/petitions/" + id + "/urge", "supervisor", PASSWORD,
                "{\"reason\": \"另一条督办\"}", "Idempotency-Key", key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(eventsOf(id)).isEqualTo(2);
    }

    @Test
    void shouldRefuseStaleVersionWithCurrentVersion() {
        String id = submitPetition();
        api.post("/api/petitions/" + id + "/urge", "supervisor", PASSWORD, "{\"reason\": \"第一次督办\"}", "If-Match", "0");
        Api.Response stale = api.post("/api/petitions/" + id + "/urge", "supervisor", PASSWORD,
                "{\"reason\": \"基于旧版本\"}", "If-Match", "\"0\"");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.header("content-type")).startsWith("application/problem+json");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(stale.json().get("expectedVersion").asLong()).isZero();
        assertThat(eventsOf(id)).isEqualTo(2);
    }

    @Test
    void shouldAcceptCommandWithCurrentVersion() {
        String id = submitPetition();
        Api.Response current = api.post("/api/petitions/" + id + "/accept", "deputy", PASSWORD,
                "{\"deputyId\": \"d-zhang\", \"expectedVersion\": 0}");
        assertThat(current.status()).as(current.text()).isEqualTo(200);
        assertThat(current.json().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void shouldRefuseTransitionNotAllowedInStateAndAppendNothing() {
        String id = submitPetition();
        Api.Response refused = api.post("/api/petitions/" + id + "/close", "clerk", PASSWORD, "{}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).isEqualTo("诉求当前状态为「待受理」，不能办结");
        assertThat(refused.json().get("title").asText()).isEqualTo("与当前状态冲突");
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void shouldNameUnknownFieldInChinese() {
        long before = eventCount();
        Api.Response response = api.post("/api/petitions", "clerk", PASSWORD,
                SUBMIT.replace("\"title\"", "\"colour\": \"red\", \"title\""));
        assertProblem(response, 400, "colour", "未知字段");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void shouldNameMissingFieldInChinese() {
        Api.Response response = api.post("/api/petitions", "clerk", PASSWORD,
                SUBMIT.replace("\"title\": \"路灯不亮\",", ""));
        assertProblem(response, 400, "title", "不能为空");
    }

    @Test
    void shouldListAllowedValuesForBadEnum() {
        Api.Response response = api.post("/api/petitions", "clerk", PASSWORD,
                SUBMIT.replace("DEPUTY_QR_CODE", "CARRIER_PIGEON"));
        assertProblem(response, 400, "source", "取值无效，可选值为：DEPUTY_QR_CODE");
    }

    @Test
    void shouldRefuseOversizedText() {
        Api.Response response = api.post("/api/petitions", "clerk", PASSWORD,
                SUBMIT.replace("路灯不亮", "长".repeat(101)));
        assertProblem(response, 400, "title", "长度须在0到100之间");
    }

    @Test
    void shouldRefuseBadDate() {
        String id = submitPetition();
        api.post("/api/petitions/" + id + "/accept", "deputy", PASSWORD, "{\"deputyId\": \"d-zhang\"}");
        Api.Response response = api.post("/api/petitions/" + id + "/forward", "deputy", PASSWORD,
                "{\"unitIds\": [\"u-water\"], \"replyDueAt\": \"next tuesday\"}");
        assertProblem(response, 400, "replyDueAt", "日期时间格式不正确");
    }

    @Test
    void shouldValidateNestedPersonalData() {
        Api.Response response = api.post("/api/petitions", "clerk", PASSWORD, SUBMIT.replace("13700001111", "12345"));
        assertProblem(response, 400, "petitioner.phone", "电话号码格式不正确");
        assertThat(response.text()).doesNotContain("王五");
    }

    @Test
    void shouldRefuseMalformedJson() {
        Api.Response response = api.post("/api/petitions", "clerk", PASSWORD, "{\"title\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asText()).contains("不是有效的 JSON");
    }

    @Test
    void shouldAnswerUnknownCaseWithNotFound() {
        Api.Response response = api.post("/api/petitions/no-such-petition/accept", "deputy", PASSWORD,
                "{\"deputyId\": \"d-zhang\"}");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asText()).contains("no-such-petition");
    }

    @Test
    void shouldAnswerUnknownActionWithNotFound() {
        String id = submitPetition();
        Api.Response response = api.post("/api/petitions/" + id + "/teleport", "clerk", PASSWORD, "{}");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asText()).isEqualTo("资源「petitions」没有「teleport」操作");
    }

    @Test
    void shouldRequireAuthenticationAndKeepReadOnlyRolesFromCommands() {
        assertThat(api.post("/api/petitions", null, null, SUBMIT).status()).isEqualTo(401);
        assertThat(api.post("/api/petitions", "clerk", "wrong-password", SUBMIT).status()).isEqualTo(401);
        assertThat(api.post("/api/petitions", "leader", PASSWORD, SUBMIT).status()).isEqualTo(403);
        assertThat(api.post("/api/petitions", "auditor", PASSWORD, SUBMIT).status()).isEqualTo(403);
    }

    @Test
    void shouldStampEveryEventWithWhoWhyAndWhichCommand() throws Exception {
        String id = submitPetition();
        String key = "decline-" + UUID.randomUUID();
        api.post("/api/petitions/" + id + "/decline", "deputy", PASSWORD, "{\"reason\": \"属于诉讼程序\"}",
                "Idempotency-Key", key);

        String metadata = jdbc.sql("""
                        SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry
                         WHERE aggregate_identifier = ? AND sequence_number = 1""")
                .param(id).query(String.class).single();
        JsonNode meta = JsonMapper.builder().build().readTree(metadata);
        assertThat(meta.get("actorId").asText()).isEqualTo("deputy");
        assertThat(meta.get("actorRole").asText()).isEqualTo("DEPUTY");
        assertThat(meta.get("actorName").asText()).isEqualTo("演示人大代表");
        assertThat(meta.get("reason").asText()).isEqualTo("属于诉讼程序");
        assertThat(meta.get("commandId").asText()).isEqualTo(key);
        assertThat(meta.get("correlationId").asText()).isEqualTo(key);
        assertThat(meta.get("causationId").asText()).isNotBlank().isNotEqualTo(key);
        assertThat(meta.get("clientAddress").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(jdbc.sql("SELECT actor_id FROM command_log WHERE command_id = ?").param(key)
                .query(String.class).single()).isEqualTo("deputy");
    }

    @Test
    void shouldAnswerAuthenticationAndAuthorizationFailuresAsChineseProblems() {
        Api.Response unauthenticated = api.post("/api/petitions", null, null, SUBMIT);
        assertThat(unauthenticated.header("content-type")).startsWith("application/problem+json");
        assertThat(unauthenticated.json().get("title").asText()).isEqualTo("需要登录");
        Api.Response forbidden = api.post("/api/petitions", "leader", PASSWORD, SUBMIT);
        assertThat(forbidden.header("content-type")).startsWith("application/problem+json");
        assertThat(forbidden.json().get("title").asText()).isEqualTo("无权执行此操作");
    }

    @Test
    void shouldAnswerWrongMediaTypeInChinese() {
        Api.Response response = api.post("/api/petitions", "clerk", PASSWORD, SUBMIT, "Content-Type", "text/plain");
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.json().get("detail")).as(response.text()).isNotNull();
        assertThat(response.json().get("detail").asText()).isEqualTo("不支持的内容类型，请使用 application/json");
    }

    @Test
    void shouldRefuseCreatingARecordWhoseIdExists() {
        String id = submitPetition();
        long before = eventCount();
        Api.Response duplicate = api.post("/api/petitions", "clerk", PASSWORD,
                SUBMIT.replace("{\"source\"", "{\"petitionId\": \"" + id + "\", \"source\""));
        assertThat(duplicate.status()).as(duplicate.text()).isEqualTo(409);
        assertThat(duplicate.json().get("detail").asText()).isEqualTo("该编号的记录已存在，不能重复创建");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void shouldReportDatabaseInHealth() {
        Api.Response health = api.get("/actuator/health", null, null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("components").get("db").get("status").asText()).isEqualTo("UP");
    }

    @Test
    void shouldDescribeEveryRouteInOpenApi() {
        Api.Response docs = api.get("/v3/api-docs", null, null);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has("/api/petitions")).isTrue();
        assertThat(paths.get("/api/petitions/{id}/accept").get("post").get("summary").asText()).isEqualTo("代表受理诉求");
        assertThat(paths.has("/api/mediation-cases/{id}/settle")).isTrue();
        assertThat(paths.has("/api/ballots/{id}/vote")).isTrue();
        assertThat(api.get("/swagger-ui/index.html", null, null).status()).isEqualTo(200);
    }

    private static void assertProblem(Api.Response response, int status, String field, String messageStart) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("content-type")).startsWith("application/problem+json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors).as(response.text()).isNotNull();
        Map<String, String> byField = new java.util.HashMap<>();
        errors.forEach(error -> byField.put(error.get("field").asText(), error.get("message").asText()));
        assertThat(byField).as(response.text()).containsKey(field);
        assertThat(byField.get(field)).startsWith(messageStart);
    }
}

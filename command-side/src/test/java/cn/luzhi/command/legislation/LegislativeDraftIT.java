package cn.luzhi.command.legislation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.support.ActionsAnswer;
import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import cn.luzhi.command.support.ReferenceData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Legislative opinion collection over HTTP against real PostgreSQL: a clerk designates a liaison point and opens a
 * draft there, a citizen gives an opinion through the station's public page (rate limited, personal data in the
 * vault and masked), a deputy and a clerk collect more, the clerk merges a duplicate, closes, forwards and records
 * which were adopted. Refusals name the field in Chinese and change nothing.
 */
@TestPropertySource(properties = {
        "luzhi.client-address.trusted-proxies=127.0.0.1,::1",
        "luzhi.intake.submit.requests=3", "luzhi.intake.submit.window=1h"})
class LegislativeDraftIT extends CommandSideIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    /** This test's client address, as the trusted proxy reports it, so that its rate limit is its own. */
    private final String client = "198.51.100." + (1 + Math.floorMod(suffix.hashCode(), 250));

    @Test
    void shouldCollectOpinionsAtALiaisonPointFromOpeningToFeedback() throws Exception {
        String point = openStation("s-leg-" + suffix);
        String other = openStation("s-nol-" + suffix);

        Api.Response notAPoint = openDraft(other, "全文");
        assertThat(problems(notAPoint)).containsEntry("liaisonPointIds[0]", "站点「" + other + "」不是基层立法联系点");

        Api.Response designated = api.post("/api/stations/" + point + "/designate-liaison-point", "clerk", PASSWORD,
                "{\"reason\": \"常委会主任会议决定设立\"}");
        assertThat(designated.status()).as(designated.text()).isEqualTo(200);

        Api.Response neither = api.post("/api/legislative-drafts", "clerk", PASSWORD, """
                {"title": "某市物业管理条例（修订草案）", "legislature": "某市人大常委会法工委", "closesOn": "%s",
                 "liaisonPointIds": ["%s"]}""".formatted(LocalDate.now(CHINA).plusDays(20), point));
        assertThat(problems(neither)).containsEntry("text", "请填写草案文本或草案链接（至少一项）");

        Api.Response opened = openDraft(point, "第一条 为了规范物业管理活动……");
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        String draftId = opened.json().get("aggregateId").asText();

        String token = currentToken(point);
        JsonNode drafts = publicGet("/api/public/intake/" + token + "/drafts");
        assertThat(drafts.findValuesAsString("draftId")).contains(draftId);

        HttpResponse<String> badPhone = publicOpinion(token, draftId, "王秀英", "12345", "第三条", "建议明确公共收益公示");
        assertThat(badPhone.statusCode()).isEqualTo(400);
        assertThat(problems(JSON.readTree(badPhone.body()))).containsEntry("phone", "请填写11位手机号码");

        HttpResponse<String> received = publicOpinion(token, draftId, "王秀英", "13912345678", "第三条",
                "建议明确公共收益公示");
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        assertThat(JSON.readTree(received.body()).get("opinionNumber").asInt()).isEqualTo(1);
        assertThat(received.body()).doesNotContain("王秀英").doesNotContain("13912345678");

        Api.Response byDeputy = api.post("/api/legislative-drafts/" + draftId + "/collect-opinion", "deputy",
                PASSWORD, """
                        {"stationId": "%s", "source": "DEPUTY", "deputyId": "%s", "article": "第十二条",
                         "content": "维修资金使用程序过繁"}""".formatted(point, ReferenceData.LINKED_DEPUTY));
        assertThat(byDeputy.status()).as(byDeputy.text()).isEqualTo(200);
        Api.Response forAnother = api.post("/api/legislative-drafts/" + draftId + "/collect-opinion", "deputy",
                PASSWORD, """
                        {"stationId": "%s", "source": "DEPUTY", "deputyId": "d-li", "content": "代他人提交"}"""
                        .formatted(point));
        assertThat(forAnother.status()).isEqualTo(403);
        Api.Response elsewhere = api.post("/api/legislative-drafts/" + draftId + "/collect-opinion", "clerk",
                PASSWORD, "{\"stationId\": \"%s\", \"source\": \"CLERK\", \"content\": \"意见\"}".formatted(other));
        assertThat(problems(elsewhere)).containsEntry("stationId", "站点「" + other + "」不是本草案的征求意见联系点");
        Api.Response byClerk = api.post("/api/legislative-drafts/" + draftId + "/collect-opinion", "clerk",
                PASSWORD, "{\"stationId\": \"%s\", \"source\": \"CLERK\", \"content\": \"公共收益应当公示\"}"
                        .formatted(point));
        assertThat(byClerk.status()).as(byClerk.text()).isEqualTo(200);

        JsonNode people = api.get("/api/legislative-drafts/" + draftId + "/people", "clerk", PASSWORD).json();
        assertThat(people).hasSize(1);
        assertThat(people.get(0).get("name").asText()).isEqualTo("王**");
        assertThat(people.get(0).get("phone").asText()).isEqualTo("139****5678");
        assertThat(api.get("/api/legislative-drafts/" + draftId + "/people", "deputy", PASSWORD).status())
                .isEqualTo(403);

        Api.Response merged = api.post("/api/legislative-drafts/" + draftId + "/merge-opinions", "clerk", PASSWORD,
                "{\"duplicateNumbers\": [3], \"intoNumber\": 1, \"reason\": \"与第1条意见相同\"}");
        assertThat(merged.status()).as(merged.text()).isEqualTo(200);
        Api.Response early = api.post("/api/legislative-drafts/" + draftId + "/forward-opinions", "clerk", PASSWORD,
                "{\"opinionNumbers\": [1, 2], \"forwardedOn\": \"%s\"}".formatted(LocalDate.now(CHINA)));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text()).contains("该草案征求意见当前状态为「征求意见中」，不能报送意见");

        assertThat(api.post("/api/legislative-drafts/" + draftId + "/close-comment", "clerk", PASSWORD,
                "{\"reason\": \"立法机关提前汇总\"}").status()).isEqualTo(200);
        assertThat(publicGet("/api/public/intake/" + token + "/drafts").findValuesAsString("draftId"))
                .doesNotContain(draftId);

        Api.Response mergedToo = api.post("/api/legislative-drafts/" + draftId + "/forward-opinions", "clerk",
                PASSWORD, "{\"opinionNumbers\": [1, 3], \"forwardedOn\": \"%s\"}".formatted(LocalDate.now(CHINA)));
        assertThat(problems(mergedToo)).containsEntry("opinionNumbers", "第3条意见已并入第1条");
        assertThat(api.post("/api/legislative-drafts/" + draftId + "/forward-opinions", "clerk", PASSWORD,
                "{\"opinionNumbers\": [1, 2], \"forwardedOn\": \"%s\", \"note\": \"经整理报送\"}"
                        .formatted(LocalDate.now(CHINA))).status()).isEqualTo(200);
        Api.Response feedback = api.post("/api/legislative-drafts/" + draftId + "/record-feedback", "clerk",
                PASSWORD, "{\"adoptedNumbers\": [2], \"note\": \"第2条意见已在修改稿中吸收\"}");
        assertThat(feedback.status()).as(feedback.text()).isEqualTo(200);

        Map<String, JsonNode> actions = ActionsAnswer.byAction(api, "/api/legislative-drafts/" + draftId + "/actions",
                "clerk", PASSWORD);
        assertThat(actions.keySet()).containsExactly("collect-opinion", "merge-opinions", "close-comment",
                "forward-opinions", "record-feedback");
        assertThat(actions.get("record-feedback").get("reason").asText())
                .isEqualTo("该草案征求意见当前状态为「已反馈采纳情况」，不能登记采纳情况");
    }

    @Test
    void shouldRateLimitCitizensOpinionsLikePetitions() throws Exception {
        String point = openStation("s-lim-" + suffix);
        api.post("/api/stations/" + point + "/designate-liaison-point", "clerk", PASSWORD, "{\"reason\": \"设立\"}");
        String draftId = openDraft(point, "全文").json().get("aggregateId").asText();
        String token = currentToken(point);

        for (int i = 1; i <= 3; i++) {
            assertThat(publicOpinion(token, draftId, "李四", "13800001111", null, "意见" + i).statusCode())
                    .isEqualTo(201);
        }
        HttpResponse<String> limited = publicOpinion(token, draftId, "李四", "13800001111", null, "意见4");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(eventsOf(draftId)).isEqualTo(4);
    }

    @Test
    void shouldAnswerARetriedOpinionWithItsFirstReceiptInsteadOfASecondOpinion() throws Exception {
        String point = openStation("s-key-" + suffix);
        api.post("/api/stations/" + point + "/designate-liaison-point", "clerk", PASSWORD, "{\"reason\": \"设立\"}");
        String draftId = openDraft(point, "全文").json().get("aggregateId").asText();
        String token = currentToken(point);
        String key = "opinion-key-" + UUID.randomUUID().toString().replace("-", "");

        HttpResponse<String> first = publicOpinion(token, draftId, "李四", "13800001111", "第三条", "公示收益", key);
        HttpResponse<String> retried = publicOpinion(token, draftId, "李四", "13800001111", "第三条", "公示收益", key);
        HttpResponse<String> another = publicOpinion(token, draftId, "李四", "13800001111", "第三条", "另一条", key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(JSON.readTree(retried.body())).isEqualTo(JSON.readTree(first.body()));
        assertThat(JSON.readTree(first.body()).get("opinionNumber").asInt()).isEqualTo(1);
        assertThat(another.statusCode()).isEqualTo(422);
        assertThat(problems(JSON.readTree(another.body())))
                .containsEntry("Idempotency-Key", "该提交编号已用于另一条内容不同的意见，请刷新页面后重新填写提交");
        assertThat(eventsOf(draftId)).as("the draft opened and one opinion").isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM intake_opinion_submission WHERE draft_id = ? AND opinion_number = 1")
                .param(draftId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void shouldAnswer404ForADraftNotOpenAtTheStation() throws Exception {
        String point = openStation("s-404-" + suffix);
        api.post("/api/stations/" + point + "/designate-liaison-point", "clerk", PASSWORD, "{\"reason\": \"设立\"}");
        HttpResponse<String> unknown = publicOpinion(currentToken(point), "no-such-draft", "李四", "13800001111",
                null, "意见");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("该法规草案不在本站点征求意见，或征求意见已截止");
    }

    // --- helpers ---

    private String openStation(String stationId) {
        Api.Response opened = api.post("/api/stations", "clerk", PASSWORD, """
                {"stationId": "%s", "name": "联系点%s", "kind": "LIAISON_STATION", "setting": "TOWN",
                 "level": "TOWNSHIP", "regionId": "%s", "address": "示范路2号", "openedOn": "2024-01-01"}"""
                .formatted(stationId, stationId, ReferenceData.TOWNS.get(0)));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        return stationId;
    }

    private Api.Response openDraft(String point, String text) {
        return api.post("/api/legislative-drafts", "clerk", PASSWORD, """
                {"title": "某市物业管理条例（修订草案）", "legislature": "某市人大常委会法工委", "text": "%s",
                 "closesOn": "%s", "liaisonPointIds": ["%s"]}"""
                .formatted(text, LocalDate.now(CHINA).plusDays(20), point));
    }

    private static Map<String, String> problems(Api.Response response) {
        assertThat(response.status()).as(response.text()).isBetween(400, 499);
        return problems(response.json());
    }

    private static Map<String, String> problems(JsonNode problem) {
        Map<String, String> byField = new HashMap<>();
        problem.get("errors").forEach(error -> byField.put(error.get("field").asText(),
                error.get("message").asText()));
        return byField;
    }

    private JsonNode publicGet(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", client).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> publicOpinion(String token, String draftId, String name, String phone,
                                               String article, String content) throws Exception {
        return publicOpinion(token, draftId, name, phone, article, content, null);
    }

    /** A citizen's opinion through the public page, with the form's submission key when {@code key} is given. */
    private HttpResponse<String> publicOpinion(String token, String draftId, String name, String phone,
                                               String article, String content, String key) throws Exception {
        Map<String, String> form = new HashMap<>(Map.of("name", name, "phone", phone, "content", content));
        if (article != null) {
            form.put("article", article);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/public/intake/" + token + "/drafts/" + draftId + "/opinions"))
                .header("X-Forwarded-For", client).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(form), StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String currentToken(String ownerId) {
        return jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8')::jsonb ->> 'qrToken' FROM domain_event_entry
                         WHERE aggregate_identifier = ? AND convert_from(payload, 'UTF8')::jsonb ->> 'qrToken' IS NOT NULL
                         ORDER BY sequence_number DESC LIMIT 1""")
                .param(ownerId).query(String.class).single();
    }

    private long eventsOf(String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?").param(aggregateId)
                .query(Long.class).single();
    }
}

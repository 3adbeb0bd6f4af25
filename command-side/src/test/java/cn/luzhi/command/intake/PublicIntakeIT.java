package cn.luzhi.command.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luzhi.command.support.CommandSideIntegrationTest;
import cn.luzhi.command.support.ReferenceData;
import cn.luzhi.events.common.ActorRole;
import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.SubmitPetition;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.station.StationId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The citizens' QR intake over HTTP against real PostgreSQL: printed codes decode to the intake link, a citizen
 * without an account submits a petition and follows it by receipt code, and the public endpoints hold their size
 * and rate limits. Each test comes from its own client address (through the trusted proxy's X-Forwarded-For), so
 * their counters do not mix.
 */
@TestPropertySource(properties = {
        "luzhi.intake.public-base-url=https://lz.example.test/",
        "luzhi.client-address.trusted-proxies=127.0.0.1,::1",
        "luzhi.intake.max-body-size=16KB",
        "luzhi.intake.lookup.requests=6", "luzhi.intake.lookup.window=1h",
        "luzhi.intake.submit.requests=4", "luzhi.intake.submit.window=1h",
        "luzhi.intake.receipt.requests=12", "luzhi.intake.receipt.window=1h"})
class PublicIntakeIT extends CommandSideIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private static final String NAME = "王秀英";
    private static final String PHONE = "13912345678";
    private static final String ID_NUMBER = "15010219800101123X";

    private final HttpClient http = HttpClient.newHttpClient();
    @Autowired
    private CommandGateway commands;
    @Autowired
    private TransactionTemplate transactions;
    /** This test's client address, as the trusted proxy reports it. */
    private final String client = "203.0.113." + ADDRESSES.getAndIncrement();

    @Test
    void shouldEncodeTheStationsIntakeLinkInItsPngAndSvg() {
        String token = currentToken(ReferenceData.STATION);
        Raw png = send("GET", "/api/stations/" + ReferenceData.STATION + "/qr.png", "clerk", null);
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.header("content-type")).isEqualTo("image/png");
        assertThat(png.header("cache-control")).contains("no-store");
        assertThat(QrDecoding.fromPng(png.body())).isEqualTo("https://lz.example.test/intake.html?t=" + token);

        Raw svg = send("GET", "/api/stations/" + ReferenceData.STATION + "/qr.svg", "admin", null);
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.header("content-type")).startsWith("image/svg+xml");
        assertThat(QrDecoding.fromSvg(svg.text())).isEqualTo("https://lz.example.test/intake.html?t=" + token);
    }

    @Test
    void shouldEncodeTheDeputysOwnCode() {
        String deputy = ReferenceData.DEPUTIES.get(1);
        String link = "https://lz.example.test/intake.html?t=" + currentToken(deputy);
        assertThat(QrDecoding.fromPng(send("GET", "/api/deputies/" + deputy + "/qr.png?size=3", "clerk", null).body()))
                .isEqualTo(link);
        assertThat(QrDecoding.fromSvg(send("GET", "/api/deputies/" + deputy + "/qr.svg", "clerk", null).text()))
                .isEqualTo(link);
    }

    @Test
    void shouldLetOnlyClerksAndAdministratorsPrintCodes() {
        String path = "/api/stations/" + ReferenceData.STATION + "/qr.png";
        assertThat(send("GET", path, null, null).status()).isEqualTo(401);
        for (String role : List.of("unit", "leader", "supervisor", "auditor", "deputy", "citizen")) {
            assertThat(send("GET", path, role, null).status()).as(role).isEqualTo(403);
        }
        assertThat(send("GET", "/api/stations/s-nowhere/qr.svg", "clerk", null).status()).isEqualTo(404);
        assertThat(send("GET", "/api/deputies/d-nowhere/qr.png", "admin", null).status()).isEqualTo(404);
        Raw noSheet = send("GET", "/api/stations/s-nowhere/qr-sheet", "clerk", null);
        assertThat(noSheet.status()).isEqualTo(404);
        assertThat(noSheet.json().get("detail").asText()).contains("s-nowhere");
    }

    @Test
    void shouldLetADeputyShowTheirOwnCodeAndAnswerAnyOtherLikeAMissingOne() {
        String own = ReferenceData.LINKED_DEPUTY;
        String link = "https://lz.example.test/intake.html?t=" + currentToken(own);
        Raw png = send("GET", "/api/deputies/" + own + "/qr.png", "deputy", null);
        assertThat(png.status()).isEqualTo(200);
        assertThat(QrDecoding.fromPng(png.body())).isEqualTo(link);
        assertThat(QrDecoding.fromSvg(send("GET", "/api/deputies/" + own + "/qr.svg", "deputy", null).text()))
                .isEqualTo(link);

        String colleague = ReferenceData.DEPUTIES.stream().filter(deputy -> !deputy.equals(own)).findFirst()
                .orElseThrow();
        for (String path : List.of("/api/deputies/" + colleague + "/qr.png", "/api/deputies/" + colleague + "/qr.svg")) {
            Raw refused = send("GET", path, "deputy", null);
            assertThat(refused.status()).as(path).isEqualTo(404);
            assertThat(refused.json().get("detail").asText())
                    .isEqualTo(send("GET", path.replace(colleague, "d-nowhere"), "clerk", null).json().get("detail")
                            .asText().replace("d-nowhere", colleague));
        }
        // Stations' codes and sheets stay with clerks and administrators.
        assertThat(send("GET", "/api/stations/" + ReferenceData.STATION + "/qr.svg", "deputy", null).status())
                .isEqualTo(403);
        assertThat(send("GET", "/api/stations/" + ReferenceData.STATION + "/qr-sheet", "deputy", null).status())
                .isEqualTo(403);
        // A deputy account linked to no deputy owns no code.
        account("deputy-unlinked", ActorRole.DEPUTY, null);
        assertThat(send("GET", "/api/deputies/" + own + "/qr.png", "deputy-unlinked", null).status()).isEqualTo(404);
    }

    @Test
    void shouldTellAPageWhichDeputyTheLoggedInAccountIsLinkedTo() {
        JsonNode deputy = send("GET", "/api/account", "deputy", null).json();
        assertThat(deputy.get("role").asText()).isEqualTo("DEPUTY");
        assertThat(deputy.get("roleLabel").asText()).isEqualTo("人大代表");
        assertThat(deputy.get("deputyId").asText()).isEqualTo(ReferenceData.LINKED_DEPUTY);

        JsonNode clerk = send("GET", "/api/account", "clerk", null).json();
        assertThat(clerk.get("role").asText()).isEqualTo("CLERK");
        assertThat(clerk.hasNonNull("deputyId")).isFalse();
        assertThat(clerk.get("registers").valueStream().map(JsonNode::asText).toList())
                .as("a clerk registers suggestions for any deputy").contains("petitions", "suggestions");
        assertThat(deputy.get("registers").valueStream().map(JsonNode::asText).toList())
                .as("a deputy drafts only in their own name").doesNotContain("suggestions");
        assertThat(send("GET", "/api/account", null, null).status()).isEqualTo(401);
    }

    @Test
    void shouldPrintOneSheetWithTheStationAndEachOfItsDeputies() {
        Raw sheet = send("GET", "/api/stations/" + ReferenceData.STATION + "/qr-sheet", "clerk", null);
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.header("content-type")).startsWith("text/html");
        String html = sheet.text();
        assertThat(html).contains("<h1>示范区代表之家</h1>", "@page { size: A4", "示范区");
        for (String deputy : ReferenceData.DEPUTIES) {
            assertThat(html).contains("人大代表 代表" + deputy.substring(2));
        }
        // Other tests may add deputies to the shared station: every code has its caption, and there is one more
        // code than deputies, the station's own.
        int codes = html.split("<svg ", -1).length - 1;
        assertThat(html.split("扫码反映问题", -1)).hasSize(codes + 1);
        assertThat(html.split("代表码 · 扫码反映问题", -1)).hasSize(codes);
        assertThat(codes).isGreaterThanOrEqualTo(1 + ReferenceData.DEPUTIES.size());
        // The sheet's own policy, the only one: the page-wide one would block the sheet's inline style element.
        assertThat(sheet.headers().allValues("content-security-policy"))
                .containsExactly("default-src 'none'; style-src 'unsafe-inline'");
    }

    @Test
    void shouldShowWhomTheCitizenWritesToAndNothingMore() {
        Raw deputy = send("GET", "/api/public/intake/" + currentToken("d-zhang"), null, null);
        assertThat(deputy.status()).isEqualTo(200);
        JsonNode view = deputy.json();
        assertThat(view.propertyNames()).containsExactlyInAnyOrder("kind", "title", "deputyName", "stationName",
                "regionName");
        assertThat(view.get("kind").asText()).isEqualTo("DEPUTY");
        assertThat(view.get("deputyName").asText()).isEqualTo("代表zhang");
        assertThat(view.get("stationName").asText()).isEqualTo("示范区代表之家");

        JsonNode station = send("GET", "/api/public/intake/" + currentToken(ReferenceData.STATION), null, null).json();
        assertThat(station.get("kind").asText()).isEqualTo("STATION");
        assertThat(station.get("regionName").asText()).isEqualTo("示范区");
        assertThat(send("GET", "/api/public/intake/AAAAAAAAAAAAAAAAAAAAAA", null, null).status()).isEqualTo(404);
    }

    @Test
    void shouldTakeAPetitionFromACitizenWithoutAnAccountAndGiveAReceiptCode() {
        Raw submitted = submitTo(currentToken("d-zhang"), "小区路灯坏了", "三号楼前路灯一个月不亮");
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        assertThat(submitted.header("set-cookie")).as("no session for citizens").isNull();
        String code = submitted.json().get("receiptCode").asText();
        assertThat(code).matches("([23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-){6}[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}");
        assertThat(submitted.json().get("addressedTo").asText()).isEqualTo("人大代表代表zhang · 示范区代表之家");

        String petitionId = petitionOf(code);
        String payload = jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = 0").param(petitionId).query(String.class).single();
        JsonNode event = JSON.readTree(payload);
        assertThat(event.get("source").asText()).isEqualTo("DEPUTY_QR_CODE");
        assertThat(event.get("deputyId").asText()).isEqualTo("d-zhang");
        assertThat(event.get("stationId").asText()).isEqualTo(ReferenceData.STATION);
        assertThat(event.get("regionId").asText()).isEqualTo(ReferenceData.DISTRICT);
        JsonNode metadata = JSON.readTree(jdbc.sql("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = 0").param(petitionId).query(String.class).single());
        assertThat(metadata.get("actorRole").asText()).isEqualTo("CITIZEN");
        assertThat(metadata.get("actorId").asText()).isEqualTo("anonymous-citizen");
        assertThat(metadata.get("clientAddress").asText()).isEqualTo(client);

        String everything = allEventText();
        String compact = code.replace("-", "");
        assertThat(everything).doesNotContain(NAME, PHONE, ID_NUMBER, code, compact);
        assertThat(jdbc.sql("SELECT count(*) FROM intake_receipt WHERE code_sha256 = ?")
                .param(ReceiptCodes.sha256(compact)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM intake_receipt WHERE code_sha256 LIKE ? OR petition_id = ?")
                .params("%" + compact + "%", compact).query(Long.class).single()).isZero();
    }

    @Test
    void shouldShowTheCitizenTheirOwnCaseAsItMoves() {
        String code = submitTo(currentToken(ReferenceData.STATION), "楼道堆放杂物", "消防通道被堵").json()
                .get("receiptCode").asText();
        String petitionId = petitionOf(code);
        // Typed in lower case without hyphens, the code still opens the case.
        JsonNode fresh = receipt(code.replace("-", "").toLowerCase());
        assertThat(fresh.get("status").asText()).isEqualTo("待受理");
        assertThat(fresh.get("petitioner").get("name").asText()).isEqualTo("王**");
        assertThat(fresh.get("petitioner").get("phone").asText()).isEqualTo("139****5678");
        assertThat(fresh.get("addressedTo").asText()).isEqualTo("示范区代表之家");
        assertThat(fresh.get("canRate").asBoolean()).isFalse();

        rateAs(code, "SATISFIED", 409);

        staff("clerk", "/api/petitions/" + petitionId + "/accept",
                "{\"deputyId\": \"d-li\", \"reason\": \"内部备注：请物业先处理\"}");
        staff("clerk", "/api/petitions/" + petitionId + "/forward", "{\"unitIds\": [\"u-city\"]}");
        staff("unit", "/api/petitions/" + petitionId + "/reply",
                "{\"unitId\": \"u-city\", \"reply\": \"已通知物业清理楼道，并安排复查。\"}");

        JsonNode replied = receipt(code);
        assertThat(replied.get("status").asText()).isEqualTo("已答复");
        assertThat(replied.get("canRate").asBoolean()).isTrue();
        assertThat(replied.get("timeline").findValuesAsString("action"))
                .containsExactly("提交诉求", "代表已受理", "已转交承办单位办理", "承办单位已答复");
        assertThat(replied.get("replies").get(0).get("content").asText()).isEqualTo("已通知物业清理楼道，并安排复查。");
        assertThat(replied.get("replies").get(0).get("unit").asText()).isEqualTo("单位u-city");
        String text = replied.toString();
        assertThat(text).doesNotContain("内部备注", NAME, PHONE, ID_NUMBER, "deputy", "d-li", petitionId);

        JsonNode rated = rateAs(code, "BASICALLY_SATISFIED", 200);
        assertThat(rated.get("status").asText()).isEqualTo("已评价");
        assertThat(rated.get("timeline").findValuesAsString("action")).last().isEqualTo("您的评价：基本满意");
        JsonNode ratedEvent = JSON.readTree(jdbc.sql("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry "
                        + "WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1")
                .param(petitionId).query(String.class).single());
        assertThat(ratedEvent.get("actorRole").asText()).isEqualTo("CITIZEN");
        rateAs(code, "SATISFIED", 409);
    }

    @Test
    void shouldLetTheCitizenWithdrawAnOpenPetition() {
        String code = submitTo(currentToken(ReferenceData.STATION), "噪音扰民", "夜间施工").json()
                .get("receiptCode").asText();
        Raw withdrawn = send("POST", "/api/public/receipts/" + code + "/withdraw", null, "{\"reason\": \"已自行解决\"}");
        assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asText()).isEqualTo("已撤回");
        assertThat(withdrawn.json().get("canWithdraw").asBoolean()).isFalse();
        Raw again = send("POST", "/api/public/receipts/" + code + "/withdraw", null, "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("不能撤回");
    }

    @Test
    void shouldNameEachWrongFieldInChinese() {
        long before = eventCount();
        Raw refused = send("POST", "/api/public/intake/" + currentToken(ReferenceData.STATION) + "/petitions", null,
                "{\"name\": \"\", \"phone\": \"12345\", \"idNumber\": \"123\", \"title\": \"标题\", \"content\": \"\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactly("content", "idNumber", "name", "phone");
        assertThat(refused.json().get("errors").findValuesAsString("message")).contains("请填写11位手机号码");
        Raw unknownField = send("POST", "/api/public/intake/" + currentToken(ReferenceData.STATION) + "/petitions",
                null, "{\"name\": \"李四\", \"phone\": \"13900000000\", \"title\": \"t\", \"content\": \"c\", "
                        + "\"source\": \"HOTLINE_12345\"}");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().get("errors").get(0).get("field").asText()).isEqualTo("source");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void shouldStopAReissuedTokenAtOnce() {
        api.post("/api/stations", "admin", PASSWORD, """
                {"stationId": "s-reissue", "name": "换码联络站", "kind": "LIAISON_STATION", "setting": "TOWN",
                 "level": "TOWNSHIP", "regionId": "150102001", "address": "示范路2号", "openedOn": "2024-03-01"}""",
                "Idempotency-Key", "intake-it-open-s-reissue");
        String old = currentToken("s-reissue");
        assertThat(send("GET", "/api/public/intake/" + old, null, null).status()).isEqualTo(200);

        staff("admin", "/api/stations/s-reissue/reissue-qr-code", "{\"reason\": \"旧码被涂改\"}");

        String renewed = currentToken("s-reissue");
        assertThat(renewed).isNotEqualTo(old);
        Raw refused = submitTo(old, "t", "c");
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.json().get("detail").asText()).contains("二维码无效或已停用");
        assertThat(send("GET", "/api/public/intake/" + renewed, null, null).json().get("stationName").asText())
                .isEqualTo("换码联络站");
        assertThat(QrDecoding.fromPng(send("GET", "/api/stations/s-reissue/qr.png", "clerk", null).body()))
                .endsWith("?t=" + renewed);
    }

    @Test
    void shouldRefuseBodiesOverTheLimitBeforeReadingThem() {
        long before = eventCount();
        String huge = "{\"name\": \"李四\", \"phone\": \"13900000000\", \"title\": \"t\", \"content\": \""
                + "很".repeat(6000) + "\"}";
        Raw declared = send("POST", "/api/public/intake/" + currentToken(ReferenceData.STATION) + "/petitions", null,
                huge);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.header("content-type")).startsWith("application/problem+json");
        assertThat(declared.json().get("detail").asText()).contains("16 KB");

        // Without a Content-Length (chunked), the body is read up to the limit and no further.
        HttpRequest chunked = request("/api/public/intake/" + currentToken(ReferenceData.STATION) + "/petitions")
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))
                .build();
        assertThat(exchange(chunked).status()).isEqualTo(413);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void shouldLimitGuessingReceiptCodesPerAddress() {
        String wrong = "2222-3333-4444-5555-6666-7777-8888";
        for (int i = 0; i < 12; i++) {
            Raw answer = send("GET", "/api/public/receipts/" + wrong, null, null);
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.json().get("detail").asText()).isEqualTo("回执码不正确，请核对后重新输入");
        }
        Raw limited = send("GET", "/api/public/receipts/" + wrong, null, null);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().get("title").asText()).isEqualTo("请求过于频繁");
        assertThat(Long.parseLong(limited.header("retry-after"))).isBetween(1L, 3600L);
        // Another address is counted on its own.
        assertThat(send("GET", "/api/public/receipts/" + wrong, null, null, "198.51.100.77").status()).isEqualTo(404);
    }

    @Test
    void shouldLimitSubmissionsPerAddressAcrossTheWindow() {
        String token = currentToken(ReferenceData.STATION);
        for (int i = 0; i < 4; i++) {
            assertThat(submitTo(token, "第" + i + "件", "内容").status()).isEqualTo(201);
        }
        long before = eventCount();
        Raw limited = submitTo(token, "第5件", "内容");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("retry-after")).isNotNull();
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void shouldAnswerARetriedSubmissionWithTheFirstReceiptCodeAndAppendNothing() {
        String token = currentToken(ReferenceData.STATION);
        String key = submissionKey();
        String title = "重试的诉求 " + client;
        Raw first = submitTo(token, title, "网络断了又提交一次", key);
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        long before = eventCount();

        Raw retried = submitTo(token, title, "网络断了又提交一次", key);
        assertThat(retried.status()).as(retried.text()).isEqualTo(200);
        assertThat(retried.json()).isEqualTo(first.json());
        assertThat(retried.header("cache-control")).contains("no-store");
        assertThat(eventCount()).isEqualTo(before);

        String code = first.json().get("receiptCode").asText();
        String petitionId = petitionOf(code);
        assertThat(submittedEvents(title)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM intake_receipt WHERE petition_id = ?").param(petitionId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(receipt(code).get("title").asText()).isEqualTo(title);
    }

    @Test
    void shouldRefuseAKeyUsedForAnotherSubmission() {
        String token = currentToken(ReferenceData.STATION);
        String key = submissionKey();
        assertThat(submitTo(token, "第一份", "内容", key).status()).isEqualTo(201);
        long before = eventCount();

        Raw other = submitTo(token, "第一份", "改过的内容", key);
        assertThat(other.status()).as(other.text()).isEqualTo(422);
        assertThat(other.header("content-type")).startsWith("application/problem+json");
        assertThat(other.json().get("detail").asText()).contains("该提交编号已用于另一份内容不同的诉求");
        assertThat(other.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        // The same form through another QR code is another request too.
        Raw elsewhere = submitTo(currentToken("d-zhang"), "第一份", "内容", key);
        assertThat(elsewhere.status()).as(elsewhere.text()).isEqualTo(422);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void shouldCreateOnePetitionWhenSubmitsWithOneKeyRace() throws Exception {
        // As many racers as this test's submission rate limit lets one client address send.
        int racers = 4;
        String token = currentToken(ReferenceData.STATION);
        String key = submissionKey();
        String title = "同时提交多次 " + client;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Raw>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return submitTo(token, title, "按了多次提交", key);
                }));
            }
            start.countDown();
            List<Raw> responses = new ArrayList<>();
            for (Future<Raw> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            String all = responses.stream().map(raw -> raw.status() + " " + raw.text()).toList().toString();
            List<Integer> firstThenReplays = new ArrayList<>(Collections.nCopies(racers - 1, 200));
            firstThenReplays.add(201);
            assertThat(responses.stream().map(Raw::status).sorted().toList()).as(all).isEqualTo(firstThenReplays);
            assertThat(responses.stream().map(Raw::json).distinct().toList()).as(all).hasSize(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(submittedEvents(title)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM intake_submission WHERE key_sha256 = ?").param(sha256(key))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void shouldRollTheCommandsEventsBackWithTheSpringTransactionItRunsIn() {
        // What the keyed submission relies on: a command sent inside a transaction appends in that transaction.
        PetitionId petitionId = PetitionId.generate();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            commands.sendAndWait(new SubmitPetition(petitionId, PetitionSource.STATION_QR_CODE,
                    new RegionId(ReferenceData.DISTRICT), null, new StationId(ReferenceData.STATION),
                    new PersonDetails(NAME, PHONE, null), "回滚的诉求", "内容"));
            assertThat(eventsOf(petitionId.value())).as("appended within the transaction").isEqualTo(1);
            throw new IllegalStateException("the transaction fails after the command");
        })).hasMessageContaining("the transaction fails after the command");
        assertThat(eventsOf(petitionId.value())).isZero();
    }

    @Test
    void shouldKeepNeitherTheKeyNorTheReceiptCodeInClear() {
        String key = submissionKey();
        Raw submitted = submitTo(currentToken(ReferenceData.STATION), "密封的回执码", "内容", key);
        assertThat(submitted.status()).isEqualTo(201);
        String code = submitted.json().get("receiptCode").asText();

        Map<String, Object> row = jdbc.sql("SELECT * FROM intake_submission WHERE key_sha256 = ?")
                .param(sha256(key)).query().singleRow();
        assertThat(row.get("petition_id")).isEqualTo(petitionOf(code));
        byte[] sealed = (byte[]) row.get("sealed_receipt");
        String asText = new String(sealed, StandardCharsets.ISO_8859_1);
        String asHex = HexFormat.of().formatHex(sealed);
        for (String secret : List.of(code, code.replace("-", ""), key)) {
            assertThat(asText).doesNotContain(secret);
            assertThat(asHex).doesNotContainIgnoringCase(HexFormat.of().formatHex(
                    secret.getBytes(StandardCharsets.US_ASCII)));
        }
        assertThat(row.values().stream().map(String::valueOf).toList().toString())
                .doesNotContain(code, code.replace("-", ""), key, NAME, PHONE);
        assertThat(allEventText()).doesNotContain(key);
    }

    @Test
    void shouldRefuseAMalformedKeyNamingTheHeader() {
        long before = eventCount();
        for (String malformed : List.of("short", "a".repeat(129), "has spaces in it and is long enough",
                "padded+base64/notbase64url==")) {
            Raw refused = submitTo(currentToken(ReferenceData.STATION), "t", "c", malformed);
            assertThat(refused.status()).as(malformed).isEqualTo(400);
            assertThat(refused.json().get("detail").asText()).startsWith("Idempotency-Key：");
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        }
        assertThat(eventCount()).isEqualTo(before);
    }

    // --- helpers ---

    private Raw submitTo(String token, String title, String content) {
        return submitTo(token, title, content, null);
    }

    private Raw submitTo(String token, String title, String content, String submissionKey) {
        HttpRequest.Builder request = request("/api/public/intake/" + token + "/petitions")
                .header("X-Forwarded-For", client)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name": "%s", "phone": "%s", "idNumber": "%s", "title": "%s", "content": "%s"}"""
                        .formatted(NAME, PHONE, ID_NUMBER, title, content), StandardCharsets.UTF_8));
        if (submissionKey != null) {
            request.header("Idempotency-Key", submissionKey);
        }
        return exchange(request.build());
    }

    /** A key as the intake page makes one: 192 random bits, base64url. */
    private static String submissionKey() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private long submittedEvents(String title) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%.PetitionSubmitted' "
                + "AND convert_from(payload, 'UTF8')::jsonb ->> 'title' = ?").param(title).query(Long.class).single();
    }

    private long eventsOf(String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?").param(aggregateId)
                .query(Long.class).single();
    }

    private JsonNode receipt(String code) {
        Raw answer = send("GET", "/api/public/receipts/" + code, null, null);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json();
    }

    private JsonNode rateAs(String code, String satisfaction, int expectedStatus) {
        Raw answer = send("POST", "/api/public/receipts/" + code + "/rating", null,
                "{\"satisfaction\": \"" + satisfaction + "\", \"comment\": \"处理及时\"}");
        assertThat(answer.status()).as(answer.text()).isEqualTo(expectedStatus);
        return answer.json();
    }

    private void staff(String user, String path, String body) {
        assertThat(api.post(path, user, PASSWORD, body).status()).as(user + " " + path).isEqualTo(200);
    }

    private String petitionOf(String code) {
        return jdbc.sql("SELECT petition_id FROM intake_receipt WHERE code_sha256 = ?")
                .param(ReceiptCodes.sha256(code.replace("-", ""))).query(String.class).single();
    }

    /** The token the record's latest QR event issued: what its printed code must lead to. */
    private String currentToken(String ownerId) {
        return jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8')::jsonb ->> 'qrToken' FROM domain_event_entry
                         WHERE aggregate_identifier = ? AND convert_from(payload, 'UTF8')::jsonb ->> 'qrToken' IS NOT NULL
                         ORDER BY sequence_number DESC LIMIT 1""")
                .param(ownerId).query(String.class).single();
    }

    private long eventCount() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }

    private String allEventText() {
        return String.join("\n", jdbc.sql("SELECT convert_from(payload, 'UTF8') || convert_from(meta_data, 'UTF8') "
                + "FROM domain_event_entry").query(String.class).list());
    }

    private Raw send(String method, String path, String user, String body) {
        return send(method, path, user, body, client);
    }

    private Raw send(String method, String path, String user, String body, String fromAddress) {
        HttpRequest.Builder request = request(path).header("X-Forwarded-For", fromAddress)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return exchange(request.build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private Raw exchange(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Raw(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Raw(int status, java.net.http.HttpHeaders headers, byte[] body) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(text());
        }
    }
}

package cn.luzhi.command.petition;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 12345 difficult tickets over REST: registered with the hotline's ticket and a supervising deputy, refused with the
 * field named when either is missing or the source is another, a ticket number registered once (also when two
 * requests race, where the unique key of {@code hotline_ticket} decides), and the feedback to the hotline.
 */
class HotlineTicketIT extends CommandSideIntegrationTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @Test
    void shouldRegisterATicketAndRecordTheFeedbackToTheHotlineOnceTheUnitReplied() {
        String number = newNumber();
        Api.Response created = register(number, "d-zhang", "路灯不亮");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("aggregateId").asText();
        assertThat(jdbc.sql("SELECT petition_id FROM hotline_ticket WHERE ticket_number = ?").param(number)
                .query(String.class).single()).isEqualTo(id);

        Api.Response early = api.post("/api/petitions/" + id + "/record-hotline-feedback", "clerk", PASSWORD,
                feedback(TODAY));
        assertThat(early.status()).as(early.text()).isEqualTo(409);
        assertThat(early.json().get("detail").asText()).isEqualTo("诉求当前状态为「待受理」，不能反馈12345");

        ok(api.post("/api/petitions/" + id + "/accept", "clerk", PASSWORD, "{\"deputyId\": \"d-zhang\"}"));
        ok(api.post("/api/petitions/" + id + "/forward", "clerk", PASSWORD, "{\"unitIds\": [\"u-city\"]}"));
        ok(api.post("/api/petitions/" + id + "/reply", "unit", PASSWORD,
                "{\"unitId\": \"u-city\", \"reply\": \"已修复\"}"));

        Api.Response future = api.post("/api/petitions/" + id + "/record-hotline-feedback", "clerk", PASSWORD,
                feedback(LocalDate.parse(TODAY).plusDays(2).toString()));
        assertThat(future.status()).as(future.text()).isEqualTo(422);
        assertThat(future.json().get("errors").get(0).get("field").asText()).isEqualTo("fedBackOn");

        ok(api.post("/api/petitions/" + id + "/record-hotline-feedback", "clerk", PASSWORD, feedback(TODAY)));
        assertThat(api.post("/api/petitions/" + id + "/record-hotline-feedback", "unit", PASSWORD, feedback(TODAY))
                .status()).as("only a clerk tells the hotline").isEqualTo(403);
        Api.Response again = api.post("/api/petitions/" + id + "/record-hotline-feedback", "clerk", PASSWORD,
                feedback(TODAY));
        assertThat(again.status()).as(again.text()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).isEqualTo("本轮办理结果已反馈12345，群众不满意重新办理后才能再次反馈");
        assertThat(eventsOf(id, "PetitionHotlineFeedbackRecorded")).isEqualTo(1);
    }

    @Test
    void shouldNameTheFieldWhenTheTicketOrTheSupervisingDeputyIsMissingOrTheSourceIsAnother() {
        Api.Response noDeputy = register(newNumber(), null, "无督办代表");
        assertThat(noDeputy.status()).as(noDeputy.text()).isEqualTo(422);
        assertThat(noDeputy.json().get("errors").get(0).get("field").asText()).isEqualTo("deputyId");
        assertThat(noDeputy.json().get("detail").asText()).isEqualTo("12345疑难工单须指定督办代表");

        Api.Response noTicket = api.post("/api/petitions", "clerk", PASSWORD, """
                {"source": "HOTLINE_12345", "regionId": "150102001", "deputyId": "d-zhang",
                 "petitioner": {"name": "钱七"}, "title": "无工单", "content": "内容"}""");
        assertThat(noTicket.status()).as(noTicket.text()).isEqualTo(422);
        assertThat(noTicket.json().get("errors").get(0).get("field").asText()).isEqualTo("hotlineTicket");

        Api.Response blankNumber = api.post("/api/petitions", "clerk", PASSWORD, body("", "d-zhang", "空工单号"));
        assertThat(blankNumber.status()).as(blankNumber.text()).isEqualTo(400);
        assertThat(blankNumber.json().get("errors").get(0).get("field").asText())
                .isEqualTo("hotlineTicket.ticketNumber");

        Api.Response otherSource = api.post("/api/petitions", "clerk", PASSWORD,
                body(newNumber(), "d-zhang", "来信").replace("HOTLINE_12345", "LETTER_OR_PHONE"));
        assertThat(otherSource.status()).as(otherSource.text()).isEqualTo(422);
        assertThat(otherSource.json().get("errors").get(0).get("field").asText()).isEqualTo("hotlineTicket");
        assertThat(otherSource.json().get("detail").asText()).isEqualTo("只有来源为「12345疑难工单」的诉求才能填写12345工单");
    }

    @Test
    void shouldRefuseASecondRegistrationOfTheNumberWith409NamingTheFirstPetition() {
        String number = newNumber();
        Api.Response first = register(number, "d-zhang", "井盖缺失");
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        long events = eventCount();

        Api.Response second = register(number, "d-li", "井盖缺失（重复）");

        assertThat(second.status()).as(second.text()).isEqualTo(409);
        assertThat(second.json().get("type").asText()).isEqualTo("urn:luzhi:problem:duplicate");
        assertThat(second.json().get("existingId").asText()).isEqualTo(first.json().get("aggregateId").asText());
        assertThat(second.json().get("existingTitle").asText()).isEqualTo("井盖缺失");
        assertThat(second.json().get("errors").get(0).get("field").asText()).isEqualTo("hotlineTicket.ticketNumber");
        assertThat(second.json().get("detail").asText()).isEqualTo("12345工单号「" + number + "」已登记为诉求「井盖缺失」（编号 "
                + first.json().get("aggregateId").asText() + "），不能重复登记");
        assertThat(eventCount()).as("nothing appended").isEqualTo(events);
    }

    @Test
    void shouldLetOnlyOneOfTwoRacingRegistrationsOfANumberThrough() throws Exception {
        for (int round = 0; round < 5; round++) {
            String number = newNumber();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService clients = Executors.newFixedThreadPool(2);
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String title = "同一工单" + i;
                answers.add(clients.submit(() -> {
                    start.await();
                    return register(number, "d-zhang", title);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                Api.Response response = answer.get(60, TimeUnit.SECONDS);
                statuses.add(response.status());
                if (response.status() == 409) {
                    assertThat(response.json().get("existingId").asText()).isNotBlank();
                }
            }
            clients.shutdownNow();

            assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(201, 409);
            assertThat(jdbc.sql("SELECT count(*) FROM hotline_ticket WHERE ticket_number = ?").param(number)
                    .query(Long.class).single()).isEqualTo(1);
        }
    }

    private Api.Response register(String number, String deputyId, String title) {
        return api.post("/api/petitions", "clerk", PASSWORD, body(number, deputyId, title));
    }

    private static String body(String number, String deputyId, String title) {
        return """
                {"source": "HOTLINE_12345", "regionId": "150102001", %s"petitioner": {"name": "钱七"},
                 "title": "%s", "content": "群众多次来电",
                 "hotlineTicket": {"ticketNumber": "%s", "receivedOn": "%s", "escalationReason": "多次转派未解决"}}"""
                .formatted(deputyId == null ? "" : "\"deputyId\": \"" + deputyId + "\", ", title, number, TODAY);
    }

    private static String feedback(String day) {
        return "{\"result\": \"路灯已修复，群众认可\", \"fedBackOn\": \"" + day + "\"}";
    }

    private static String newNumber() {
        return "GD-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void ok(Api.Response response) {
        assertThat(response.status()).as(response.text()).isBetween(200, 201);
    }

    private long eventCount() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }

    private long eventsOf(String id, String type) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?")
                .params(id, "%." + type).query(Long.class).single();
    }
}

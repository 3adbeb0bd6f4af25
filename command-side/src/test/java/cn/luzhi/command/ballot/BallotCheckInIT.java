package cn.luzhi.command.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import cn.luzhi.command.support.ReferenceData;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A check-in's answer carries the deputy's ballot paper code, the one secret of the ballot that is in nobody's
 * records: it must not be cached on the way, not be kept by the command log, and not come back to anyone who
 * retries the check-in, whoever they are. A lost answer therefore loses the paper, which the page explains.
 */
class BallotCheckInIT extends CommandSideIntegrationTest {

    private static final String DEPUTY = ReferenceData.LINKED_DEPUTY;

    @Test
    void shouldHandThePaperCodeOnceAndNeverStoreOrReplayIt() {
        String ballot = openBallot();
        String key = "check-in-" + UUID.randomUUID();
        String body = "{\"deputyId\": \"" + DEPUTY + "\"}";

        Api.Response first = api.post("/api/ballots/" + ballot + "/check-in", "deputy", PASSWORD, body,
                "Idempotency-Key", key);
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        String code = first.json().get("result").asText();
        assertThat(code).matches("[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}");
        assertThat(first.header("Cache-Control")).contains("no-store");
        assertThat(first.header("Pragma")).isEqualTo("no-cache");

        // The deputy's own retry and the clerk's (same command, same key) both get the logged answer, without the code.
        for (String caller : List.of("deputy", "clerk")) {
            Api.Response retry = api.post("/api/ballots/" + ballot + "/check-in", caller, PASSWORD, body,
                    "Idempotency-Key", key);
            assertThat(retry.status()).as(caller + ": " + retry.text()).isEqualTo(200);
            assertThat(retry.json().get("replayed").asBoolean()).isTrue();
            assertThat(retry.json().get("result").isNull()).isTrue();
            assertThat(retry.text()).doesNotContain(code);
        }

        // A second check-in under a new key is refused: nobody can draw a second paper for the deputy.
        Api.Response again = api.post("/api/ballots/" + ballot + "/check-in", "clerk", PASSWORD, body,
                "Idempotency-Key", "check-in-" + UUID.randomUUID());
        assertThat(again.status()).as(again.text()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("已签到并领取过选票，不能重复签到");

        // The code (or its random part) is in no table: not the command log, not the events, not the snapshots.
        String random = code.substring(0, code.indexOf('.'));
        List<String> stored = jdbc.sql("""
                SELECT t::text FROM command_log t
                UNION ALL SELECT convert_from(payload, 'UTF8') || coalesce(convert_from(meta_data, 'UTF8'), '')
                  FROM domain_event_entry WHERE aggregate_identifier = :ballot
                UNION ALL SELECT convert_from(payload, 'UTF8') FROM snapshot_event_entry""")
                .param("ballot", ballot).query(String.class).list();
        assertThat(stored).isNotEmpty().noneMatch(row -> row.contains(random));
    }

    @Test
    void shouldCountTheVoteCastWithThePaperCode() {
        String ballot = openBallot();
        Api.Response checkIn = api.post("/api/ballots/" + ballot + "/check-in", "clerk", PASSWORD,
                "{\"deputyId\": \"d-li\"}");
        String code = checkIn.json().get("result").asText();

        Api.Response tooMany = api.post("/api/ballots/" + ballot + "/vote", "deputy", PASSWORD,
                "{\"paperCode\": \"" + code + "\", \"choices\": [\"cand-east\", \"cand-west\"]}");
        assertThat(tooMany.status()).as(tooMany.text()).isEqualTo(422);
        assertThat(tooMany.text()).contains("每张选票最多选择1个候选项目");
        Api.Response vote = api.post("/api/ballots/" + ballot + "/vote", "deputy", PASSWORD,
                "{\"paperCode\": \"" + code + "\", \"choices\": [\"cand-west\"]}");
        assertThat(vote.status()).as(vote.text()).isEqualTo(200);
        assertThat(vote.text()).doesNotContain(code).doesNotContain("cand-west");
    }

    private String openBallot() {
        Api.Response created = api.post("/api/ballots", "clerk", PASSWORD, """
                {"regionId": "150102", "year": 2026, "level": "CONGRESS", "title": "签到测试票决"}""");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("aggregateId").asText();
        for (String candidate : List.of("cand-east", "cand-west")) {
            Api.Response collected = api.post("/api/ballots/" + id + "/collect-candidate", "clerk", PASSWORD, """
                    {"candidateId": "%s", "title": "项目%s", "description": "说明", "proposerKind": "CITIZEN",
                     "estimatedBudget": 1000000}""".formatted(candidate, candidate));
            assertThat(collected.status()).as(collected.text()).isEqualTo(200);
        }
        assertThat(api.post("/api/ballots/" + id + "/shortlist", "clerk", PASSWORD,
                "{\"candidateIds\": [\"cand-east\", \"cand-west\"]}").status()).isEqualTo(200);
        Api.Response opened = api.post("/api/ballots/" + id + "/open", "clerk", PASSWORD, """
                {"maxChoices": 1, "deputyIds": ["%s", "d-li"], "closesAt": "%s"}"""
                .formatted(DEPUTY, Instant.now().plus(2, ChronoUnit.HOURS)));
        assertThat(opened.status()).as(opened.text()).isEqualTo(200);
        return id;
    }
}

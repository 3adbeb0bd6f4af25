package cn.luzhi.command.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.store.EventJson;
import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.suggestion.SuggestionStatus;
import cn.luzhi.events.unit.HandlingUnitId;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The suggestion's snapshot JSON: what the aggregate wrote before its state became the lifecycle's still loads. */
class SuggestionSnapshotTest {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();

    @Test
    void shouldLoadASnapshotWrittenBeforeTheLifecycleExisted() throws Exception {
        String old = """
                {"suggestionId":"s-1","kind":"BILL","status":"REHANDLING","leadDeputyId":"d-lead",
                 "coSigners":["d-1","d-2"],"fromProcuratorate":false,"convertedToProcuratorate":true,
                 "leadUnitId":"u-lead","coUnitIds":["u-co"],"replyDueAt":"2026-05-01T02:00:00Z",
                 "latestReplyDueAt":"2026-08-01T02:00:00Z","round":2,"result":"BEING_SOLVED_OR_PLANNED",
                 "repliedAt":"2026-03-01T02:00:00Z","lastRating":"UNSATISFIED",
                 "supervisingLeaders":["王主任"]}""";

        Suggestion suggestion = JSON.readValue(old, Suggestion.class);

        assertThat(suggestion.state().status()).isEqualTo(SuggestionStatus.REHANDLING);
        assertThat(suggestion.state().kind()).isEqualTo(SuggestionKind.BILL);
        assertThat(suggestion.state().deputies()).containsExactly(DeputyId.of("d-lead"), DeputyId.of("d-1"),
                DeputyId.of("d-2"));
        assertThat(suggestion.state().convertedToProcuratorate()).isTrue();
        assertThat(suggestion.state().units()).containsExactly(HandlingUnitId.of("u-lead"), HandlingUnitId.of("u-co"));
        assertThat(suggestion.state().replyDueAt()).isEqualTo(Instant.parse("2026-05-01T02:00:00Z"));
        assertThat(suggestion.state().latestReplyDueAt()).isEqualTo(Instant.parse("2026-08-01T02:00:00Z"));
        assertThat(suggestion.state().round()).isEqualTo(2);
        assertThat(suggestion.state().result()).isEqualTo(HandlingResult.BEING_SOLVED_OR_PLANNED);
        assertThat(suggestion.state().lastRating()).isEqualTo(Satisfaction.UNSATISFIED);
        assertThat(suggestion.state().supervisingLeaders()).containsExactly("王主任");
        assertThat(suggestion.state().overdue()).isFalse();
        assertThat(suggestion.state().urgeCount()).isZero();
    }

    @Test
    void shouldWriteTheStateAsFlatFieldsAndReadItBack() throws Exception {
        Suggestion suggestion = JSON.readValue("""
                {"suggestionId":"s-1","kind":"SUGGESTION","status":"REPLIED","leadDeputyId":"d-lead",
                 "coSigners":[],"leadUnitId":"u-lead","coUnitIds":[],"round":1,"result":"SOLVED_OR_ADOPTED",
                 "repliedAt":"2026-03-01T02:00:00Z","urgeCount":2}""", Suggestion.class);

        String written = JSON.writeValueAsString(suggestion);

        assertThat(written).contains("\"suggestionId\":\"s-1\"", "\"status\":\"REPLIED\"",
                "\"leadUnitId\":\"u-lead\"", "\"repliedAt\":", "\"urgeCount\":2").doesNotContain("\"state\"");
        assertThat(JSON.readValue(written, Suggestion.class).state()).isEqualTo(suggestion.state());
    }
}

package cn.luzhi.app.architecture;

import cn.luzhi.command.suggestion.SuggestionWalk;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.suggestion.SuggestionState;
import cn.luzhi.query.audit.CaseState;
import cn.luzhi.query.audit.Replay;
import cn.luzhi.query.suggestion.SuggestionProjection;
import cn.luzhi.query.support.ProjectionHarness;
import cn.luzhi.query.support.ReadModelDatabase;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ARCHITECTURE.md, "Lifecycles": the suggestion aggregate, the audit history's fold and the suggestion list's
 * projection are three consumers of one lifecycle, so they must agree. The command side's walk of random command
 * sequences ({@link SuggestionWalk}, whose own test holds the aggregate to the lifecycle's check and replay) hands
 * each step's events to the fold and to the projection (on real PostgreSQL); after every step the fold's state and
 * the projection's row must say what the aggregate's state says. This module is the one whose tests see both sides.
 */
class SuggestionConsumersAgreeTest {

    static long[] seeds() {
        return SuggestionWalk.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldLeaveFoldAndProjectionWhereTheAggregateIsAfterEveryStep(long seed) {
        QueryConsumers consumers = new QueryConsumers(new ProjectionHarness(SuggestionProjection::new),
                Replay.ofSuggestion());

        SuggestionWalk.walk(seed, done -> {
            String after = consumers.take(done.command(), done.history());
            SuggestionState aggregate = done.state();
            SoftAssertions softly = new SoftAssertions();
            assertFold(softly, consumers.fold(), aggregate, after);
            assertRow(softly, row(SuggestionWalk.ID.value()), aggregate, after);
            softly.assertThat(coSigners(SuggestionWalk.ID.value())).as("projection's co-signers, " + after)
                    .containsExactlyInAnyOrderElementsOf(aggregate.coSigners().stream().map(DeputyId::value).toList());
            softly.assertAll();
        });
    }

    private static void assertFold(SoftAssertions softly, Replay fold, SuggestionState aggregate, String after) {
        CaseState shown = fold.last();
        softly.assertThat(fold.lifecycle(SuggestionState.class)).as("fold's lifecycle state, " + after)
                .isEqualTo(aggregate);
        softly.assertThat(shown.text("status")).as("fold's status, " + after).isEqualTo(aggregate.status().label());
        // Round and overdue stay empty in the history until the suggestion is assigned.
        softly.assertThat(shown.text("round")).as("fold's round, " + after)
                .isEqualTo(aggregate.assigned() ? String.valueOf(aggregate.round()) : null);
        softly.assertThat(shown.text("urgeCount")).as("fold's urges, " + after)
                .isEqualTo(String.valueOf(aggregate.urgeCount()));
    }

    private static void assertRow(SoftAssertions softly, List<Object> row, SuggestionState aggregate, String after) {
        softly.assertThat(row).as("projection's row, " + after).containsExactly(
                aggregate.status().name(),
                aggregate.kind().name(),
                aggregate.leadDeputyId().value(),
                aggregate.leadUnitId() == null ? null : aggregate.leadUnitId().value(),
                QueryConsumers.micros(aggregate.replyDueAt()),
                QueryConsumers.micros(aggregate.latestReplyDueAt()),
                aggregate.round(),
                aggregate.result() == null ? null : aggregate.result().name(),
                aggregate.lastRating() == null ? null : aggregate.lastRating().name(),
                aggregate.overdue(),
                !aggregate.supervisingLeaders().isEmpty(),
                aggregate.urgeCount(),
                aggregate.mergedInto() == null ? null : aggregate.mergedInto().value(),
                aggregate.convertedToProcuratorate());
    }

    /** The projection's row as it is stored: what every reader of the suggestion list gets. */
    private static List<Object> row(String suggestionId) {
        return QueryConsumers.row("""
                        SELECT status, kind, lead_deputy_id, lead_unit_id, reply_due_at, latest_reply_due_at, round,
                               result, satisfaction, overdue, key_supervision, urge_count, merged_into_id,
                               procuratorate_id IS NOT NULL
                          FROM read.suggestion WHERE suggestion_id = :id""", suggestionId);
    }

    @SuppressWarnings("unchecked")
    private static List<String> coSigners(String suggestionId) {
        return ReadModelDatabase.query(entityManager -> (List<String>) entityManager.createNativeQuery(
                        "SELECT deputy_id FROM read.suggestion_co_signer WHERE suggestion_id = :id")
                .setParameter("id", suggestionId)
                .getResultList());
    }
}

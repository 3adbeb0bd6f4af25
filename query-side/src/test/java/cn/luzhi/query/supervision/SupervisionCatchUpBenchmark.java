package cn.luzhi.query.supervision;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionClosed;
import cn.luzhi.events.petition.PetitionForwarded;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionReplied;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.petition.PetitionUrged;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.query.support.Events;
import cn.luzhi.query.support.ReadModelDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;

/**
 * How long the supervision projection takes for a catch-up batch in one transaction, as the pooled processor runs
 * it after a restart, over a read model of a city's size (default 100,000 cases with two deadlines each). Prints
 * the time per batch. Not a test of the normal build:
 * <pre>
 * mvn -o -B -pl query-side verify -Dtest=SupervisionCatchUpBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dskip.npm [-Dbenchmark.cases=100000] [-Dbenchmark.batch=500]
 * </pre>
 */
class SupervisionCatchUpBenchmark {

    private static final int CASES = Integer.getInteger("benchmark.cases", 100_000);
    private static final int BATCH = Integer.getInteger("benchmark.batch", 500);

    @Test
    void shouldPrintHowLongACatchUpBatchTakes() {
        ReadModelDatabase.clear();
        ReadModelDatabase.inTransaction(entityManager -> {
            entityManager.createNativeQuery("""
                    INSERT INTO supervision_case (case_id, case_type, title, region_id, deputy_id, lead_unit_id, round,
                                                  last_global_index)
                    SELECT 'old-' || g, 'PETITION', '旧诉求', '150102001', 'd-1', NULL, 1, g
                    FROM generate_series(1, :cases) g""").setParameter("cases", CASES).executeUpdate();
            entityManager.createNativeQuery("""
                    INSERT INTO supervision_deadline (deadline_id, case_id, case_type, title, region_id, deputy_id,
                                                      unit_id, round, assigned_at, due_at, replied_at, ended_at,
                                                      overdue, went_overdue, extensions, urge_count, last_global_index)
                    SELECT 'old-' || g || '/1/' || u, 'old-' || g, 'PETITION', '旧诉求', '150102001', 'd-1', u, 1,
                           now(), now(), CASE WHEN g % 3 = 0 THEN NULL ELSE now() END, NULL, false, false, 0, 0, g
                    FROM generate_series(1, :cases) g, (VALUES ('u-water'), ('u-roads')) units(u)""")
                    .setParameter("cases", CASES).executeUpdate();
            entityManager.createNativeQuery("ANALYZE supervision_case, supervision_deadline").executeUpdate();
        });
        long index = CASES + 1;
        for (int run = 0; run < 5; run++) {
            List<TrackedEventMessage<?>> batch = new ArrayList<>();
            Instant at = Instant.parse("2026-03-01T02:00:00Z");
            for (int c = 0; batch.size() < BATCH; c++) {
                PetitionId id = PetitionId.of("new-" + run + "-" + c);
                List<Object> events = List.of(
                        new PetitionSubmitted(id, PetitionSource.STATION_VISIT, RegionId.of("150102001"), null, null,
                                PersonRef.of("person-1"), "路灯不亮", "内容"),
                        new PetitionAccepted(id, DeputyId.of("d-1"), null),
                        new PetitionForwarded(id, List.of(HandlingUnitId.of("u-water"), HandlingUnitId.of("u-roads")),
                                at.plusSeconds(86_400 * 30), null),
                        new PetitionUrged(id, PetitionStatus.FORWARDED, "请加快"),
                        new PetitionReplied(id, HandlingUnitId.of("u-water"), "已修复", false),
                        new PetitionReplied(id, HandlingUnitId.of("u-roads"), "已修复", true),
                        new PetitionClosed(id, Satisfaction.SATISFIED, null));
                for (Object event : events) {
                    batch.add(Events.tracked(index++, at, event));
                }
                // And events of cases the read model already holds, as a catch-up after a restart meets.
                PetitionId old = PetitionId.of("old-" + (3 * (run * BATCH + c) + 3));
                batch.add(Events.tracked(index++, at, new PetitionUrged(old, PetitionStatus.FORWARDED, "请加快")));
                batch.add(Events.tracked(index++, at, new PetitionReplied(old, HandlingUnitId.of("u-water"), "已答复",
                        false)));
                batch.add(Events.tracked(index++, at, new PetitionClosed(old, Satisfaction.SATISFIED, null)));
            }
            Statistics statistics = ReadModelDatabase.entityManagerFactory().unwrap(SessionFactory.class)
                    .getStatistics();
            statistics.setStatisticsEnabled(true);
            statistics.clear();
            long started = System.nanoTime();
            ReadModelDatabase.inTransaction(entityManager -> {
                AnnotationEventHandlerAdapter adapter =
                        new AnnotationEventHandlerAdapter(new SupervisionProjection(entityManager, change -> {
                        }));
                for (TrackedEventMessage<?> message : batch) {
                    try {
                        adapter.handle(message);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("supervision catch-up: %d events in one transaction over %,d cases: %d ms (%.2f ms per "
                            + "event), %d statements (%.1f per event), %d flushes%n", batch.size(), CASES, millis,
                    (double) millis / batch.size(), statistics.getPrepareStatementCount(),
                    (double) statistics.getPrepareStatementCount() / batch.size(), statistics.getFlushCount());
        }
    }
}

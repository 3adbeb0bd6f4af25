package cn.luzhi.query.petition;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.ActorRole;
import cn.luzhi.query.common.CaseList;
import cn.luzhi.query.common.Viewer;
import cn.luzhi.query.common.XlsxTable;
import cn.luzhi.query.support.Http;
import cn.luzhi.query.support.QuerySideIntegrationTest;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How fast the petition list answers at 100,000 cases, and what V9's indexes bring: fills {@code read.petition}
 * with {@code benchmark.cases} realistic rows (SQL {@code generate_series}: Chinese titles and contents drawn from
 * the words of real petitions, a village name in each, twenty towns, every status), then asks the running
 * application's list API, as a clerk over HTTP, for the first page, filtered pages, word searches, every sort and a
 * deep page, exports 10,000 rows through the export's own code and times the projection's row updates, and prints
 * the median of five runs of each. Beside it, in the same run: the same without V9's indexes, and the same with
 * them on a table of 1,000 petitions. Not a test of the normal build:
 * <pre>
 * mvn -o -B -pl query-side -am verify -Dtest=none -Dit.test=CaseListBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dskip.npm [-Dbenchmark.cases=100000]
 * </pre>
 */
class CaseListBenchmark extends QuerySideIntegrationTest {

    private static final int CASES = Integer.getInteger("benchmark.cases", 100_000);
    private static final int RUNS = 5;
    private static final String EXPORT = "export of 10,000 rows (.xlsx; 1,000 on the small table)";
    /** What the indexes cost the projection: each update changes the status, so none is a HOT update. */
    private static final String UPDATES = "projection writes: 200 single-row status updates";
    private static final Viewer CLERK = new Viewer("clerk", ActorRole.CLERK, null, null, null);
    /** The indexes V9 made for the petition list; dropped for the baseline. */
    private static final List<String> V8_INDEXES = List.of("petition_search_idx", "petition_title_idx",
            "petition_status_idx", "petition_source_idx", "petition_region_order_idx", "petition_reply_due_idx");

    @Autowired
    PetitionQueries queries;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void shouldPrintListLatencyAt100000CasesBesideTheBaseline() {
        fill();
        Http http = new Http(port);
        Map<String, String> lists = lists();
        Map<String, double[]> figures = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        long searchScansBefore = searchIndexScans();
        measure(http, lists, figures, 0);
        lists.forEach((name, query) -> totals.put(name, total(http, query)));
        long searchScans = searchIndexScans() - searchScansBefore;

        // Baseline 1: the same table without V9's indexes (a word search then tests every row).
        Map<String, String> definitions = new LinkedHashMap<>();
        for (String index : V8_INDEXES) {
            definitions.put(index, jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = ?").param(index)
                    .query(String.class).single());
            jdbc.sql("DROP INDEX read." + index).update();
        }
        measure(http, lists, figures, 1);

        // Baseline 2: V9's indexes on a table of 1,000 petitions, for how the answers grow with the table.
        jdbc.sql("DELETE FROM read.petition WHERE last_global_index > 1000").update();
        definitions.values().forEach(definition -> jdbc.sql(definition).update());
        jdbc.sql("VACUUM ANALYZE read.petition").update();
        measure(http, lists, figures, 2);

        System.out.printf("%n| list request | %,d petitions, V9's indexes | %,d, without them | 1,000, V9's indexes "
                + "| matches of %,d |%n", CASES, CASES, CASES);
        System.out.println("| --- | --- | --- | --- | --- |");
        figures.forEach((name, millis) -> System.out.printf("| %s | %s | %s | %s | %s |%n", name, shown(millis[0]),
                shown(millis[1]), shown(millis[2]), totals.containsKey(name) ? String.format("%,d", totals.get(name))
                        : name.equals(UPDATES) ? "" : "10,000"));
        System.out.printf("Scans of petition_search_idx during the measured requests: %,d%n", searchScans);
        assertThat(searchScans).as("the word searches read the search index").isPositive();
    }

    /** Every request's median into column {@code column} of the figures. */
    private void measure(Http http, Map<String, String> lists, Map<String, double[]> figures, int column) {
        lists.forEach((name, query) -> figures.computeIfAbsent(name, key -> new double[3])[column] =
                median(() -> http.get("/api/petitions?" + query, "clerk").status() == 200));
        figures.computeIfAbsent(EXPORT, key -> new double[3])[column] = median(this::export10000);
        figures.computeIfAbsent(UPDATES, key -> new double[3])[column] = median(this::updates);
    }

    private static String shown(double millis) {
        return Double.isNaN(millis) ? "timed out (10 s)" : String.format("%.1f ms", millis);
    }

    private static Map<String, String> lists() {
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("first page (newest first)", "");
        lists.put("filtered: status + town", "status=FORWARDED&regionId=150102003");
        lists.put("filtered: overdue + date range", "overdue=true&from=2026-03-01&to=2026-03-31");
        lists.put("q: one common word 「停车」", "q=" + encode("停车"));
        lists.put("q: one rare word 「王家村」", "q=" + encode("王家村"));
        lists.put("q: one character 「灯」", "q=" + encode("灯"));
        lists.put("q: two words 「路灯 不亮」", "q=" + encode("路灯 不亮"));
        lists.put("q: two words + town 「停车 物业」", "q=" + encode("停车 物业") + "&regionId=150102007");
        lists.put("q: no match 「天然气管道」", "q=" + encode("天然气管道"));
        for (String column : List.of("title", "status", "source", "regionId", "submittedAt", "replyDueAt")) {
            lists.put("sort=" + column, "sort=" + column);
            lists.put("sort=-" + column, "sort=-" + column);
        }
        lists.put("deep page (page 4,000 of 20)", "page=4000");
        lists.put("deep page sorted by title", "page=4000&sort=title");
        return lists;
    }

    /**
     * 100,000 petitions of two years: a title of three to six and a content of 40 to 100 words from the vocabulary
     * of real petitions, one village name of 48 in each content (so that a place is a rare word), twenty towns.
     */
    private void fill() {
        long started = System.nanoTime();
        // The search index is built after the rows, as V9 builds it over an existing table (its time is printed);
        // one transaction without the pool's statement and transaction timeouts, which are for requests.
        String searchIndex = jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'petition_search_idx'")
                .query(String.class).single();
        double[] indexSeconds = new double[1];
        longTransaction().executeWithoutResult(status -> {
            jdbc.sql("SET LOCAL statement_timeout = 0").update();
            jdbc.sql("DROP INDEX read.petition_search_idx").update();
            jdbc.sql("""
                    WITH vocabulary AS (SELECT string_to_array('小区,停车,难,路灯,不亮,道路,破损,积水,排水,管道,堵塞,噪音,扰民,学校,周边,交通,拥堵,垃圾,'
                        || '清运,不及时,供暖,温度,不达标,自来水,水压,低,农田,灌溉,水渠,老旧,电梯,加装,养老,服务,医疗,看病,公交,线路,调整,'
                        || '菜市场,环境,卫生,村道,硬化,绿化,树木,修剪,违章,建筑,拆除,物业,收费,纠纷,房屋,漏水,燃气,安全,隐患,河道,污染,'
                        || '治理,健身,器材,损坏,幼儿园,入学,就业,培训,低保,申请,补贴,发放,快递,网点,充电桩,电动车,老年人,食堂,社区,活动,'
                        || '中心,群众,反映,希望,尽快,解决,问题,请求,有关部门,协调,处理,我们,居民,多次,长期,严重,影响,生活,出行,儿童,下雨,'
                        || '夜间,冬季,夏天', ',') AS words,
                        string_to_array('王,李,张,刘,陈,杨,赵,黄,周,吴,徐,孙', ',') AS names,
                        string_to_array('家村,庄,屯,营子', ',') AS places)
                    INSERT INTO read.petition (petition_id, status, source, region_id, station_id, deputy_id, petitioner_ref,
                                               title, content, submitted_at, reply_due_at, overdue, round, urge_count,
                                               last_global_index)
                    SELECT 'bench-' || g,
                           (ARRAY['SUBMITTED','ACCEPTED','FORWARDED','REPLIED','CLOSED','CLOSED','DECLINED'])[1 + g % 7],
                           (ARRAY['LETTER_OR_PHONE','STATION_VISIT','DEPUTY_QR_CODE','HOTLINE_12345'])[1 + g % 4],
                           '150102' || lpad((1 + g % 20)::text, 3, '0') || lpad((1 + g / 20 % 10)::text, 3, '0'),
                           NULL, 'd-' || (g % 300), 'person-' || g,
                           (SELECT string_agg(v.words[1 + floor(random() * array_length(v.words, 1))::int], '')
                            FROM (SELECT words) v, generate_series(1, 3 + g % 4) s WHERE g > -s),
                           (SELECT string_agg(v.words[1 + floor(random() * array_length(v.words, 1))::int],
                                              CASE WHEN random() < 0.15 THEN '，' ELSE '' END)
                            FROM (SELECT words) v, generate_series(1, 40 + g % 61) s WHERE g > -s)
                               || '。地点：' || names[1 + g % 12] || places[1 + g / 12 % 4] || '。',
                           timestamptz '2025-01-01 08:00:00+08' + g * interval '10 minutes',
                           CASE WHEN g % 7 IN (2, 3) THEN timestamptz '2025-01-01 08:00:00+08' + g * interval '10 minutes'
                                                       + interval '15 days' END,
                           g % 7 = 2 AND g % 3 = 0, 1, 0, g
                    FROM vocabulary, generate_series(1, ?) g""").param(CASES).update();
            jdbc.sql("""
                    INSERT INTO read.petition_unit (petition_id, unit_id)
                    SELECT petition_id, (ARRAY['u-water','u-roads','u-housing'])[1 + abs(hashtext(petition_id)) % 3]
                    FROM read.petition WHERE status IN ('FORWARDED', 'REPLIED', 'CLOSED')""").update();
            long indexing = System.nanoTime();
            jdbc.sql(searchIndex).update();
            indexSeconds[0] = (System.nanoTime() - indexing) / 1e9;
        });
        jdbc.sql("VACUUM ANALYZE read.petition").update();
        jdbc.sql("VACUUM ANALYZE read.petition_unit").update();
        System.out.printf("%nCase list benchmark: %,d petitions written and analysed in %.1f s, of which %.1f s "
                + "building petition_search_idx%n", CASES, (System.nanoTime() - started) / 1e9, indexSeconds[0]);
    }

    /** The export's own path without its row limit: 10,000 rows, read, turned into views and written as .xlsx. */
    private boolean export10000() {
        CaseList<PetitionRow, PetitionViews.PetitionView> list = queries.list();
        longTransaction().executeWithoutResult(status -> {
            try (XlsxTable<PetitionViews.PetitionView> table = new XlsxTable<>(OutputStream.nullOutputStream(),
                    "民意诉求", PetitionController.EXPORT)) {
                list.forEachChunk(PetitionQueries.where(new PetitionFilter(null, null, null, null, null, null, null,
                        null, null, null, null), CLERK),
                        PetitionQueries.ORDER.of("title"), 10_000, 500, table::rows);
            }
        });
        return true;
    }

    /** 200 petitions' status changed one statement and transaction each, as the projection writes a row per event. */
    private boolean updates() {
        for (int i = 0; i < 200; i++) {
            jdbc.sql("""
                    UPDATE read.petition SET status = CASE status WHEN 'ACCEPTED' THEN 'FORWARDED' ELSE 'ACCEPTED' END,
                                             last_global_index = last_global_index + 1
                    WHERE petition_id = ?""").param("bench-" + (1 + i * 5)).update();
        }
        return true;
    }

    /** A transaction of up to ten minutes: the application's ten seconds are for requests. */
    private TransactionTemplate longTransaction() {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setTimeout(600);
        return template;
    }

    private long searchIndexScans() {
        return jdbc.sql("SELECT coalesce(sum(idx_scan), 0) FROM pg_stat_user_indexes WHERE indexrelname = ?")
                .param("petition_search_idx").query(Long.class).single();
    }

    /** The list's total, or -1 when the request failed (a timeout, shown as such in the figures). */
    private static long total(Http http, String query) {
        Http.Response response = http.get("/api/petitions?" + query, "clerk");
        return response.status() == 200 ? response.json().get("totalElements").asLong() : -1;
    }

    /**
     * Median milliseconds of {@link #RUNS} runs after one to warm up; NaN as soon as a run fails (the application's
     * ten-second transaction timeout), so that a hopeless baseline does not take minutes.
     */
    private static double median(BooleanSupplier request) {
        if (!request.getAsBoolean()) {
            return Double.NaN;
        }
        double[] millis = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long started = System.nanoTime();
            if (!request.getAsBoolean()) {
                return Double.NaN;
            }
            millis[run] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

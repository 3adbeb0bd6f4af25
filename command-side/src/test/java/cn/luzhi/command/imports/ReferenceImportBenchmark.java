package cn.luzhi.command.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.support.CommandSideIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prints how long importing deputies from Excel takes, for a 500-row file beside a 50-row baseline in the same run
 * (dry run, import, the same file again), against real PostgreSQL over HTTP. Figures, not assertions: not part of
 * {@code mvn verify}; run it with
 * {@code mvn -B -pl command-side -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ReferenceImportBenchmark}.
 * Size it with {@code -Dbenchmark.rows=N} (default 500).
 */
class ReferenceImportBenchmark extends CommandSideIntegrationTest {

    private static final int ROWS = Integer.getInteger("benchmark.rows", 500);
    private static final int BASELINE = 50;
    private static final List<String> HEADERS = List.of("姓名", "性别", "民族", "代表层级", "选区", "联络站", "专业小组", "届次",
            "任期起始年", "任期截止年", "调解员库", "登录名");

    @Test
    void measure() {
        String run = Long.toString(System.nanoTime(), 36);
        // Warm-up: the first requests load classes and fill caches that every later import finds ready.
        measure("warm-up", deputies(run + "w", 20, false));
        System.out.println();
        System.out.printf("%-40s %10s %10s %12s %10s%n", "file", "dry run", "import", "same again", "rows/s");
        measure(BASELINE + " deputies (baseline)", deputies(run + "a", BASELINE, false));
        measure(ROWS + " deputies", deputies(run + "b", ROWS, false));
        measure(BASELINE + " deputies with accounts", deputies(run + "c", BASELINE, true));
    }

    private void measure(String label, byte[] file) {
        long t0 = System.nanoTime();
        ImportFiles.Answer dryRun = ImportFiles.upload(port, "admin", PASSWORD, "deputies", "bench.xlsx", file, true);
        long t1 = System.nanoTime();
        ImportFiles.Answer imported = ImportFiles.upload(port, "admin", PASSWORD, "deputies", "bench.xlsx", file, false);
        long t2 = System.nanoTime();
        ImportFiles.Answer again = ImportFiles.upload(port, "admin", PASSWORD, "deputies", "bench.xlsx", file, false);
        long t3 = System.nanoTime();
        assertThat(List.of(dryRun.status(), imported.status(), again.status())).as(String.valueOf(imported.json()))
                .containsOnly(200);
        int rows = imported.json().get("rows").size();
        if (!label.equals("warm-up")) {
            System.out.printf("%-40s %9.2fs %9.2fs %11.2fs %10.0f%n", label, seconds(t1 - t0), seconds(t2 - t1),
                    seconds(t3 - t2), rows / seconds(t2 - t1));
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static byte[] deputies(String run, int count, boolean accounts) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(List.of("代表" + run + i, i % 2 == 0 ? "女" : "男", "汉族", "县（区）人大代表", "第" + (i % 20 + 1) + "选区",
                    "示范区代表之家", "社会建设", "18", "2021", "2026", i % 10 == 0 ? "是" : "否",
                    accounts ? "b" + run + i : ""));
        }
        return ImportFiles.xlsx(HEADERS, rows);
    }
}

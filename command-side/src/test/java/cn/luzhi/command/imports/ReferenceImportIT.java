package cn.luzhi.command.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.support.CommandSideIntegrationTest;
import cn.luzhi.command.support.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Importing deputies, units and stations from Excel: the dry run's plan per row, the import through the commands
 * with who and why, the same file twice (nothing the second time), a file with row errors (nothing at all) and
 * spoilt files of every kind (refused, nothing appended).
 */
class ReferenceImportIT extends CommandSideIntegrationTest {

    private static final List<String> DEPUTY_HEADERS = List.of("姓名*", "性别*", "民族", "代表层级*", "选区*", "联络站*",
            "专业小组*", "届次*", "任期起始年*", "任期截止年*", "手机号码", "调解员库", "登录名");
    private static final String STATION_NAME = "示范区代表之家";

    private final String run = Long.toString(System.nanoTime(), 36);

    private List<String> deputy(String name, String group, String pool, String login) {
        return List.of(name, "女", "汉族", "县（区）人大代表", "第" + run + "选区", STATION_NAME, group, "18", "2021", "2026",
                "13900000000", pool, login);
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }

    private ImportFiles.Answer upload(String kind, String fileName, byte[] file, boolean dryRun) {
        return ImportFiles.upload(port, "admin", PASSWORD, kind, fileName, file, dryRun);
    }

    private static List<String> actions(JsonNode report) {
        return StreamSupport.stream(report.get("rows").spliterator(), false).map(row -> row.get("action").asText())
                .toList();
    }

    @Test
    void shouldShowADryRunThenImportAndChangeNothingWhenTheSameFileComesAgain() {
        String login = "imp" + run;
        byte[] file = ImportFiles.xlsx(DEPUTY_HEADERS, List.of(
                deputy("王晓梅" + run, "社会建设", "", login),
                deputy("乌云" + run, "科教文卫", "是", "")));
        long before = events();

        ImportFiles.Answer dryRun = upload("deputies", "代表名单.xlsx", file, true);
        assertThat(dryRun.status()).as(String.valueOf(dryRun.json())).isEqualTo(200);
        assertThat(actions(dryRun.json())).containsExactly("新建", "新建");
        assertThat(dryRun.json().get("rows").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(dryRun.json().get("rows").get(0).get("changes").toString()).contains("开设代表账号「" + login + "」");
        assertThat(dryRun.json().get("rows").get(1).get("changes").toString()).contains("加入调解员库");
        assertThat(events()).as("a dry run appends nothing").isEqualTo(before);

        ImportFiles.Answer imported = upload("deputies", "代表名单.xlsx", file, false);
        assertThat(imported.status()).as(String.valueOf(imported.json())).isEqualTo(200);
        assertThat(imported.json().get("imported").asBoolean()).isTrue();
        assertThat(imported.json().get("accounts").get(0).get("username").asText()).isEqualTo(login);
        assertThat(imported.json().get("accounts").get(0).get("oneTimePassword").asText()).hasSizeGreaterThan(9);
        // Two deputies registered, one account opened, one deputy added to the mediator pool.
        assertThat(events()).isEqualTo(before + 4);
        String deputyId = imported.json().get("rows").get(0).get("id").asText();
        assertThat(jdbc.sql("""
                        SELECT convert_from(meta_data, 'UTF8')::jsonb ->> 'actorId' || ' / '
                               || (convert_from(meta_data, 'UTF8')::jsonb ->> 'reason')
                          FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0""")
                .param(deputyId).query(String.class).single())
                .isEqualTo("admin / Excel导入: 代表名单.xlsx 第2行");
        assertThat(api.get("/api/admin/accounts?q=" + login, "admin", PASSWORD).json().get(0).get("deputyId").asText())
                .isEqualTo(deputyId);

        long afterFirst = events();
        ImportFiles.Answer again = upload("deputies", "代表名单.xlsx", file, false);
        assertThat(again.status()).isEqualTo(200);
        assertThat(actions(again.json())).containsExactly("无变化", "无变化");
        assertThat(again.json().get("accounts")).isEmpty();
        assertThat(events()).as("the same file again appends nothing").isEqualTo(afterFirst);

        byte[] changed = ImportFiles.xlsx(DEPUTY_HEADERS, List.of(
                deputy("王晓梅" + run, "城建环保", "", login),
                deputy("乌云" + run, "科教文卫", "否", "")));
        ImportFiles.Answer update = upload("deputies", "代表名单-调整.xlsx", changed, false);
        assertThat(update.status()).as(String.valueOf(update.json())).isEqualTo(200);
        assertThat(actions(update.json())).containsExactly("更新", "更新");
        assertThat(update.json().get("rows").get(0).get("changes").get(0).asText()).isEqualTo("专业小组调整为「城建环保」");
        assertThat(events()).isEqualTo(afterFirst + 2);
    }

    @Test
    void shouldNameEveryRowErrorAndImportNothingWhenAnyRowIsWrong() {
        List<String> wrong = new ArrayList<>(deputy("错误" + run, "不存在的小组", "也许", ""));
        wrong.set(1, "未知");
        wrong.set(5, "没有这个站");
        byte[] file = ImportFiles.xlsx(DEPUTY_HEADERS, List.of(deputy("正确" + run, "社会建设", "", ""), wrong,
                deputy("正确" + run, "社会建设", "", "")));
        long before = events();

        ImportFiles.Answer dryRun = upload("deputies", "有错.xlsx", file, true);
        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(actions(dryRun.json())).containsExactly("新建", "错误", "错误");
        JsonNode errors = dryRun.json().get("rows").get(1).get("errors");
        assertThat(StreamSupport.stream(errors.spliterator(), false)
                .map(error -> error.get("row").asInt() + ":" + error.get("column").asText()).toList())
                .containsExactlyInAnyOrder("3:性别", "3:专业小组", "3:调解员库", "3:联络站");
        assertThat(errors.toString()).contains("「未知」不是可选值，可选：男、女").contains("站点「没有这个站」不存在或已关闭");
        assertThat(dryRun.json().get("rows").get(2).get("errors").get(0).get("message").asText())
                .isEqualTo("与第2行是同一条记录，请合并为一行");

        ImportFiles.Answer refused = upload("deputies", "有错.xlsx", file, false);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asText()).contains("未导入任何一行");
        assertThat(refused.json().get("report").get("totals").get("错误").asInt()).isEqualTo(2);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void shouldImportStationsAndUnitsOnceAndTheirTemplates() {
        byte[] stations = ImportFiles.xlsx(List.of("名称", "类型", "设置地", "层级", "所属区划", "地址", "开设日期"), List.of(
                List.of("导入站" + run, "代表联络站", "镇（乡、苏木、街道）", "乡级", ReferenceData.TOWNS.get(0), "示范路2号",
                        "2024/3/1")));
        assertThat(actions(upload("stations", "站点.xlsx", stations, false).json())).containsExactly("新建");
        long before = events();
        assertThat(actions(upload("stations", "站点.xlsx", stations, false).json())).containsExactly("无变化");
        byte[] moved = ImportFiles.xlsx(List.of("名称", "类型", "设置地", "层级", "所属区划", "地址", "开设日期"), List.of(
                List.of("导入站" + run, "代表联络站", "镇（乡、苏木、街道）", "乡级", ReferenceData.TOWNS.get(1), "示范路3号",
                        "2024-03-01")));
        ImportFiles.Answer move = upload("stations", "站点.xlsx", moved, false);
        assertThat(move.json().get("rows").get(0).get("changes").get(0).asText()).startsWith("迁址");
        assertThat(events()).isEqualTo(before + 1);

        byte[] units = ImportFiles.xlsx(List.of("名称", "类型", "所属区划", "联系处室"), List.of(
                List.of("导入局" + run, "政府部门", ReferenceData.DISTRICT, "办公室"),
                List.of("导入法院" + run, "人民法院", "999999", "立案庭")));
        ImportFiles.Answer unitsDryRun = upload("units", "单位.xlsx", units, true);
        assertThat(actions(unitsDryRun.json())).containsExactly("新建", "错误");
        assertThat(unitsDryRun.json().get("rows").get(1).get("errors").get(0).get("message").asText())
                .isEqualTo("行政区划「999999」不存在或已撤并");

        for (String kind : List.of("deputies", "units", "stations")) {
            var template = api.get("/api/admin/imports/" + kind + "/template.xlsx", "admin", PASSWORD);
            assertThat(template.status()).isEqualTo(200);
            assertThat(template.header("Content-Type")).contains("spreadsheetml");
        }
        assertThat(api.get("/api/admin/imports/units/template.xlsx", "clerk", PASSWORD).status()).isEqualTo(403);
        assertThat(ImportFiles.upload(port, "clerk", PASSWORD, "units", "单位.xlsx", units, true).status()).isEqualTo(403);
    }

    @Test
    void shouldRefuseSpoiltFilesOfEveryKindAndAppendNothing() {
        long before = events();
        List<String> deputyRow = deputy("坏文件" + run, "社会建设", "", "");
        assertRefused("deputies", "不是表格".getBytes(StandardCharsets.UTF_8), "不是 Excel 工作簿");
        assertRefused("deputies", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, "旧版 Excel（.xls）");
        assertRefused("deputies", new byte[]{'P', 'K', 3, 4, 1, 2, 3}, "文件已损坏");
        assertRefused("deputies", ImportFiles.xlsx(List.of("姓名", "性别", "出生日期"), List.of(deputyRow)),
                "「出生日期」不是本模板的列");
        assertRefused("units", ImportFiles.xlsx(List.of("名称"), List.of(List.of("某局"))), "缺少必填列「类型」");
        assertRefused("stations", ImportFiles.emptyRows(2_000_000, false), "解压后超过 20 MB");
        ImportFiles.Answer large = upload("stations", "空行.xlsx", ImportFiles.emptyRows(1_000_000, true), false);
        assertThat(large.status()).as("a file over the upload limit").isEqualTo(413);
        assertThat(large.json().get("detail").asText()).isEqualTo("请求体过大：最多 1024 KB");
        assertRefused("deputies", ImportFiles.xlsx(sheet -> {
            for (int c = 0; c < DEPUTY_HEADERS.size(); c++) {
                sheet.value(0, c, DEPUTY_HEADERS.get(c));
                sheet.value(1, c, deputyRow.get(c));
            }
            sheet.formula(1, 7, "=17+1");
        }), "第2行H列是公式");
        assertRefused("units", ImportFiles.xlsx(sheet -> {
            List<String> headers = List.of("名称", "类型", "所属区划", "联系处室");
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
            }
            sheet.value(1, 0, "合并局");
            sheet.range(1, 0, 2, 0).merge();
        }), "合并单元格（A2:A3）");
        List<List<String>> tooMany = new ArrayList<>();
        for (int i = 0; i < 5001; i++) {
            tooMany.add(List.of("局" + i, "政府部门", ReferenceData.DISTRICT, "办公室"));
        }
        assertRefused("units", ImportFiles.xlsx(List.of("名称", "类型", "所属区划", "联系处室"), tooMany), "超过 5000 行");
        assertThat(events()).isEqualTo(before);
    }

    private void assertRefused(String kind, byte[] file, String message) {
        ImportFiles.Answer answer = upload(kind, "坏.xlsx", file, false);
        assertThat(answer.status()).as(String.valueOf(answer.json())).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
        assertThat(answer.json().get("errors").toString()).contains(message);
    }
}

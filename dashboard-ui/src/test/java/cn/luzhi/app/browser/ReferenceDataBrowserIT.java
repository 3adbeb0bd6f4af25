package cn.luzhi.app.browser;

import static cn.luzhi.app.browser.WorkbenchSteps.choose;
import static cn.luzhi.app.browser.WorkbenchSteps.dialog;
import static cn.luzhi.app.browser.WorkbenchSteps.startAs;
import static cn.luzhi.app.browser.WorkbenchSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/**
 * 基础数据 in a real browser, pages alone: the administrator opens a station and registers a deputy at it through the
 * forms, then imports two more deputies from an .xlsx: the dry run shows each row as 新建 before anything is sent,
 * the import sends them, and a second dry run of the same file shows 无变化.
 */
class ReferenceDataBrowserIT {

    @Test
    void shouldOpenAStationRegisterADeputyAndImportDeputiesAfterADryRun() {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        new CockpitCases(browser.base(), WorkPagesBrowser.PASSWORD).registerReferenceData();
        String mark = String.valueOf(System.nanoTime() % 1_000_000);
        String station = "东河镇代表联络站" + mark;
        List<String> blocked = new ArrayList<>();

        Page admin = startAs(browser, "admin", "/admin-accounts.html", blocked);
        admin.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("页面导航"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("基础数据")).click();
        admin.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("联络站")).click();

        // A station, opened through its form.
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开设站点")).click();
        Locator open = dialog(admin, "开设站点");
        open.getByLabel("名称").fill(station);
        choose(admin, open.getByLabel("类型"), "代表联络站");
        choose(admin, open.getByLabel("设置地"), "镇（乡、苏木、街道）");
        choose(admin, open.getByLabel("层级"), "乡级");
        choose(admin, open.getByLabel("所属区划"), "东河镇");
        open.getByLabel("地址").fill("东河镇政府一楼");
        open.getByLabel("开设日期").fill("2024-05-01");
        open.getByLabel("开设日期").press("Enter");
        submit(open);
        PlaywrightAssertions.assertThat(open).isHidden();
        Locator stationRow = admin.locator(".el-table__row").filter(new Locator.FilterOptions().setHasText(station));
        PlaywrightAssertions.assertThat(stationRow).containsText("开放");
        PlaywrightAssertions.assertThat(stationRow.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("打印"))).isVisible();

        // A deputy at that station; a form left incomplete is refused beside its fields first.
        admin.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("代表")).click();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记代表")).click();
        Locator register = dialog(admin, "登记代表");
        submit(register);
        PlaywrightAssertions.assertThat(register.locator(".el-form-item__error").first()).containsText("请填写");
        register.getByLabel("姓名").fill("高志远" + mark);
        choose(admin, register.getByLabel("性别"), "男");
        choose(admin, register.getByLabel("代表层级"), "县（区）人大代表");
        register.getByLabel("选区").fill("第五选区");
        choose(admin, register.getByLabel("联络站"), station);
        choose(admin, register.getByLabel("专业小组"), "农业农村与生态");
        register.getByLabel("届次").fill("12");
        register.getByLabel("任期起始年").fill("2022");
        register.getByLabel("任期截止年").fill("2027");
        submit(register);
        PlaywrightAssertions.assertThat(register).isHidden();
        admin.getByLabel("搜索").fill(mark);
        PlaywrightAssertions.assertThat(admin.locator(".el-table__row")
                .filter(new Locator.FilterOptions().setHasText("高志远" + mark))).containsText(station);

        // Two more from Excel: a dry run first, then the import.
        admin.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Excel导入")).click();
        admin.locator("input[type=file]").setInputFiles(new FilePayload("东河镇代表.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", deputies(station, mark)));
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("预演")).click();
        PlaywrightAssertions.assertThat(admin.getByLabel("导入统计")).containsText("新建 2 行");
        Locator rows = admin.locator(".el-table__row");
        PlaywrightAssertions.assertThat(rows).hasCount(2);
        PlaywrightAssertions.assertThat(rows.first()).containsText("登记代表「李春燕" + mark + "」");
        PlaywrightAssertions.assertThat(admin.getByText("尚未导入任何内容", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        admin.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("..", "docs", "admin-import.png")));
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("导入").setExact(true)).click();
        PlaywrightAssertions.assertThat(admin.getByText("已导入「东河镇代表.xlsx」")).isVisible();

        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("预演")).click();
        PlaywrightAssertions.assertThat(admin.getByLabel("导入统计")).containsText("无变化 2 行");
        PlaywrightAssertions.assertThat(admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("导入")
                .setExact(true))).isDisabled();

        admin.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("代表")).click();
        admin.getByLabel("搜索").fill(mark);
        PlaywrightAssertions.assertThat(admin.locator(".el-table__row")).hasCount(3);

        admin.context().close();
        assertThat(blocked).as("what the Content-Security-Policy blocked").isEmpty();
    }

    private static byte[] deputies(String station, String mark) {
        List<String> headers = List.of("姓名*", "性别*", "代表层级*", "选区*", "联络站*", "专业小组*", "届次*", "任期起始年*",
                "任期截止年*");
        List<List<String>> rows = List.of(
                List.of("李春燕" + mark, "女", "县（区）人大代表", "第五选区", station, "社会建设", "12", "2022", "2027"),
                List.of("巴特尔" + mark, "男", "县（区）人大代表", "第六选区", station, "财政经济", "12", "2022", "2027"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("代表");
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                for (int r = 0; r < rows.size(); r++) {
                    sheet.value(r + 1, c, rows.get(r).get(c));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

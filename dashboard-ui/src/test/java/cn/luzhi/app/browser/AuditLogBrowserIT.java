package cn.luzhi.app.browser;

import static cn.luzhi.app.browser.WorkbenchSteps.choose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 审计日志 in a real browser: cases created through the command API by the accounts whose work it is, then found
 * on the page by an auditor filtering by role and case type, and downloaded as CSV through the page's own button.
 */
class AuditLogBrowserIT {

    @Test
    void shouldFindADeputysActsOnPetitionsAndExportThemAsCsvThatExcelOpens() throws IOException {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        CockpitCases cases = new CockpitCases(browser.base(), WorkPagesBrowser.PASSWORD);
        cases.registerReferenceData();
        String petition = cases.forwardedPetition(CockpitCases.TOWNS.get(1), "审计日志：村口路灯不亮",
                Instant.now().plus(30, ChronoUnit.DAYS));
        cases.mediatedCase(CockpitCases.TOWNS.get(1), "NEIGHBOURS", "审计日志：邻里排水纠纷", true);
        StaffApi auditor = browser.api("auditor");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                auditor.get("/api/audit/events?role=DEPUTY&caseType=PETITION").body().contains(petition));

        List<String> dialogs = WorkPagesBrowser.dialogs();
        Page page = browser.openAs("auditor", "audit-log.html", dialogs);
        choose(page, page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("角色")), "人大代表");
        choose(page, page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("案件类型")), "民意诉求");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();

        Locator results = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("查询结果"));
        Locator ours = results.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(petition));
        PlaywrightAssertions.assertThat(ours).hasCount(2);
        PlaywrightAssertions.assertThat(ours.nth(0)).containsText("诉求转交承办单位");
        PlaywrightAssertions.assertThat(ours.nth(0)).containsText("请住建局核实办理");
        PlaywrightAssertions.assertThat(ours.nth(1)).containsText("代表受理诉求");
        PlaywrightAssertions.assertThat(ours.nth(1).getByRole(AriaRole.LINK))
                .hasAttribute("href", "trace.html?case=" + petition);
        // Every row the filters let through is a deputy's act on a petition: the mediation case and the clerk's
        // registration of the petition are not among them.
        List<String> roles = results.locator("tbody tr td:nth-child(7)").allInnerTexts();
        List<String> types = results.locator("tbody tr td:nth-child(3)").allInnerTexts();
        assertThat(roles).isNotEmpty().allMatch("人大代表"::equals);
        assertThat(types).allMatch("民意诉求"::equals);
        PlaywrightAssertions.assertThat(results.locator("tbody")).not().containsText("收到群众诉求");

        Download download = page.waitForDownload(() -> page.getByText("导出CSV").click());

        assertThat(download.suggestedFilename()).startsWith("审计日志-").endsWith(".csv");
        byte[] csv = Files.readAllBytes(download.path());
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = Arrays.asList(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).startsWith("全局序号,事件编号,时间,案件类型,案件编号,操作,");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",民意诉求," + petition + ",代表受理诉求,")
                .contains(",人大代表,").contains("由本代表跟进"));
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).contains(",人大代表,"));
        assertThat(dialogs).isEmpty();
        page.context().close();
    }
}

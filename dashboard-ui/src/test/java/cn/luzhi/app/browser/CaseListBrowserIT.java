package cn.luzhi.app.browser;

import static cn.luzhi.app.browser.WorkbenchSteps.choose;
import static cn.luzhi.app.browser.WorkbenchSteps.goTo;
import static cn.luzhi.app.browser.WorkbenchSteps.screenshot;
import static cn.luzhi.app.browser.WorkbenchSteps.startAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.luzhi.query.support.Workbooks;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Case lists in a real browser, pages alone: a clerk finds petitions by a Chinese word of their titles (no word
 * segmentation) and a region picked by name, and mediation cases by their case number, orders them by a column, and
 * downloads the list as an Excel workbook whose rows are the rows the page shows, in its order; the search and order
 * stay in the address; the ballot and project lists have the same frame; the Content-Security-Policy blocks nothing.
 */
class CaseListBrowserIT {

    @Test
    void shouldSearchSortAndExportAPetitionListAsTheClerkSeesIt() throws IOException {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        CockpitCases cases = new CockpitCases(browser.base(), WorkPagesBrowser.PASSWORD);
        cases.registerReferenceData();
        String mark = "列表" + System.nanoTime() % 1_000_000;
        List<String> parking = List.of("地下车库停车难" + mark, "公园门口停车收费" + mark);
        for (String title : List.of(parking.get(0), "小区路灯不亮" + mark, parking.get(1))) {
            cases.submitPetition(CockpitCases.TOWNS.get(0), title);
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                cases.clerk().number("/api/petitions?q=" + encode(mark), "$.totalElements") == 3);
        List<String> blocked = new ArrayList<>();

        Page clerk = startAs(browser, "clerk", "/todo.html", blocked);
        goTo(clerk, "民意诉求", "/petitions.html");
        clerk.getByLabel("关键词").fill("停车 " + mark);
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
        Locator list = clerk.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("诉求列表"));
        Locator titles = list.locator("tbody tr td:first-child");
        // Newest first: the second parking petition was registered last.
        PlaywrightAssertions.assertThat(titles).hasText(new String[] {parking.get(1), parking.get(0)});

        // The region is picked by name: the petitions are 城关镇's, none is 东河镇's.
        choose(clerk, clerk.getByLabel("区域", new Page.GetByLabelOptions().setExact(true)), "东河镇");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
        PlaywrightAssertions.assertThat(list.locator("tbody tr td:first-child")).hasCount(0);
        assertThat(clerk.url()).contains("regionId=" + CockpitCases.TOWNS.get(1));
        choose(clerk, clerk.getByLabel("区域", new Page.GetByLabelOptions().setExact(true)), "城关镇");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
        PlaywrightAssertions.assertThat(titles).hasText(new String[] {parking.get(1), parking.get(0)});

        // Oldest first by the 登记时间 column's ascending arrow; the words and the order stay in the address.
        list.locator("th").filter(new Locator.FilterOptions().setHasText("登记时间")).locator(".sort-caret.ascending")
                .click();
        PlaywrightAssertions.assertThat(titles).hasText(parking.toArray(String[]::new));
        assertThat(clerk.url()).contains("q=" + encode("停车 " + mark)).contains("sort=submittedAt");

        Download download = exported(clerk);
        assertThat(download.suggestedFilename()).startsWith("民意诉求-");
        List<List<String>> rows = rows(download);
        assertThat(rows.get(0)).startsWith("诉求编号", "标题", "状态");
        assertThat(rows.subList(1, rows.size()).stream().map(row -> row.get(1)).toList()).isEqualTo(parking);
        assertThat(rows.get(1).get(2)).isEqualTo("待受理");
        clerk.screenshot(new Page.ScreenshotOptions().setPath(screenshot("case-list-search.png")).setFullPage(true));

        clerk.context().close();
        assertThat(blocked).as("what the Content-Security-Policy blocked").isEmpty();
    }

    @Test
    void shouldSearchSortAndExportTheMediationListByTheReferringCourt() throws IOException {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        CockpitCases cases = new CockpitCases(browser.base(), WorkPagesBrowser.PASSWORD);
        cases.registerReferenceData();
        // A court of this test's own, so that its filter selects exactly the cases referred here.
        long mark = System.nanoTime() % 1_000_000;
        String court = "u-court-list-" + mark;
        String courtName = "列表法院" + mark;
        browser.api("admin").ensure("/api/units", """
                {"handlingUnitId": "%s", "name": "%s", "kind": "COURT", "regionId": "%s", "contactOffice": "立案庭"}"""
                .formatted(court, courtName, CockpitCases.DISTRICT));
        List<String> referred = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            referred.add(cases.clerk().create("/api/mediation-cases", """
                    {"courtId": "%s", "disputeType": "NEIGHBOURS", "regionId": "%s",
                     "parties": [{"name": "刘某"}, {"name": "陈某"}], "summary": "相邻关系纠纷%d"}"""
                    .formatted(court, CockpitCases.TOWNS.get(0), i)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                cases.clerk().number("/api/mediation-cases?unitId=" + court, "$.totalElements") == 2
                        && cases.clerk().get("/api/units").body().contains(courtName));
        List<String> blocked = new ArrayList<>();

        Page clerk = startAs(browser, "clerk", "/todo.html", blocked);
        goTo(clerk, "调解案件", "/mediation-cases.html");
        Locator filters = clerk.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("筛选条件"));
        choose(clerk, filters.getByLabel("委派法院"), courtName);
        Locator search = clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询"));
        search.click();
        Locator list = clerk.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("调解案件列表"));
        Locator shown = list.locator("tbody tr td:first-child");
        // Newest referral first.
        PlaywrightAssertions.assertThat(shown).containsText(shortIds(List.of(referred.get(1), referred.get(0))));

        // Oldest first by the 委派时间 column's ascending arrow; the court and the order stay in the address.
        list.locator("th").filter(new Locator.FilterOptions().setHasText("委派时间")).locator(".sort-caret.ascending")
                .click();
        PlaywrightAssertions.assertThat(shown).containsText(shortIds(referred));
        assertThat(clerk.url()).contains("unitId=" + court).contains("sort=referredAt");

        List<List<String>> rows = rows(exported(clerk));
        assertThat(rows.get(0)).startsWith("案件编号", "纠纷类型", "状态", "区域", "委派法院");
        assertThat(rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList()).isEqualTo(referred);
        assertThat(rows.get(1).get(4)).isEqualTo(courtName);

        // A case found by its case number, as the list shows it.
        String word = referred.get(1).substring(0, 8);
        clerk.getByLabel("关键词").fill(word);
        search.click();
        PlaywrightAssertions.assertThat(shown).containsText(new String[] {word});
        assertThat(clerk.url()).contains("q=" + word);
        List<List<String>> found = rows(exported(clerk));
        assertThat(found.subList(1, found.size()).stream().map(row -> row.get(0)).toList())
                .isEqualTo(List.of(referred.get(1)));
        clerk.screenshot(new Page.ScreenshotOptions().setPath(screenshot("case-list-mediation.png")).setFullPage(true));

        clerk.context().close();
        assertThat(blocked).as("what the Content-Security-Policy blocked").isEmpty();
    }

    @Test
    void shouldShowBallotsAndProjectsInTheSameFrame() {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        List<String> blocked = new ArrayList<>();
        Page clerk = startAs(browser, "clerk", "/todo.html", blocked);
        goTo(clerk, "民生实事票决", "/ballots.html");
        assertSearchesSortsAndExports(clerk, "票决列表", "年度", "sort=year");
        goTo(clerk, "民生实事项目", "/projects.html");
        assertSearchesSortsAndExports(clerk, "民生实事项目列表", "预算", "sort=budget");

        clerk.context().close();
        assertThat(blocked).as("what the Content-Security-Policy blocked").isEmpty();
    }

    /** The list has the search box and the export, and sorting by the column puts the order in the address. */
    private static void assertSearchesSortsAndExports(Page page, String listName, String column, String inAddress) {
        Locator filters = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("筛选条件"));
        PlaywrightAssertions.assertThat(filters.getByLabel("关键词")).isVisible();
        PlaywrightAssertions.assertThat(filters.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("导出Excel"))).isVisible();
        page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(listName)).locator("th")
                .filter(new Locator.FilterOptions().setHasText(column)).locator(".sort-caret.ascending").click();
        page.waitForURL(url -> url.contains(inAddress));
    }

    /** The list the page shows, downloaded by its 导出Excel button. */
    private static Download exported(Page page) {
        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("导出Excel")).click());
        assertThat(download.suggestedFilename()).endsWith(".xlsx");
        return download;
    }

    /** The case numbers as the mediation list shows them: their first eight characters. */
    private static String[] shortIds(List<String> ids) {
        return ids.stream().map(id -> id.substring(0, 8)).toArray(String[]::new);
    }

    private static List<List<String>> rows(Download download) throws IOException {
        try (InputStream file = Files.newInputStream(download.path())) {
            return Workbooks.rows(file);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

package cn.luzhi.app.browser;

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
 * A case list in a real browser, pages alone: a clerk finds petitions by a Chinese word of their titles (no word
 * segmentation), orders them by a column, and downloads the list as an Excel workbook whose rows are the rows the
 * page shows, in its order; the search and order stay in the address; the Content-Security-Policy blocks nothing.
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

        Page clerk = startAs(browser, "clerk", "/petitions.html", blocked);
        clerk.getByLabel("关键词").fill("停车 " + mark);
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
        Locator list = clerk.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("诉求列表"));
        Locator titles = list.locator("tbody tr td:first-child");
        // Newest first: the second parking petition was registered last.
        PlaywrightAssertions.assertThat(titles).hasText(new String[] {parking.get(1), parking.get(0)});

        // Oldest first by the 登记时间 column's ascending arrow; the words and the order stay in the address.
        list.locator("th").filter(new Locator.FilterOptions().setHasText("登记时间")).locator(".sort-caret.ascending")
                .click();
        PlaywrightAssertions.assertThat(titles).hasText(parking.toArray(String[]::new));
        assertThat(clerk.url()).contains("q=" + encode("停车 " + mark)).contains("sort=submittedAt");

        Download download = clerk.waitForDownload(() ->
                clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("导出Excel")).click());
        assertThat(download.suggestedFilename()).startsWith("民意诉求-").endsWith(".xlsx");
        List<List<String>> rows = rows(download);
        assertThat(rows.get(0)).startsWith("诉求编号", "标题", "状态");
        assertThat(rows.subList(1, rows.size()).stream().map(row -> row.get(1)).toList()).isEqualTo(parking);
        assertThat(rows.get(1).get(2)).isEqualTo("待受理");
        clerk.screenshot(new Page.ScreenshotOptions().setPath(screenshot("case-list-search.png")).setFullPage(true));

        clerk.context().close();
        assertThat(blocked).as("what the Content-Security-Policy blocked").isEmpty();
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

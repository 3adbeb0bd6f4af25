package cn.luzhi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.luzhi.app.TestApplications;
import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The leaders' cockpit in a real browser: headless Chromium logs in through the Chinese login page, watches a
 * figure follow the STOMP live feed without a reload, and shows a stored title full of markup as plain text.
 * Skipped, not failed, where no Chromium is installed (a developer's laptop); .ci/run installs Debian's.
 */
// Only for the picture: the screenshot is taken before the markup test adds its overdue case to the list.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CockpitBrowserIT {

    private static final String PASSWORD = "cockpit-browser-password";
    private static final Path SCREENSHOT = Paths.get("target", "cockpit.png");
    private static final String MARKUP_TITLE = "<img src=x onerror=alert(1)>";
    private static final String SUMMARY = "/api/cockpit/summary?period=YEAR";

    @TempDir
    static Path dataDir;

    /** Why the test cannot run on this machine, or null. */
    private static String missing;
    private static ConfigurableApplicationContext app;
    private static URI base;
    private static CockpitCases cases;
    private static StaffApi leaderApi;
    private static Playwright playwright;
    private static Browser browser;

    private BrowserContext context;
    private CspViolations cspViolations;
    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    private final List<String> stompMessages = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startApplicationAndBrowser() {
        missing = WorkPagesBrowser.whyNoBrowser();
        if (missing != null) {
            // An assumption failing in @BeforeAll leaves no trace in Maven's summary; each skipped test does.
            System.err.println(missing);
            return;
        }

        app = TestApplications.start(dataDir, PASSWORD, "--luzhi.accounts.demo-deputy-id=" + CockpitCases.LEAD_DEPUTY,
                "--luzhi.accounts.demo-unit-id=" + CockpitCases.UNIT);
        base = TestApplications.baseUri(app);
        cases = new CockpitCases(base, PASSWORD);
        cases.registerReferenceData();
        leaderApi = new StaffApi(base, "leader", PASSWORD);

        // Starting the application and its processors on two busy cores can take a while before the first summary.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(WorkPagesBrowser.launchOptions());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void requireBrowser() {
        assumeTrue(missing == null, missing);
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            List<String> blocked = cspViolations.seen();
            context.close();
            assertThat(blocked).as("what the Content-Security-Policy blocked").isEmpty();
        }
    }

    @Test
    @Order(1)
    void shouldCountANewPetitionOnScreenWithinTwoSecondsWithoutReloading() {
        Page page = openCockpitAs("leader");
        Locator received = figure(page, "kpi-petitions-received");
        long before = leaderApi.number(SUMMARY, "$.petitions.received");
        PlaywrightAssertions.assertThat(received).hasText(String.valueOf(before));
        page.evaluate("() => { window.cockpitTestMarker = 'same document'; }");
        int messagesBefore = stompMessages.size();

        cases.submitPetition(CockpitCases.TOWNS.get(0), "小区门口路灯不亮");
        long sent = System.nanoTime();

        PlaywrightAssertions.assertThat(received).hasText(String.valueOf(before + 1),
                new LocatorAssertions.HasTextOptions().setTimeout(2000));
        System.out.printf("诉求受理 %d -> %d on screen %d ms after the API answered%n",
                before, before + 1, (System.nanoTime() - sent) / 1_000_000);
        assertThat(page.evaluate("() => window.cockpitTestMarker")).as("page reloaded").isEqualTo("same document");
        assertThat(stompMessages.subList(messagesBefore, stompMessages.size()))
                .as("STOMP messages on /topic/cockpit after the petition")
                .anyMatch(frame -> frame.contains("destination:/topic/cockpit"));
        assertThat(dialogs).isEmpty();
    }

    @Test
    @Order(2)
    void shouldShowTheDistrictsWorkOnOneScreen() {
        Page page = openCockpitAs("leader");
        AtomicLong lastSummaryAt = new AtomicLong(System.nanoTime());
        page.onResponse(response -> {
            if (response.url().contains("/api/cockpit/summary")) {
                lastSummaryAt.set(System.nanoTime());
            }
        });
        seedADistrictsWork();

        Locator overdue = page.getByTestId("overdue-list");
        PlaywrightAssertions.assertThat(overdue.getByText("村道坑洼积水", new Locator.GetByTextOptions().setExact(true)))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        PlaywrightAssertions.assertThat(figure(page, "kpi-petitions-received"))
                .hasText(String.valueOf(leaderApi.number(SUMMARY, "$.petitions.received")));
        PlaywrightAssertions.assertThat(figure(page, "kpi-mediation-failed"))
                .hasText(String.valueOf(leaderApi.number(SUMMARY, "$.mediation.failed")));
        PlaywrightAssertions.assertThat(page.getByTestId("reception-citizens"))
                .containsText(String.valueOf(leaderApi.number(SUMMARY, "$.receptions.citizens")));
        PlaywrightAssertions.assertThat(page.getByTestId("reception-petitions"))
                .containsText(String.valueOf(leaderApi.number(SUMMARY, "$.receptions.petitions")));
        PlaywrightAssertions.assertThat(page.getByTestId("live-ticker").locator("li").first()).isVisible();
        assertSourcePanelAgreesWithTheSummary(page);
        Locator legislation = page.getByTestId("legislation-panel").locator(".figure__number");
        PlaywrightAssertions.assertThat(legislation.nth(1))
                .hasText(String.valueOf(leaderApi.number(SUMMARY, "$.legislation.opinionsCollected")));
        PlaywrightAssertions.assertThat(legislation.nth(3))
                .hasText(String.valueOf(leaderApi.number(SUMMARY, "$.legislation.opinionsAdopted")));
        assertThat(leaderApi.number(SUMMARY, "$.legislation.opinionsAdopted")).isPositive();
        PlaywrightAssertions.assertThat(page.getByTestId("duty-held").locator(".figure__number"))
                .hasText(String.valueOf(leaderApi.number(SUMMARY, "$.dutyActivities.held")));
        PlaywrightAssertions.assertThat(page.getByTestId("duty-present").locator(".figure__number"))
                .hasText(String.valueOf(leaderApi.number(SUMMARY, "$.dutyActivities.present")));
        assertThat(leaderApi.number(SUMMARY, "$.dutyActivities.present")).isPositive();
        // ECharts animates every change for a second: the picture waits until no summary has arrived for longer.
        long giveUp = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() - lastSummaryAt.get() < 2_500_000_000L && System.nanoTime() < giveUp) {
            page.waitForTimeout(200);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOT));
        // ECharts writes its tooltips as HTML with style attributes: hovering each chart shows whether the policy
        // lets them through (closePage fails the test on anything it blocked).
        for (Locator chart : page.locator("canvas").all()) {
            chart.hover();
            page.waitForTimeout(300);
        }

        // Leaders read Chinese: no English word may show, apart from the letters of the suggestion classes (A类).
        assertThat(page.locator("body").innerText()).doesNotContainPattern("[A-Za-z]{2,}");
        assertThat(SCREENSHOT).isRegularFile();
        assertThat(page.viewportSize().width).isEqualTo(1920);
        assertThat(dialogs).isEmpty();
    }

    @Test
    @Order(3)
    void shouldShowAStoredTitleWithMarkupAsPlainText() {
        Page page = openCockpitAs("leader");
        List<String> requestsForX = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (URI.create(request.url()).getPath().equals("/x")) {
                requestsForX.add(request.url());
            }
        });

        cases.forwardedPetition(CockpitCases.TOWNS.get(1), MARKUP_TITLE, Instant.now().plusSeconds(3));

        Locator title = page.getByTestId("overdue-list")
                .getByText(MARKUP_TITLE, new Locator.GetByTextOptions().setExact(true));
        PlaywrightAssertions.assertThat(title).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertThat(title.textContent()).isEqualTo(MARKUP_TITLE);
        assertThat(title.getAttribute("title")).isEqualTo(MARKUP_TITLE);
        assertThat(page.locator("img[src='x']").count()).as("images made from the stored title").isZero();
        PlaywrightAssertions.assertThat(page.getByTestId("live-ticker").locator("li").first()).isVisible();
        // Whatever the live ticker shows of the new case, it is text too.
        assertThat(page.getByTestId("live-ticker").locator("img").count()).isZero();
        // An injected <img src=x> would have fetched /x and fired onerror's alert by now.
        page.waitForTimeout(500);
        assertThat(requestsForX).isEmpty();
        assertThat(dialogs).as("dialogs opened by the page").isEmpty();
    }

    /** Logs in through the login page, as a person would, and waits until the cockpit follows the live feed. */
    private Page openCockpitAs(String user) {
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1920, 1080)
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai"));
        Page page = context.newPage();
        cspViolations = CspViolations.watch(context, page);
        page.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });
        page.onWebSocket(socket -> socket.onFrameReceived(frame -> stompMessages.add(String.valueOf(frame.text()))));

        page.navigate(base.resolve("/").toString());
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING)).hasText("人大代表履职平台 · 登录");
        page.getByLabel("用户名").fill(user);
        page.getByLabel("密码").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL(url -> URI.create(url).getPath().equals("/"));

        PlaywrightAssertions.assertThat(page).hasTitle("人大代表履职数据驾驶舱");
        PlaywrightAssertions.assertThat(page.getByTestId("connection")).hasAttribute("data-status", "live");
        PlaywrightAssertions.assertThat(figure(page, "kpi-petitions-received")).isVisible();
        return page;
    }

    /**
     * The 诉求来源 panel shows the summary's split: the received of the sources add up to all received, the shares
     * (largest remainder) to exactly 100.0, and the 12345 row counts the ticket seeded above.
     */
    private static void assertSourcePanelAgreesWithTheSummary(Page page) {
        String summary = leaderApi.get(SUMMARY).body();
        long received = JsonPath.<Number>read(summary, "$.petitions.received").longValue();
        List<Map<String, Object>> sources = JsonPath.read(summary, "$.petitions.bySource");
        assertThat(sources).extracting(source -> source.get("source")).containsExactly("DEPUTY_QR_CODE",
                "STATION_QR_CODE", "STATION_VISIT", "HOTLINE_12345", "LETTERS_AND_VISITS", "LETTER_OR_PHONE");
        long bySource = 0;
        BigDecimal shares = BigDecimal.ZERO;
        Locator panel = page.getByTestId("petition-sources");
        for (Map<String, Object> source : sources) {
            Locator row = panel.locator("[data-source=\"" + source.get("source") + "\"]");
            long count = ((Number) source.get("received")).longValue();
            BigDecimal share = new BigDecimal(String.valueOf(source.get("share"))).setScale(1);
            bySource += count;
            shares = shares.add(share);
            PlaywrightAssertions.assertThat(row.locator(".figure")).hasText(String.valueOf(count));
            PlaywrightAssertions.assertThat(row.locator(".share")).hasText(share + "%");
        }
        assertThat(bySource).isEqualTo(received);
        assertThat(shares).isEqualByComparingTo("100.0");
        assertThat(((Number) sources.get(3).get("received")).longValue()).as("the 12345 ticket seeded")
                .isGreaterThanOrEqualTo(1);
        assertThat(panel.locator("[data-source=\"HOTLINE_12345\"] a").getAttribute("href"))
                .startsWith("petitions.html?source=HOTLINE_12345");
    }

    private static Locator figure(Page page, String testId) {
        return page.getByTestId(testId).locator(".figure__number");
    }

    /** Petitions in every state, suggestions of all three classes and mediation cases settled and failed. */
    private static void seedADistrictsWork() {
        List<String> towns = CockpitCases.TOWNS;
        cases.closedPetition(towns.get(0), "农贸市场排水不畅", "SATISFIED");
        cases.closedPetition(towns.get(0), "学校门口缺少减速带", "SATISFIED");
        cases.closedPetition(towns.get(1), "公交站台缺少遮雨棚", "BASICALLY_SATISFIED");
        cases.closedPetition(towns.get(2), "自来水水压不足", "SATISFIED");
        cases.forwardedPetition(towns.get(1), "老旧小区外墙脱落", Instant.now().plusSeconds(30 * 24 * 3600));
        cases.forwardedPetition(towns.get(2), "村道坑洼积水", Instant.now().plusSeconds(3));
        cases.submitPetition(towns.get(0), "广场舞噪音扰民");
        cases.submitPetition(towns.get(2), "农村客运班次太少");
        cases.hotlineTicket(towns.get(1), "背街小巷污水外溢", "12345-COCKPIT-" + System.nanoTime());
        cases.repliedSuggestion(towns.get(0), "关于加快老旧小区加装电梯的建议", "SOLVED_OR_ADOPTED");
        cases.repliedSuggestion(towns.get(1), "关于改善农村饮水安全的建议", "SOLVED_OR_ADOPTED");
        cases.repliedSuggestion(towns.get(2), "关于增设社区养老服务站的建议", "BEING_SOLVED_OR_PLANNED");
        cases.repliedSuggestion(towns.get(0), "关于建设城市综合体育公园的建议", "KEPT_FOR_REFERENCE");
        cases.mediatedCase(towns.get(0), "NEIGHBOURS", "楼上漏水致楼下房屋受损，双方就赔偿数额发生争议。", true);
        cases.mediatedCase(towns.get(1), "PROPERTY_MANAGEMENT", "业主与物业公司就物业费标准发生争议。", true);
        cases.mediatedCase(towns.get(2), "CONTRACT", "装修合同工期延误引发赔偿争议。", false);
        cases.reception("小区停车位不足", 26);
        cases.reception("村卫生室缺医少药", 14);
        cases.commentedDraft("某市物业管理条例（修订草案）");
        cases.closedActivity("城关镇食品安全视察");
    }
}

package cn.luzhi.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 案件追溯 in a real browser: a petition is walked through seven steps by the demo accounts whose work each step is,
 * then an auditor loads it, replays it with the slider and the buttons, and sees the state after each step; a
 * reason full of markup shows as plain text and opens no dialog.
 */
class TraceBrowserIT {

    private static final String MARKUP_REASON = "<img src=x onerror=alert(1)>请尽快答复";

    private static WorkPagesBrowser browser;
    private static String petitionId;

    @BeforeAll
    static void walkAPetitionToItsEnd() {
        browser = WorkPagesBrowser.get();
        CockpitCases cases = new CockpitCases(browser.base(), WorkPagesBrowser.PASSWORD);
        cases.registerReferenceData();
        petitionId = cases.submitPetition(CockpitCases.TOWNS.get(0), "小区路灯不亮");
        String petition = "/api/petitions/" + petitionId;
        browser.api("deputy").act(petition + "/accept", """
                {"deputyId": "%s", "reason": "由本代表跟进"}""".formatted(CockpitCases.LEAD_DEPUTY));
        browser.api("deputy").act(petition + "/forward", """
                {"unitIds": ["%s"], "replyDueAt": "%s", "reason": "请住建局核实维修"}"""
                .formatted(CockpitCases.UNIT, Instant.now().plus(30, ChronoUnit.DAYS)));
        browser.api("supervisor").act(petition + "/urge", """
                {"reason": "%s"}""".formatted(MARKUP_REASON));
        browser.api("unit").act(petition + "/reply", """
                {"unitId": "%s", "reply": "已更换三盏路灯灯具。"}""".formatted(CockpitCases.UNIT));
        // A citizen rates through the receipt; the clerk records a rating given by phone (docs/roles.md).
        browser.api("clerk").act(petition + "/rate", "{\"satisfaction\": \"SATISFIED\", \"reason\": \"修得很快\"}");
        browser.api("clerk").act(petition + "/close", "{\"reason\": \"群众满意，予以办结\"}");
    }

    @Test
    void shouldReplayThePetitionStepByStepForAnAuditor() {
        List<String> dialogs = WorkPagesBrowser.dialogs();
        Page page = browser.openAs("auditor", "trace.html", dialogs);
        page.getByLabel("案件编号").fill(petitionId);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();

        Locator summary = page.getByTestId("step-summary");
        assertThat(summary).containsText("第 7 步 / 共 7 步：诉求办结");
        assertThat(field(page, "status")).hasText("已办结");
        assertThat(page.locator(".trace__timeline tbody tr")).hasCount(7);

        Locator slider = page.getByLabel("回放步骤");
        slider.fill("2");
        assertThat(summary).containsText("第 2 步 / 共 7 步：代表受理诉求");
        assertThat(field(page, "status")).hasText("已受理");
        assertThat(change(page, "status")).hasText("待受理 → 已受理");
        assertThat(field(page, "unitIds")).hasText("—");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下一步")).click();
        assertThat(field(page, "status")).hasText("转办中");
        assertThat(field(page, "unitIds")).hasText("区住房和城乡建设局（" + CockpitCases.UNIT + "）");

        slider.fill("4");
        assertThat(summary).containsText("督办诉求");
        assertThat(field(page, "status")).hasText("转办中");
        assertThat(change(page, "urgeCount")).hasText("0 → 1");
        assertThat(page.locator("tr.trace__changed")).hasCount(1);
        // For a look at the page: the urge step, its one changed field highlighted.
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "trace.png")).setFullPage(true));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上一步")).click();
        assertThat(field(page, "urgeCount")).hasText("0");

        slider.fill("6");
        assertThat(field(page, "status")).hasText("已评价");
        assertThat(field(page, "satisfaction")).hasText("满意");
        slider.fill("7");
        assertThat(field(page, "status")).hasText("已办结");

        Locator urgeRow = page.locator(".trace__timeline tbody tr").nth(3);
        assertThat(urgeRow).containsText("督办人员");
        assertThat(urgeRow.locator(".trace__reason")).hasText(MARKUP_REASON);
        assertThat(page.locator(".trace__timeline img")).hasCount(0);
        assertThat(dialogs).isEmpty();
        page.context().close();
    }

    @Test
    void shouldOpenTheCaseNamedInTheAddress() {
        List<String> dialogs = WorkPagesBrowser.dialogs();
        Page page = browser.openAs("auditor", "trace.html?case=" + petitionId, dialogs);

        assertThat(page.getByLabel("案件编号")).hasValue(petitionId);
        assertThat(field(page, "status")).hasText("已办结");
        assertThat(page.locator(".trace__timeline tbody tr").first()).containsText("收到群众诉求");
        assertThat(dialogs).isEmpty();
        page.context().close();
    }

    private static Locator field(Page page, String key) {
        return page.locator(".trace__state tr[data-field='" + key + "'] .trace__value");
    }

    private static Locator change(Page page, String key) {
        return page.locator(".trace__state tr[data-field='" + key + "'] .trace__change");
    }
}

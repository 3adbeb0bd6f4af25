package cn.luzhi.app.browser;

import static cn.luzhi.app.browser.WorkbenchSteps.assertNavigation;
import static cn.luzhi.app.browser.WorkbenchSteps.assertStatus;
import static cn.luzhi.app.browser.WorkbenchSteps.dialog;
import static cn.luzhi.app.browser.WorkbenchSteps.screenshot;
import static cn.luzhi.app.browser.WorkbenchSteps.startAs;
import static cn.luzhi.app.browser.WorkbenchSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 待办 in a real browser: the clerk lands on it and finds a new petition there; the count on the navigation rises
 * while the page stays open when another petition arrives through the API, and the new one opens from the list. A
 * supervisor lands on it too and urges (督办) an overdue case on the spot; the row then counts the urge.
 */
class TodoBrowserIT {

    @Test
    void shouldLandOnTodoKeepItsCountLiveAndLetASupervisorUrgeOnTheSpot() {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        CockpitCases cases = new CockpitCases(browser.base(), WorkPagesBrowser.PASSWORD);
        cases.registerReferenceData();
        String mark = String.valueOf(System.nanoTime() % 1_000_000);
        String firstTitle = "路口信号灯故障" + mark;
        String secondTitle = "菜市场占道经营" + mark;
        String lateTitle = "排水沟堵塞返臭" + mark;
        List<String> blocked = new ArrayList<>();
        cases.submitPetition(CockpitCases.TOWNS.get(0), firstTitle);
        // Due a few seconds after forwarding; submitting and accepting first can take seconds on a busy machine.
        String late = cases.forwardedPetition(CockpitCases.TOWNS.get(1), lateTitle, Instant.now().plusSeconds(15));

        Page clerk = startAs(browser, "clerk", "/todo.html", blocked);
        assertNavigation(clerk, "clerk");
        Locator toAccept = group(clerk, "待受理的民意诉求");
        PlaywrightAssertions.assertThat(row(toAccept, firstTitle)).containsText("待受理");
        Locator count = clerk.getByTestId("todo-count").locator(".el-badge__content");
        PlaywrightAssertions.assertThat(count).hasText(java.util.regex.Pattern.compile("\\d+"));
        int before = Integer.parseInt(count.textContent().trim());

        // Another petition arrives while the page is open: the count and the list follow without a reload.
        String second = cases.submitPetition(CockpitCases.TOWNS.get(2), secondTitle);
        PlaywrightAssertions.assertThat(count).hasText(String.valueOf(before + 1));
        PlaywrightAssertions.assertThat(row(toAccept, secondTitle)).isVisible();
        clerk.screenshot(new Page.ScreenshotOptions().setPath(screenshot("workbench-todo.png")));
        row(toAccept, secondTitle).getByRole(AriaRole.LINK).click();
        clerk.waitForURL(url -> URI.create(url).getPath().equals("/petition.html"));
        assertThat(URI.create(clerk.url()).getQuery()).isEqualTo("id=" + second);
        assertStatus(clerk, "待受理");

        // The supervisor urges the overdue case from 待办 itself.
        awaitOverdue(browser.api("supervisor"), late);
        Page supervisor = startAs(browser, "supervisor", "/todo.html", blocked);
        Locator overdue = row(group(supervisor, "已逾期"), lateTitle);
        PlaywrightAssertions.assertThat(overdue).containsText("已督办 0 次");
        PlaywrightAssertions.assertThat(overdue).containsText("已逾期");
        overdue.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("督办")).click();
        Locator urge = dialog(supervisor, "督办");
        submit(urge);
        PlaywrightAssertions.assertThat(urge.locator(".el-form-item__error")).containsText("请填写督办意见");
        urge.getByLabel("督办意见").fill("请住建局两日内疏通并答复");
        submit(urge);
        PlaywrightAssertions.assertThat(urge).isHidden();
        PlaywrightAssertions.assertThat(overdue).containsText("已督办 1 次");
        List<String> comments = JsonPath.read(browser.api("supervisor").get("/api/supervision/cases/" + late).body(),
                "$.urges[*].comment");
        assertThat(comments).containsExactly("请住建局两日内疏通并答复");

        for (Page page : List.of(clerk, supervisor)) {
            page.context().close();
        }
        assertThat(blocked).as("what the Content-Security-Policy blocked").isEmpty();
    }

    private static Locator group(Page page, String title) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(title).setExact(true));
    }

    private static Locator row(Locator group, String title) {
        return group.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(title));
    }

    /** The deadline passes by the clock a few seconds after forwarding; the page is opened once it has. */
    private static void awaitOverdue(StaffApi supervisor, String caseId) {
        long giveUp = System.nanoTime() + 90_000_000_000L;
        while (true) {
            StaffApi.Answer answer = supervisor.get("/api/todo?limit=50");
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            List<String> ids = JsonPath.read(answer.body(), "$.groups[?(@.key == 'overdue')].items[*].caseId");
            if (ids.contains(caseId)) {
                return;
            }
            assertThat(System.nanoTime()).as("%s overdue within 90 s", caseId).isLessThan(giveUp);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

package cn.luzhi.app.browser;

import static cn.luzhi.app.browser.WorkbenchSteps.assertStatus;
import static cn.luzhi.app.browser.WorkbenchSteps.dialog;
import static cn.luzhi.app.browser.WorkbenchSteps.goTo;
import static cn.luzhi.app.browser.WorkbenchSteps.pick;
import static cn.luzhi.app.browser.WorkbenchSteps.screenshot;
import static cn.luzhi.app.browser.WorkbenchSteps.startAs;
import static cn.luzhi.app.browser.WorkbenchSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The people of a case and the pickers on the workbench, in a real browser, pages alone: a clerk registers a
 * petition that came by phone, choosing its town in the region tree by typing; the case page shows the petitioner
 * masked; 查看完整信息 asks for a reason (a blank one is refused beside the field by the server), then shows the
 * full phone number in place, and the audit log records the view; a leader's case page has no people at all. The
 * clerk then registers a suggestion a deputy handed in on paper, finding the deputy by part of the name, loses
 * nothing typed to a reload, and lands on the submitted suggestion. The Content-Security-Policy blocks nothing.
 */
class CasePeopleBrowserIT {

    private static final String PHONE = "13812345678";

    @Test
    void shouldShowThePeopleMaskedRevealThemForAReasonAndRegisterAPaperSuggestion() {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        CockpitCases cases = new CockpitCases(browser.base(), WorkPagesBrowser.PASSWORD);
        cases.registerReferenceData();
        String mark = String.valueOf(System.nanoTime() % 1_000_000);
        List<String> blocked = new ArrayList<>();

        // The clerk registers a petition that came by phone, its town found in the region tree by typing.
        Page clerk = startAs(browser, "clerk", "/todo.html", blocked);
        goTo(clerk, "民意诉求", "/petitions.html");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记诉求")).click();
        Locator register = dialog(clerk, "登记诉求");
        pick(clerk, register.getByLabel("所属区域"), "东河", "东河镇");
        register.getByLabel("诉求人姓名").fill("赵某某");
        register.getByLabel("联系电话").fill(PHONE);
        register.getByLabel("标题").fill("东河镇积水严重" + mark);
        register.getByLabel("诉求内容").fill("来电反映：东河镇主街雨后积水严重，出行困难。");
        submit(register);
        clerk.waitForURL(url -> URI.create(url).getPath().equals("/petition.html"));
        String petition = URI.create(clerk.url()).getQuery().substring("id=".length());
        assertStatus(clerk, "待受理");

        // The petitioner, masked; the clerk may see them in full, for a reason.
        Locator people = clerk.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("当事人信息"));
        PlaywrightAssertions.assertThat(people.getByTestId("phone")).hasText("138****5678");
        PlaywrightAssertions.assertThat(people).containsText("诉求人");
        people.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("查看完整信息")).click();
        Locator reveal = dialog(clerk, "查看完整个人信息");
        PlaywrightAssertions.assertThat(reveal).containsText("记入审计日志");
        // Blanks pass the form's own check; the server refuses them, and says so beside the field.
        reveal.getByLabel("查看理由").fill("   ");
        reveal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("查看").setExact(true)).click();
        PlaywrightAssertions.assertThat(reveal.locator(".el-form-item__error")).containsText("不能为空");
        reveal.getByLabel("查看理由").fill("电话回访诉求人，核实积水位置");
        reveal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("查看").setExact(true)).click();
        PlaywrightAssertions.assertThat(people.getByTestId("phone")).hasText(PHONE);
        PlaywrightAssertions.assertThat(people.getByTestId("revealed")).containsText("已记入审计日志");
        clerk.screenshot(new Page.ScreenshotOptions().setPath(screenshot("workbench-people.png")).setFullPage(true));

        // The view is in the audit log; on a reload the page shows the petitioner masked again.
        StaffApi auditor = browser.api("auditor");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                auditor.get("/api/audit/events?caseType=PERSONAL_DATA").body().contains(petition));
        clerk.reload();
        PlaywrightAssertions.assertThat(people.getByTestId("phone")).hasText("138****5678");

        // A leader sees the case but none of its people.
        Page leader = startAs(browser, "leader", "/", blocked);
        leader.navigate(browser.base().resolve("petition.html?id=" + petition).toString());
        assertStatus(leader, "待受理");
        leader.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(leader.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("当事人信息")).count())
                .as("a leader's view of the petitioner").isZero();
        assertThat(leader.getByText("138****5678").count()).isZero();

        // The clerk registers a suggestion handed in on paper, for a deputy found by part of the name.
        String title = "东河镇增设公交站点" + mark;
        clerk.navigate(browser.base().resolve("suggestions.html").toString());
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记纸质建议")).click();
        Locator paper = dialog(clerk, "登记纸质建议");
        pick(clerk, paper.getByLabel("领衔代表"), "建国", "王建国");
        // The region follows the deputy's station.
        PlaywrightAssertions.assertThat(paper.locator(".el-form-item").filter(new Locator.FilterOptions()
                .setHasText("所属区域"))).containsText("城关镇");
        paper.getByLabel("标题").fill(title);

        // Nothing typed is lost to a reload.
        clerk.reload();
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记纸质建议")).click();
        paper = dialog(clerk, "登记纸质建议");
        PlaywrightAssertions.assertThat(paper.getByLabel("标题")).hasValue(title);
        PlaywrightAssertions.assertThat(paper.locator(".el-form-item").filter(new Locator.FilterOptions()
                .setHasText("领衔代表"))).containsText("王建国");
        paper.getByLabel("内容").fill("东河镇主街至镇卫生院之间没有公交站点，建议增设。");
        submit(paper);
        clerk.waitForURL(url -> URI.create(url).getPath().equals("/suggestion.html"));
        assertStatus(clerk, "待审查");
        Locator summary = clerk.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("建议概况"));
        PlaywrightAssertions.assertThat(summary).containsText(title);
        PlaywrightAssertions.assertThat(summary).containsText("王建国");

        for (Page page : List.of(clerk, leader)) {
            page.context().close();
        }
        assertThat(blocked).as("what the Content-Security-Policy blocked").isEmpty();
    }
}

package cn.luzhi.app.browser;

import static cn.luzhi.app.browser.WorkbenchSteps.act;
import static cn.luzhi.app.browser.WorkbenchSteps.assertNavigation;
import static cn.luzhi.app.browser.WorkbenchSteps.assertStatus;
import static cn.luzhi.app.browser.WorkbenchSteps.choose;
import static cn.luzhi.app.browser.WorkbenchSteps.dialog;
import static cn.luzhi.app.browser.WorkbenchSteps.navigation;
import static cn.luzhi.app.browser.WorkbenchSteps.screenshot;
import static cn.luzhi.app.browser.WorkbenchSteps.startAs;
import static cn.luzhi.app.browser.WorkbenchSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The suggestion pages of the workbench in a real browser, pages alone once the deputy's draft exists (drafting on
 * paper is not built yet): the lead deputy submits it in recess; the clerk reviews it, is refused when merging it
 * into itself and sees the server's reason, accepts it and assigns it to the bureau; the bureau meets the deputy
 * and replies with class B; the deputy rates the reply; the clerk closes it. The Content-Security-Policy blocks
 * nothing on any of these pages.
 */
class SuggestionWorkbenchBrowserIT {

    private static final String BUREAU = "区住房和城乡建设局";

    @Test
    void shouldWalkASuggestionThroughThePagesRoleByRole() {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        CockpitCases cases = new CockpitCases(browser.base(), WorkPagesBrowser.PASSWORD);
        cases.registerReferenceData();
        String title = "老旧小区加装电梯" + System.nanoTime() % 1_000_000;
        String suggestion = cases.draftedSuggestion(CockpitCases.TOWNS.get(0), title);
        List<String> blocked = new ArrayList<>();

        // The lead deputy finds the draft under 建议议案 and submits it.
        Page deputy = startAs(browser, "deputy", "/deputy.html", blocked);
        PlaywrightAssertions.assertThat(navigation(deputy).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("建议议案"))).isVisible();
        openFromList(browser, deputy, "status=DRAFTED&deputyId=" + CockpitCases.LEAD_DEPUTY, title);
        assertStatus(deputy, "草拟中");
        act(deputy, "提交建议或议案（大会期间或闭会期间）");
        Locator submitting = dialog(deputy, "提交建议或议案（大会期间或闭会期间）");
        choose(deputy, submitting.getByLabel("提出时间"), "闭会期间");
        submit(submitting);
        assertStatus(deputy, "待审查");

        // The clerk reviews it: merging it into itself is refused with the server's reason beside the field.
        Page clerk = startAs(browser, "clerk", "/todo.html", blocked);
        openFromList(browser, clerk, "status=SUBMITTED&deputyId=" + CockpitCases.LEAD_DEPUTY, title);
        assertStatus(clerk, "待审查");
        act(clerk, "代表工委审查：并入另一件建议");
        Locator merge = dialog(clerk, "代表工委审查：并入另一件建议");
        merge.getByLabel("并入的建议编号").fill(suggestion);
        submit(merge);
        PlaywrightAssertions.assertThat(merge.getByRole(AriaRole.ALERT)).containsText("不能把建议并入它自己");
        PlaywrightAssertions.assertThat(merge.locator(".el-form-item__error")).containsText("不能把建议并入它自己");
        merge.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("取消")).click();
        PlaywrightAssertions.assertThat(merge).isHidden();

        act(clerk, "代表工委审查：立案");
        Locator accept = dialog(clerk, "代表工委审查：立案");
        accept.getByLabel("立案意见").fill("符合立案条件");
        submit(accept);
        assertStatus(clerk, "已立案");

        act(clerk, "交办主办单位和协办单位并设定答复期限");
        Locator assign = dialog(clerk, "交办主办单位和协办单位并设定答复期限");
        choose(clerk, assign.getByLabel("主办单位"), BUREAU);
        submit(assign);
        assertStatus(clerk, "办理中");
        PlaywrightAssertions.assertThat(clerk.getByTestId("deadline")).containsText("剩余");

        // The bureau meets the deputy and replies: class B, being solved.
        Page unit = startAs(browser, "unit", "/todo.html", blocked);
        assertNavigation(unit, "unit");
        openFromList(browser, unit, "status=ASSIGNED", title);
        assertStatus(unit, "办理中");
        act(unit, "承办单位与代表见面沟通");
        Locator meet = dialog(unit, "承办单位与代表见面沟通");
        meet.getByLabel("沟通情况").fill("与王建国代表现场查看三个小区，商定分批加装。");
        // Replying is allowed before and after the meeting: wait for the page to read the new version first.
        unit.waitForResponse(answer -> answer.url().endsWith("/actions"), () -> submit(meet));
        PlaywrightAssertions.assertThat(meet).isHidden();
        act(unit, "主办单位答复并确定A、B、C类办理结果");
        Locator reply = dialog(unit, "主办单位答复并确定A、B、C类办理结果");
        choose(unit, reply.getByLabel("办理结果"), "B类");
        reply.getByLabel("答复内容").fill("已列入明年老旧小区改造计划，分批加装电梯。");
        submit(reply);
        assertStatus(unit, "已答复");
        PlaywrightAssertions.assertThat(unit.getByTestId("result")).containsText("B类");

        // The lead deputy rates the reply; the clerk closes the suggestion.
        deputy.reload();
        assertStatus(deputy, "已答复");
        act(deputy, "领衔代表评价答复（不满意则重新办理一次）");
        Locator rate = dialog(deputy, "领衔代表评价答复（不满意则重新办理一次）");
        choose(deputy, rate.getByLabel("代表评价"), "基本满意");
        rate.getByLabel("评价说明").fill("已列入计划，盼早日落实");
        submit(rate);
        assertStatus(deputy, "已评价");
        PlaywrightAssertions.assertThat(deputy.getByTestId("satisfaction")).hasText("基本满意");

        clerk.reload();
        assertStatus(clerk, "已评价");
        act(clerk, "办结");
        Locator close = dialog(clerk, "办结");
        submit(close);
        assertStatus(clerk, "已办结");
        clerk.screenshot(new Page.ScreenshotOptions().setPath(screenshot("workbench-suggestion.png"))
                .setFullPage(true));

        List<String> actions = JsonPath.read(browser.api("clerk").get("/api/cases/" + suggestion + "/history").body(),
                "$.entries[*].action");
        assertThat(actions).as("drafted, submitted, accepted, assigned, met, replied, rated, closed").hasSize(8);

        for (Page page : List.of(deputy, clerk, unit)) {
            page.context().close();
        }
        assertThat(blocked).as("what the Content-Security-Policy blocked").isEmpty();
    }

    /**
     * Opens the list with a filter in its address and follows the suggestion's link; the list is a read model a
     * moment behind the commands, so 查询 asks again until the suggestion shows (up to about 30 s).
     */
    static void openFromList(WorkPagesBrowser browser, Page page, String filter, String title) {
        page.navigate(browser.base().resolve("suggestions.html?" + filter).toString());
        Locator link = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("建议议案列表"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title));
        for (int tries = 0; tries < 15; tries++) {
            try {
                link.waitFor(new Locator.WaitForOptions().setTimeout(2_000));
                break;
            } catch (TimeoutError notYet) {
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
            }
        }
        link.click();
    }
}

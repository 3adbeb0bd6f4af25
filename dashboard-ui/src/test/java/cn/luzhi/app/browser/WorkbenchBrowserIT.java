package cn.luzhi.app.browser;

import static cn.luzhi.app.browser.WorkbenchSteps.act;
import static cn.luzhi.app.browser.WorkbenchSteps.assertNavigation;
import static cn.luzhi.app.browser.WorkbenchSteps.assertStatus;
import static cn.luzhi.app.browser.WorkbenchSteps.choose;
import static cn.luzhi.app.browser.WorkbenchSteps.dialog;
import static cn.luzhi.app.browser.WorkbenchSteps.goTo;
import static cn.luzhi.app.browser.WorkbenchSteps.screenshot;
import static cn.luzhi.app.browser.WorkbenchSteps.startAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The workbench (工作台) in a real browser, pages alone: a clerk registers a petition that came by phone, accepts it
 * for a deputy and forwards it to the bureau; a supervisor urges it on the way; the bureau's account replies; the
 * clerk closes it. Each role lands on its own start page and sees only its pages; a refused action shows the
 * server's reason; a page that missed a change is caught by its version and reloads; a double press of 提交 acts
 * once; a unit sees neither another unit's case in its list nor by its address; 退出 ends the session; and the
 * Content-Security-Policy blocks nothing on any of these pages (Element Plus ships static CSS).
 */
class WorkbenchBrowserIT {

    private static final String OTHER_UNIT = "u-court";

    @Test
    void shouldWalkAPetitionThroughThePagesRoleByRole() {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        CockpitCases cases = new CockpitCases(browser.base(), WorkPagesBrowser.PASSWORD);
        cases.registerReferenceData();
        String mark = String.valueOf(System.nanoTime() % 1_000_000);
        String title = "小区路灯损坏" + mark;
        String othersTitle = "法院门前停车难" + mark;
        String othersCase = forwardedToAnotherUnit(cases, othersTitle);
        List<String> blocked = new ArrayList<>();

        // The clerk lands on 待办, goes to the petition list and registers a petition that arrived by phone.
        Page clerk = startAs(browser, "clerk", "/todo.html", blocked);
        assertNavigation(clerk, "clerk");
        goTo(clerk, "民意诉求", "/petitions.html");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记诉求")).click();
        Locator register = dialog(clerk, "登记诉求");
        choose(clerk, register.getByLabel("所属区域"), "城关镇");
        register.getByLabel("诉求人姓名").fill("赵某某");
        register.getByLabel("联系电话").fill("13812345678");
        register.getByLabel("标题").fill(title);
        register.getByLabel("诉求内容").fill("来电反映：小区三号楼前路灯已损坏两周，夜间出行不便。");
        register.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提交")).click();
        clerk.waitForURL(url -> URI.create(url).getPath().equals("/petition.html"));
        String petition = URI.create(clerk.url()).getQuery().substring("id=".length());
        assertStatus(clerk, "待受理");

        // Accepted for the lead deputy; 提交 pressed twice acts once (one Idempotency-Key per form).
        act(clerk, "代表受理诉求");
        Locator accept = dialog(clerk, "代表受理诉求");
        choose(clerk, accept.getByLabel("受理代表"), "王建国");
        accept.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提交")).dblclick();
        assertStatus(clerk, "已受理");

        act(clerk, "转交承办单位并设定答复期限");
        Locator forward = dialog(clerk, "转交承办单位并设定答复期限");
        choose(clerk, forward.getByLabel("承办单位"), "区住房和城乡建设局");
        // A multiple choice keeps its list open; a click elsewhere in the form closes it.
        forward.locator(".el-dialog__header").click();
        forward.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提交")).click();
        assertStatus(clerk, "转办中");
        PlaywrightAssertions.assertThat(clerk.getByTestId("deadline")).containsText("剩余");

        // A refused action shows the server's reason beside the field.
        act(clerk, "合并重复诉求");
        Locator merge = dialog(clerk, "合并重复诉求");
        merge.getByLabel("并入的诉求编号").fill(petition);
        merge.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提交")).click();
        // The field's error has role alert too (Element Plus): the dialog's own alert is the .el-alert.
        PlaywrightAssertions.assertThat(merge.locator(".el-alert")).containsText("不能把诉求合并到它自己");
        PlaywrightAssertions.assertThat(merge.locator(".el-form-item__error")).containsText("不能把诉求合并到它自己");
        merge.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("取消")).click();
        PlaywrightAssertions.assertThat(merge).isHidden();

        // A supervisor urges it on the way; the clerk's page still holds the version before the urge.
        Page supervisor = startAs(browser, "supervisor", "/todo.html", blocked);
        assertNavigation(supervisor, "supervisor");
        supervisor.navigate(browser.base().resolve("petition.html?id=" + petition).toString());
        act(supervisor, "督办");
        Locator urge = dialog(supervisor, "督办");
        urge.getByLabel("督办意见").fill("请住建局抓紧修复路灯");
        urge.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提交")).click();
        PlaywrightAssertions.assertThat(supervisor.locator(".el-timeline")).containsText("请住建局抓紧修复路灯");

        act(clerk, "答复期限延期（每轮一次）");
        Locator extend = dialog(clerk, "答复期限延期（每轮一次）");
        extend.getByLabel("延期理由").fill("需协调供电部门");
        extend.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提交")).click();
        PlaywrightAssertions.assertThat(clerk.getByTestId("stale")).containsText("案件已被他人更新");
        PlaywrightAssertions.assertThat(clerk.locator(".el-timeline")).containsText("请住建局抓紧修复路灯");

        // The bureau's account sees its case, not another unit's, and replies.
        Page unit = startAs(browser, "unit", "/todo.html", blocked);
        assertNavigation(unit, "unit");
        goTo(unit, "民意诉求", "/petitions.html");
        Locator list = unit.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("诉求列表"));
        PlaywrightAssertions.assertThat(list.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)))
                .isVisible();
        assertThat(list.getByText(othersTitle).count()).as("another unit's case in the list").isZero();
        unit.navigate(browser.base().resolve("petition.html?id=" + othersCase).toString());
        PlaywrightAssertions.assertThat(unit.getByRole(AriaRole.ALERT)).containsText("未找到该诉求");
        assertThat(unit.getByText(othersTitle).count()).as("another unit's case by its address").isZero();
        unit.navigate(browser.base().resolve("petitions.html").toString());
        list.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)).click();
        assertStatus(unit, "转办中");
        act(unit, "承办单位答复");
        Locator reply = dialog(unit, "承办单位答复");
        reply.getByLabel("答复内容").fill("已更换路灯灯具，恢复照明。");
        reply.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提交")).click();
        assertStatus(unit, "已答复");

        // 退出 ends the session: back on the login page, and the pages ask for a login again.
        unit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出")).click();
        unit.waitForURL(url -> URI.create(url).getPath().equals("/login"));
        unit.navigate(browser.base().resolve("petitions.html").toString());
        unit.waitForURL(url -> URI.create(url).getPath().equals("/login"));

        // The clerk closes it; the list shows it closed.
        clerk.reload();
        assertStatus(clerk, "已答复");
        act(clerk, "办结");
        Locator close = dialog(clerk, "办结");
        close.getByLabel("办结说明").fill("路灯已修复，群众电话回访满意");
        close.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提交")).click();
        assertStatus(clerk, "已办结");
        clerk.screenshot(new Page.ScreenshotOptions().setPath(screenshot("workbench-petition.png")).setFullPage(true));

        List<String> actions = JsonPath.read(browser.api("clerk").get("/api/cases/" + petition + "/history").body(),
                "$.entries[*].action");
        assertThat(actions).as("submitted, accepted once, forwarded, urged, replied, closed").hasSize(6);

        // Leader lands on the cockpit, auditor on the audit log, each with its own navigation.
        Page leader = startAs(browser, "leader", "/", blocked);
        leader.navigate(browser.base().resolve("petitions.html?status=CLOSED").toString());
        assertNavigation(leader, "leader");
        Locator closed = leader.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("诉求列表"));
        PlaywrightAssertions.assertThat(closed.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)))
                .isVisible();
        leader.screenshot(new Page.ScreenshotOptions().setPath(screenshot("workbench-petitions.png")));
        Page auditor = startAs(browser, "auditor", "/audit-log.html", blocked);
        assertNavigation(auditor, "auditor");

        for (Page page : List.of(clerk, supervisor, unit, leader, auditor)) {
            page.context().close();
        }
        assertThat(blocked).as("what the Content-Security-Policy blocked").isEmpty();
    }

    /** A petition the clerk forwarded to the court, not to the bureau the unit account is linked to. */
    private static String forwardedToAnotherUnit(CockpitCases cases, String title) {
        String id = cases.submitPetition(CockpitCases.TOWNS.get(1), title);
        cases.clerk().act("/api/petitions/" + id + "/accept",
                "{\"deputyId\": \"" + CockpitCases.LEAD_DEPUTY + "\"}");
        cases.clerk().act("/api/petitions/" + id + "/forward", "{\"unitIds\": [\"" + OTHER_UNIT + "\"]}");
        return id;
    }
}

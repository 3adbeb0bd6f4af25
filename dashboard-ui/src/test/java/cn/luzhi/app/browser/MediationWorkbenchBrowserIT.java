package cn.luzhi.app.browser;

import static cn.luzhi.app.browser.WorkbenchSteps.act;
import static cn.luzhi.app.browser.WorkbenchSteps.assertNavigation;
import static cn.luzhi.app.browser.WorkbenchSteps.assertStatus;
import static cn.luzhi.app.browser.WorkbenchSteps.choose;
import static cn.luzhi.app.browser.WorkbenchSteps.dialog;
import static cn.luzhi.app.browser.WorkbenchSteps.goTo;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mediation pages of the workbench in a real browser, pages alone: the clerk registers a case the court referred
 * (法院委派), with its two parties, and assigns a deputy from the mediator pool; that deputy (the demo account
 * {@code deputy}, linked to 王建国, who the reference data puts in the pool) finds the case in their own list, records
 * a session and settles it with an agreement; the clerk's list shows it settled. The parties show masked, never in
 * full. The Content-Security-Policy blocks nothing on any of these pages.
 */
class MediationWorkbenchBrowserIT {

    private static final String COURT = "区人民法院";
    private static final String PARTY = "刘某某";

    @Test
    void shouldRegisterMediateAndSettleACaseThroughThePages() {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        CockpitCases cases = new CockpitCases(browser.base(), WorkPagesBrowser.PASSWORD);
        cases.registerReferenceData();
        List<String> blocked = new ArrayList<>();

        // The clerk registers the court's referral from the list page, parties and all.
        Page clerk = startAs(browser, "clerk", "/todo.html", blocked);
        goTo(clerk, "调解案件", "/mediation-cases.html");
        assertNavigation(clerk, "clerk");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记委派案件")).click();
        Locator register = dialog(clerk, "法院委派调解案件");
        choose(clerk, register.getByLabel("委派法院"), COURT);
        choose(clerk, register.getByLabel("纠纷类型"), "物业纠纷");
        choose(clerk, register.getByLabel("所属区域"), "城关镇");
        register.getByLabel("当事人1：姓名").fill(PARTY);
        register.getByLabel("当事人1：联系电话").fill("13812345678");
        register.getByLabel("当事人2：姓名").fill("某某物业服务有限公司");
        register.getByLabel("争议金额（元，可不填）").fill("12000");
        register.getByLabel("纠纷概要").fill("业主与物业公司就两年物业费及电梯维修费用发生争议。");
        submit(register);
        clerk.waitForURL(url -> URI.create(url).getPath().equals("/mediation-case.html"));
        String mediationCase = URI.create(clerk.url()).getQuery().substring("id=".length());
        assertStatus(clerk, "待指派调解员");
        PlaywrightAssertions.assertThat(clerk.getByTestId("deadline")).containsText("剩余");

        // A deputy from the mediator pool is assigned.
        act(clerk, "从调解员库指派代表调解员");
        Locator assign = dialog(clerk, "从调解员库指派代表调解员");
        choose(clerk, assign.getByLabel("调解员（调解员库中的代表）"), "王建国");
        // A multiple choice keeps its list open; typing elsewhere in the form closes it.
        assign.getByLabel("指派说明").fill("王建国代表熟悉该小区情况");
        submit(assign);
        assertStatus(clerk, "调解中");
        PlaywrightAssertions.assertThat(clerk.getByTestId("mediators")).hasText("王建国");

        // The mediator finds it in their own list, records a session and settles it.
        Page deputy = startAs(browser, "deputy", "/deputy.html", blocked);
        deputy.navigate(browser.base().resolve("mediation-cases.html?status=MEDIATING").toString());
        Locator list = deputy.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("调解案件列表"));
        list.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(mediationCase.substring(0, 8))).click();
        assertStatus(deputy, "调解中");
        act(deputy, "记录一次调解（时间、地点、经过）");
        Locator session = dialog(deputy, "记录一次调解（时间、地点、经过）");
        session.getByLabel("调解地点").fill("城关镇人大代表之家调解室");
        session.getByLabel("调解经过").fill("双方到场陈述意见，物业公司同意减免部分费用。");
        submit(session);
        PlaywrightAssertions.assertThat(deputy.getByTestId("sessions")).hasText("1");

        act(deputy, "登记调解成功（调解协议及金额）");
        Locator settle = dialog(deputy, "登记调解成功（调解协议及金额）");
        settle.getByLabel("调解协议内容").fill("业主分两期缴纳物业费，物业公司承担电梯维修费用。");
        settle.getByLabel("协议金额（元，可不填）").fill("8000");
        submit(settle);
        assertStatus(deputy, "调解成功");
        PlaywrightAssertions.assertThat(deputy.getByTestId("settled-amount")).containsText("8000");
        // The parties show masked to their mediator, never in full without a recorded reason.
        PlaywrightAssertions.assertThat(deputy.getByTestId("people").locator("tbody tr")).hasCount(2);
        assertThat(deputy.getByText(PARTY).count()).as("a party's name in full on the case page").isZero();

        // The clerk sees the whole course of the case (a deputy may not read the trail), and the list shows it settled.
        clerk.reload();
        assertStatus(clerk, "调解成功");
        PlaywrightAssertions.assertThat(clerk.locator(".el-timeline-item")).hasCount(4);
        clerk.screenshot(new Page.ScreenshotOptions().setPath(screenshot("workbench-mediation.png"))
                .setFullPage(true));
        clerk.navigate(browser.base().resolve("mediation-cases.html?status=SETTLED").toString());
        Locator settled = clerk.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("调解案件列表"))
                .getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(mediationCase.substring(0, 8)));
        PlaywrightAssertions.assertThat(settled.getByTestId("list-status")).hasText("调解成功");

        List<String> actions = JsonPath.read(browser.api("clerk").get("/api/cases/" + mediationCase + "/history")
                .body(), "$.entries[*].action");
        assertThat(actions).as("referred, mediators assigned, session held, settled").hasSize(4);

        for (Page page : List.of(clerk, deputy)) {
            page.context().close();
        }
        assertThat(blocked).as("what the Content-Security-Policy blocked").isEmpty();
    }
}

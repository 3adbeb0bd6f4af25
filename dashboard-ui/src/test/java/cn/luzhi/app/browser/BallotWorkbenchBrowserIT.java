package cn.luzhi.app.browser;

import static cn.luzhi.app.browser.WorkbenchSteps.act;
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
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ballot and livelihood project pages of the workbench in a real browser, pages alone as far as they go without
 * a vote (the secret vote is cast on the deputy's phone, not here): the clerk creates a ballot, collects two
 * candidates, shortlists them, opens the vote for a deputy, closes it and publishes the tally; check-in and voting
 * are named as not offered on the page. Then, for a project a ballot approved (set up through the API, vote
 * included), the clerk plans its milestones, records its progress, records a deputies' inspection, declares it
 * complete and records the satisfaction assessment. The Content-Security-Policy blocks nothing on these pages.
 */
class BallotWorkbenchBrowserIT {

    @Test
    void shouldRunABallotAndAProjectThroughThePages() {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        CockpitCases cases = new CockpitCases(browser.base(), WorkPagesBrowser.PASSWORD);
        cases.registerReferenceData();
        String mark = String.valueOf(System.nanoTime() % 1_000_000);
        List<String> blocked = new ArrayList<>();
        Page clerk = startAs(browser, "clerk", "/todo.html", blocked);

        // A ballot from its creation to its published tally.
        goTo(clerk, "民生实事票决", "/ballots.html");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("创建票决")).click();
        Locator create = dialog(clerk, "创建民生实事项目票决");
        create.getByLabel("票决名称").fill("城关镇民生实事项目票选" + mark);
        choose(clerk, create.getByLabel("票决层级"), "镇街票选");
        choose(clerk, create.getByLabel("所属区域"), "城关镇");
        submit(create);
        clerk.waitForURL(url -> URI.create(url).getPath().equals("/ballot.html"));
        assertStatus(clerk, "征集中");

        collect(clerk, "背街小巷路面硬化", "群众建议");
        collect(clerk, "社区养老服务站", "代表提出");

        act(clerk, "政府初定候选项目名单");
        Locator shortlist = dialog(clerk, "政府初定候选项目名单");
        for (String candidate : List.of("背街小巷路面硬化", "社区养老服务站")) {
            choose(clerk, shortlist.getByLabel("候选项目（按选票上的顺序选择）"), candidate);
            // A multiple choice keeps its list open; a click elsewhere in the form closes it.
            shortlist.locator(".el-dialog__header").click();
        }
        shortlist.getByLabel("初定说明").fill("经政府常务会议研究初定");
        submit(shortlist);
        assertStatus(clerk, "已初定");

        act(clerk, "开始投票（设定可选项数、表决代表和截止时间）");
        Locator open = dialog(clerk, "开始投票（设定可选项数、表决代表和截止时间）");
        open.getByLabel("每张选票最多可选项数").fill("1");
        choose(clerk, open.getByLabel("表决代表"), "王建国");
        open.locator(".el-dialog__header").click();
        typeDate(open.getByLabel("投票截止时间"), LocalDate.now().plusDays(2) + " 12:00:00");
        submit(open);
        assertStatus(clerk, "投票中");
        PlaywrightAssertions.assertThat(clerk.getByTestId("entitled")).hasText("1");
        Locator offered = clerk.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("可办理事项"));
        PlaywrightAssertions.assertThat(offered).containsText("代表签到并领取选票码：在「票决会场」页面或代表本人手机上签到");
        assertThat(offered.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("代表签到并领取选票码"))
                .count()).as("a check-in button on the clerk's page").isZero();

        act(clerk, "截止投票");
        submit(dialog(clerk, "截止投票"));
        assertStatus(clerk, "投票已截止");
        act(clerk, "计票并公布结果，通过的项目立项");
        submit(dialog(clerk, "计票并公布结果，通过的项目立项"));
        assertStatus(clerk, "结果已公布");
        PlaywrightAssertions.assertThat(candidates(clerk)).containsText("未通过");

        // A project a ballot approved, from its plan to its satisfaction assessment.
        String title = "口袋公园建设" + mark;
        String ballot = approvedProject(browser, title);
        openFromList(browser, clerk, "projects.html?ballotId=" + ballot, "民生实事项目列表", title);
        assertStatus(clerk, "已票决立项");

        act(clerk, "制定项目里程碑计划");
        Locator plan = dialog(clerk, "制定项目里程碑计划");
        plan.getByLabel("里程碑1：名称").fill("方案设计");
        typeDate(plan.getByLabel("里程碑1：计划完成日期"), LocalDate.now().plusMonths(1).toString());
        plan.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("添加里程碑")).click();
        plan.getByLabel("里程碑2：名称").fill("竣工验收");
        typeDate(plan.getByLabel("里程碑2：计划完成日期"), LocalDate.now().plusMonths(6).toString());
        submit(plan);
        Locator milestones = clerk.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("里程碑计划"));
        PlaywrightAssertions.assertThat(milestones).containsText("竣工验收");

        act(clerk, "登记项目进度");
        Locator progress = dialog(clerk, "登记项目进度");
        progress.getByLabel("完成进度（%）").fill("100");
        choose(clerk, progress.getByLabel("本次达成的里程碑（可不选）"), "竣工验收");
        progress.getByLabel("进展情况").fill("园路、绿化和健身器材全部完工");
        submit(progress);
        assertStatus(clerk, "实施中");

        act(clerk, "代表视察项目");
        Locator inspect = dialog(clerk, "代表视察项目");
        choose(clerk, inspect.getByLabel("视察代表"), "王建国");
        inspect.locator(".el-dialog__header").click();
        typeDate(inspect.getByLabel("视察日期"), LocalDate.now().toString());
        inspect.getByLabel("视察意见").fill("施工质量良好，建议增设夜间照明");
        submit(inspect);
        PlaywrightAssertions.assertThat(clerk.getByTestId("inspections")).hasText("1 次");

        act(clerk, "项目完工（进度须达100%）");
        Locator complete = dialog(clerk, "项目完工（进度须达100%）");
        complete.getByLabel("完工说明").fill("已通过竣工验收");
        submit(complete);
        assertStatus(clerk, "已完工");

        act(clerk, "满意度测评");
        Locator rate = dialog(clerk, "满意度测评");
        rate.getByLabel("满意（人数）", new Locator.GetByLabelOptions().setExact(true)).fill("30");
        rate.getByLabel("基本满意（人数）").fill("8");
        rate.getByLabel("不满意（人数）").fill("2");
        submit(rate);
        assertStatus(clerk, "已测评");
        PlaywrightAssertions.assertThat(clerk.getByTestId("rating")).hasText("满意 30，基本满意 8，不满意 2");
        // The notes that an action was sent fade by themselves; the picture is of the page, not of them.
        PlaywrightAssertions.assertThat(clerk.locator(".el-message")).hasCount(0);
        clerk.screenshot(new Page.ScreenshotOptions().setPath(screenshot("workbench-project.png")).setFullPage(true));

        clerk.context().close();
        assertThat(blocked).as("what the Content-Security-Policy blocked").isEmpty();
    }

    /** Collects a candidate through its form and waits until the ballot page lists it. */
    private static void collect(Page clerk, String title, String proposer) {
        act(clerk, "征集候选项目");
        Locator collect = dialog(clerk, "征集候选项目");
        collect.getByLabel("项目名称").fill(title);
        collect.getByLabel("项目内容").fill(title + "，惠及周边居民。");
        choose(clerk, collect.getByLabel("项目来源"), proposer);
        collect.getByLabel("预算金额（元）").fill("500000");
        submit(collect);
        PlaywrightAssertions.assertThat(candidates(clerk)).containsText(title);
    }

    private static Locator candidates(Page page) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("候选项目").setExact(true));
    }

    /** Types a date (and time) into an Element Plus date picker, as a user may instead of clicking the calendar. */
    private static void typeDate(Locator input, String text) {
        input.fill(text);
        input.press("Enter");
    }

    /**
     * A ballot with one candidate that the only entitled deputy voted for, closed and counted, so that the candidate
     * became a project; answers the ballot's id. Voting is the deputy's, on their phone: here through the API.
     */
    private static String approvedProject(WorkPagesBrowser browser, String title) {
        StaffApi clerk = browser.api("clerk");
        StaffApi deputy = browser.api("deputy");
        String ballot = clerk.create("/api/ballots", """
                {"regionId": "%s", "year": %d, "level": "TOWN", "title": "民生实事项目票选（%s）"}"""
                .formatted(CockpitCases.TOWNS.get(0), LocalDate.now().getYear(), title));
        String path = "/api/ballots/" + ballot;
        clerk.act(path + "/collect-candidate", """
                {"candidateId": "c1", "title": "%s", "description": "在城关镇建设口袋公园", "proposerKind": "CITIZEN",
                 "estimatedBudget": 800000}""".formatted(title));
        clerk.act(path + "/shortlist", "{\"candidateIds\": [\"c1\"]}");
        clerk.act(path + "/open", """
                {"maxChoices": 1, "deputyIds": ["%s"], "closesAt": "%s"}"""
                .formatted(CockpitCases.LEAD_DEPUTY, Instant.now().plus(1, ChronoUnit.HOURS)));
        StaffApi.Answer checkedIn = deputy.post(path + "/check-in",
                "{\"deputyId\": \"" + CockpitCases.LEAD_DEPUTY + "\"}");
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(200);
        String paper = JsonPath.read(checkedIn.body(), "$.result");
        deputy.act(path + "/vote", "{\"paperCode\": \"" + paper + "\", \"choices\": [\"c1\"]}");
        clerk.act(path + "/close", "{}");
        clerk.act(path + "/publish-tally", "{}");
        return ballot;
    }

    /**
     * Opens a list with a filter in its address and follows the link named {@code title}; the list is a read model
     * a moment behind the commands, so 查询 asks again until the row shows (up to about 30 s).
     */
    private static void openFromList(WorkPagesBrowser browser, Page page, String address, String list, String title) {
        page.navigate(browser.base().resolve(address).toString());
        Locator link = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(list))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title).setExact(true));
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

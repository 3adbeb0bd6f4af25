package cn.luzhi.app.browser;

import static cn.luzhi.app.browser.WorkbenchSteps.act;
import static cn.luzhi.app.browser.WorkbenchSteps.assertStatus;
import static cn.luzhi.app.browser.WorkbenchSteps.choose;
import static cn.luzhi.app.browser.WorkbenchSteps.dialog;
import static cn.luzhi.app.browser.WorkbenchSteps.goTo;
import static cn.luzhi.app.browser.WorkbenchSteps.startAs;
import static cn.luzhi.app.browser.WorkbenchSteps.startOnPhoneAs;
import static cn.luzhi.app.browser.WorkbenchSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Legislative opinion collection through pages alone: the administrator makes a station a liaison point in 基础数据,
 * the clerk opens a draft for comment there (发布征求意见); a citizen gives an opinion on the station's public QR page
 * without an account; a deputy collects one on a 390×844 phone from 我的履职; the clerk merges a duplicate, closes,
 * forwards and records which the legislature adopted, and the list's figures show it. The citizen's name never shows
 * in full. The Content-Security-Policy blocks nothing on any of these pages.
 */
class LegislativeOpinionBrowserIT {

    private static final String CITIZEN = "赵桂兰";

    @Test
    void shouldCollectOpinionsFromCitizenAndDeputyAndRecordAdoptionThroughThePages() throws Exception {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        new CockpitCases(browser.base(), WorkPagesBrowser.PASSWORD).registerReferenceData();
        String mark = String.valueOf(System.nanoTime() % 1_000_000);
        String stationId = "s-liaison-" + mark;
        String stationName = "立法联系点" + mark;
        String title = "某市物业管理条例（修订草案）" + mark;
        browser.api("admin").ensure("/api/stations", """
                {"stationId": "%s", "name": "%s", "kind": "LIAISON_STATION", "setting": "TOWN", "level": "TOWNSHIP",
                 "regionId": "150102001", "address": "城关镇人民路8号", "openedOn": "2024-05-01"}"""
                .formatted(stationId, stationName));
        List<String> blocked = new ArrayList<>();

        // The administrator designates the station in 基础数据.
        Page admin = startAs(browser, "admin", "/admin-accounts.html", blocked);
        admin.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("页面导航"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("基础数据")).click();
        admin.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("联络站")).click();
        Locator row = admin.locator(".el-table__row").filter(new Locator.FilterOptions().setHasText(stationName));
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("设为基层立法联系点")).click();
        Locator designate = dialog(admin, "设为基层立法联系点");
        designate.getByLabel("理由（记入审计日志）").fill("常委会主任会议决定设立");
        submit(designate);
        PlaywrightAssertions.assertThat(row.getByTestId("liaison-point")).hasText("是");

        // The clerk opens the draft for comment there.
        Page clerk = startAs(browser, "clerk", "/todo.html", blocked);
        goTo(clerk, "立法意见征集", "/legislative-drafts.html");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布征求意见")).click();
        Locator open = dialog(clerk, "发布征求意见");
        open.getByLabel("法规草案名称").fill(title);
        open.getByLabel("制定机关（征求意见的立法机关）").fill("市人大常委会法制工作委员会");
        open.getByLabel("草案链接").fill("https://www.example.gov.cn/draft.pdf");
        String closesOn = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString();
        open.getByLabel("征求意见截止日期").fill(closesOn);
        open.getByLabel("征求意见截止日期").press("Enter");
        choose(clerk, open.getByLabel("征求意见的基层立法联系点"), stationName);
        open.getByLabel("草案链接").click();
        submit(open);
        clerk.waitForURL(url -> URI.create(url).getPath().equals("/legislative-draft.html"));
        String draftId = URI.create(clerk.url()).getQuery().substring("id=".length());
        assertStatus(clerk, "征求意见中");

        // A citizen scans the station's code and gives an opinion, without an account.
        String link = IntakeBrowserIT.decode(browser.api("clerk").bytes("/api/stations/" + stationId + "/qr.png"));
        Page phone = browser.openOnPhone(link, WorkPagesBrowser.dialogs());
        phone.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("立法意见")).click();
        Locator draft = phone.getByTestId("open-draft").filter(new Locator.FilterOptions().setHasText(title));
        draft.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提出意见")).click();
        draft.getByLabel("姓名").fill(CITIZEN);
        draft.getByLabel("手机号").fill("1381234");
        draft.getByLabel("您的意见").fill("建议明确公共收益公示的期限");
        draft.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提交意见")).click();
        PlaywrightAssertions.assertThat(phone.getByTestId("opinion-error-phone")).hasText("请填写11位手机号码");
        draft.getByLabel("手机号").fill("13812345678");
        draft.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提交意见")).click();
        PlaywrightAssertions.assertThat(phone.getByTestId("opinion-receipt")).containsText("第 1 条");
        phone.context().close();

        // A deputy collects one on the phone, from 我的履职.
        List<String> dialogs = WorkPagesBrowser.dialogs();
        Page deputy = startOnPhoneAs(browser, "deputy", "/deputy.html", blocked, dialogs);
        deputy.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("常用"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("立法意见征集")).click();
        deputy.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("立法意见征集列表"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)).click();
        assertStatus(deputy, "征求意见中");
        act(deputy, "在联系点收集立法意见");
        Locator collect = dialog(deputy, "在联系点收集立法意见");
        choose(deputy, collect.getByLabel("联系点"), stationName);
        choose(deputy, collect.getByLabel("意见来源"), "代表收集");
        collect.getByLabel("涉及条款（可不填）").fill("第十二条");
        collect.getByLabel("意见内容").fill("维修资金使用程序过繁，建议增设应急使用情形");
        submit(collect);
        PlaywrightAssertions.assertThat(deputy.getByTestId("collected")).hasText("2");

        // The clerk collects a duplicate, merges it, closes, forwards and records the adoption.
        clerk.reload();
        act(clerk, "在联系点收集立法意见");
        Locator byClerk = dialog(clerk, "在联系点收集立法意见");
        choose(clerk, byClerk.getByLabel("联系点"), stationName);
        choose(clerk, byClerk.getByLabel("意见来源"), "联系点工作人员收集");
        byClerk.getByLabel("意见内容").fill("公共收益应当定期公示");
        submit(byClerk);
        PlaywrightAssertions.assertThat(clerk.getByTestId("collected")).hasText("3");

        act(clerk, "合并重复意见（须说明理由）");
        Locator merge = dialog(clerk, "合并重复意见（须说明理由）");
        choose(clerk, merge.getByLabel("保留的意见"), "第1条");
        choose(clerk, merge.getByLabel("并入的重复意见"), "第3条");
        merge.getByLabel("合并理由").fill("与第1条意见内容相同");
        submit(merge);
        PlaywrightAssertions.assertThat(clerk.getByTestId("opinion-state").nth(2)).hasText("已并入第1条");

        act(clerk, "提前截止征求意见");
        Locator close = dialog(clerk, "提前截止征求意见");
        close.getByLabel("提前截止的原因").fill("立法机关通知提前汇总");
        submit(close);
        assertStatus(clerk, "征求意见已截止");

        act(clerk, "向立法机关报送整理后的意见");
        Locator forward = dialog(clerk, "向立法机关报送整理后的意见");
        forward.getByLabel("报送说明").fill("经整理报送两条意见");
        submit(forward);
        assertStatus(clerk, "意见已报送");
        PlaywrightAssertions.assertThat(clerk.getByTestId("forwarded")).hasText("2");

        act(clerk, "登记立法机关反馈的采纳情况");
        Locator feedback = dialog(clerk, "登记立法机关反馈的采纳情况");
        choose(clerk, feedback.getByLabel("被采纳的意见（均未采纳则不选）"), "第2条");
        feedback.getByLabel("立法机关的反馈").fill("第2条意见已在修改稿中吸收");
        submit(feedback);
        assertStatus(clerk, "已反馈采纳情况");
        PlaywrightAssertions.assertThat(clerk.getByTestId("adopted")).hasText("1");
        assertThat(clerk.getByText(CITIZEN).count()).as("the citizen's name in full on the case page").isZero();
        clerk.screenshot(new Page.ScreenshotOptions().setPath(WorkbenchSteps.screenshot("workbench-legislation.png"))
                .setFullPage(true));

        // The list prints the year's figures.
        goTo(clerk, "立法意见征集", "/legislative-drafts.html");
        long adopted = ((Number) JsonPath.read(browser.api("clerk").get("/api/legislative-drafts/figures").body(),
                "$.opinionsAdopted")).longValue();
        PlaywrightAssertions.assertThat(clerk.getByTestId("legislative-figures"))
                .containsText("被采纳 " + adopted + " 条", new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        assertThat(adopted).isPositive();

        List<String> actions = JsonPath.read(browser.api("clerk").get("/api/cases/" + draftId + "/history").body(),
                "$.entries[*].action");
        assertThat(actions).as("opened, three collected, merged, closed, forwarded, feedback").hasSize(8);

        for (Page page : List.of(admin, clerk, deputy)) {
            page.context().close();
        }
        assertThat(blocked).as("what the Content-Security-Policy blocked").isEmpty();
        assertThat(dialogs).isEmpty();
    }
}

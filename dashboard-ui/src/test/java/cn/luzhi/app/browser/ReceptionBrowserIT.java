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

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 进家接待 through the pages alone: a deputy on a phone (390×844) records a reception from 我的履职 with two issues,
 * one answered on the spot and one turned into a petition from the reception's page; the clerk finds the reception
 * in the list, the petition that links back to it, and the reception in 接待统计.
 */
class ReceptionBrowserIT {

    @Test
    void shouldLetADeputyRecordAReceptionOnTheirPhoneAndTheClerkFollowIt() {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        new CockpitCases(browser.base(), WorkPagesBrowser.PASSWORD).registerReferenceData();
        String issue = "小区停车位不足" + System.nanoTime() % 1_000_000;
        List<String> dialogs = WorkPagesBrowser.dialogs();
        List<String> blocked = new ArrayList<>();

        Page deputy = startOnPhoneAs(browser, "deputy", "/deputy.html", blocked, dialogs);
        deputy.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("登记进家接待")).click();
        Locator record = dialog(deputy, "登记进家接待");
        assertThat(record.boundingBox().width).as("the form fills the phone's screen").isEqualTo(390);
        choose(deputy, record.getByLabel("代表之家（站）"), "城关镇人大代表之家");
        record.getByLabel("接待群众（人）").fill("17");
        record.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("添加反映问题")).click();
        record.getByLabel("反映问题1：问题").fill("咨询城乡居民医保缴费标准");
        record.getByLabel("反映问题1：当场答复").fill("已当场讲解今年缴费标准");
        record.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("添加反映问题")).click();
        record.getByLabel("反映问题2：问题").fill(issue);
        submit(record);
        deputy.waitForURL(url -> url.contains("reception.html?id="));
        assertStatus(deputy, "有待办问题");
        PlaywrightAssertions.assertThat(deputy.getByTestId("issue-answer")).containsText("已当场讲解今年缴费标准");

        act(deputy, "将接待中反映的问题转为诉求（进站接待）");
        Locator turn = dialog(deputy, "将接待中反映的问题转为诉求（进站接待）");
        choose(deputy, turn.getByLabel("问题"), issue);
        choose(deputy, turn.getByLabel("所属区域"), "城关镇");
        turn.getByLabel("反映人姓名").fill("周桂芳");
        turn.getByLabel("诉求标题").fill(issue);
        submit(turn);
        assertStatus(deputy, "已办结");
        Locator petitionLink = deputy.getByTestId("issue-petition").getByRole(AriaRole.LINK);
        PlaywrightAssertions.assertThat(petitionLink).isVisible();
        deputy.context().close();

        // The clerk finds the reception, opens the petition it became, and goes back to the reception from there.
        Page clerk = startAs(browser, "clerk", "/todo.html", blocked);
        goTo(clerk, "进家接待", "/receptions.html");
        clerk.getByLabel("关键词").fill(issue);
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
        Locator row = clerk.locator(".el-table__row").filter(new Locator.FilterOptions().setHasText("城关镇人大代表之家"));
        PlaywrightAssertions.assertThat(row).hasCount(1);
        PlaywrightAssertions.assertThat(row.getByTestId("list-status")).hasText("已办结");
        row.getByRole(AriaRole.LINK).first().click();
        clerk.waitForURL(url -> url.contains("reception.html?id="));
        String receptionPage = clerk.url();
        clerk.getByTestId("issue-petition").getByRole(AriaRole.LINK).click();
        clerk.waitForURL(url -> url.contains("petition.html?id="));
        assertStatus(clerk, "待受理");
        Locator back = clerk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看接待记录"));
        back.click();
        clerk.waitForURL(url -> url.equals(receptionPage));

        goTo(clerk, "接待统计", "/reception-figures.html");
        PlaywrightAssertions.assertThat(clerk.getByTestId("reception-total")).containsText("进家接待");
        Locator stations = clerk.getByRole(AriaRole.TABLE).first();
        PlaywrightAssertions.assertThat(clerk.getByText("城关镇人大代表之家").first()).isVisible();
        assertThat(stations.isVisible()).isTrue();
        clerk.context().close();
        assertThat(blocked).as("blocked by the Content-Security-Policy").isEmpty();
        assertThat(dialogs).isEmpty();
    }
}

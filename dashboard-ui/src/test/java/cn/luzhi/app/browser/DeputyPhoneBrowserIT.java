package cn.luzhi.app.browser;

import static cn.luzhi.app.browser.WorkbenchSteps.act;
import static cn.luzhi.app.browser.WorkbenchSteps.assertNavigation;
import static cn.luzhi.app.browser.WorkbenchSteps.assertStatus;
import static cn.luzhi.app.browser.WorkbenchSteps.choose;
import static cn.luzhi.app.browser.WorkbenchSteps.dialog;
import static cn.luzhi.app.browser.WorkbenchSteps.goTo;
import static cn.luzhi.app.browser.WorkbenchSteps.screenshot;
import static cn.luzhi.app.browser.WorkbenchSteps.startAs;
import static cn.luzhi.app.browser.WorkbenchSteps.startOnPhoneAs;
import static cn.luzhi.app.browser.WorkbenchSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A deputy's phone (390×844): a citizen writes in through the deputy's own QR code; the deputy finds the petition
 * in 我的待办 on 我的履职, takes it up, forwards it to the bureau, and after the bureau's reply (sent through the API:
 * the bureau's pages are another test's subject) follows up and closes it, every form filling the screen. Then the
 * deputy's archive counts the taking up, with the rank and the QR code, and the clerk finds the deputy in the full
 * ranking and opens the same archive. Saves {@code target/deputy-phone.png} and {@code target/deputy-archive.png}.
 */
class DeputyPhoneBrowserIT {

    @Test
    void shouldLetADeputyHandleAPetitionFromTheirQrCodeOnTheirPhone() throws Exception {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        CockpitCases cases = new CockpitCases(browser.base(), WorkPagesBrowser.PASSWORD);
        cases.registerReferenceData();
        String title = "村道路灯不亮" + System.nanoTime() % 1_000_000;
        List<String> dialogs = WorkPagesBrowser.dialogs();

        // The citizen scans the deputy's code and writes in.
        String link = IntakeBrowserIT.decode(browser.api("deputy").bytes("/api/deputies/" + CockpitCases.LEAD_DEPUTY + "/qr.png"));
        Page citizen = browser.openOnPhone(link, dialogs);
        citizen.getByLabel("姓名").fill("孙秀兰");
        citizen.getByLabel("手机号").fill("13912345678");
        citizen.getByLabel("标题").fill(title);
        citizen.getByLabel("内容").fill("村东头三盏路灯坏了一个月，晚上接孩子放学看不清路。");
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交")).click();
        PlaywrightAssertions.assertThat(citizen.getByTestId("receipt-code")).isVisible();
        citizen.context().close();

        // The deputy lands on 我的履职 on the phone and finds it among the petitions waiting for them.
        List<String> blocked = new ArrayList<>();
        Page deputy = startOnPhoneAs(browser, "deputy", "/deputy.html", blocked, dialogs);
        assertNavigation(deputy, "deputy");
        Locator waiting = deputy.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("待受理的民意诉求"));
        Locator item = waiting.getByRole(AriaRole.LINK).filter(new Locator.FilterOptions().setHasText(title));
        PlaywrightAssertions.assertThat(item).isVisible();
        PlaywrightAssertions.assertThat(deputy.getByTestId("waiting")).containsText("件事等您办理");
        assertThat(item.boundingBox().height).as("a row a thumb can hit").isGreaterThanOrEqualTo(44);
        assertThat(deputy.evaluate("() => document.documentElement.scrollWidth")).as("no sideways scrolling")
                .isEqualTo(390);
        deputy.screenshot(new Page.ScreenshotOptions().setPath(screenshot("deputy-phone.png")).setFullPage(true));

        item.click();
        assertStatus(deputy, "待受理");
        String petitionId = URI.create(deputy.url()).getQuery().replace("id=", "");
        act(deputy, "代表受理诉求");
        Locator accept = dialog(deputy, "代表受理诉求");
        assertThat(accept.boundingBox().width).as("the form fills the phone's screen").isEqualTo(390);
        accept.getByLabel("受理意见").fill("本周内到现场查看");
        submit(accept);
        assertStatus(deputy, "已受理");

        act(deputy, "转交承办单位并设定答复期限");
        Locator forward = dialog(deputy, "转交承办单位并设定答复期限");
        choose(deputy, forward.getByLabel("承办单位"), "区住房和城乡建设局");
        forward.getByLabel("转办意见").fill("请住建局安排维修");
        submit(forward);
        assertStatus(deputy, "转办中");

        // The bureau replies.
        browser.api("unit").act("/api/petitions/" + petitionId + "/reply", """
                {"unitId": "%s", "reply": "已更换三盏路灯。"}""".formatted(CockpitCases.UNIT));

        deputy.reload();
        assertStatus(deputy, "已答复");
        act(deputy, "代表跟进回访");
        Locator followUp = dialog(deputy, "代表跟进回访");
        followUp.getByLabel("回访情况").fill("电话回访，群众反映路灯已亮");
        submit(followUp);
        assertStatus(deputy, "已跟进");
        act(deputy, "办结");
        Locator close = dialog(deputy, "办结");
        close.getByLabel("办结说明").fill("路灯已修复");
        submit(close);
        assertStatus(deputy, "已办结");

        // The archive counts the taking up, says the rank within the level and offers the deputy's code.
        deputy.navigate(browser.base().resolve("deputy.html").toString());
        deputy.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我的履职档案")).click();
        Locator acts = deputy.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("履职记录"));
        PlaywrightAssertions.assertThat(acts).containsText("受理诉求");
        PlaywrightAssertions.assertThat(deputy.getByTestId("place")).containsText("排第");
        Locator code = deputy.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("我的代表码"));
        PlaywrightAssertions.assertThat(code.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("下载 PNG"))).isVisible();
        deputy.screenshot(new Page.ScreenshotOptions().setPath(screenshot("deputy-archive.png")).setFullPage(true));
        deputy.context().close();

        // The clerk finds the deputy in the full ranking and opens the same archive.
        Page clerk = startAs(browser, "clerk", "/todo.html", blocked);
        goTo(clerk, "履职排名", "/ranking.html");
        Locator ranking = clerk.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("排名"));
        choose(clerk, clerk.getByLabel("代表层级"), "县（区）人大代表");
        ranking.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("王建国")).click();
        clerk.waitForURL(url -> url.contains("archive.html?deputyId=" + CockpitCases.LEAD_DEPUTY));
        // Exactly the name: the annual report below is headed "王建国 2026年度履职报告" once it has loaded.
        PlaywrightAssertions.assertThat(clerk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("王建国").setExact(true))).isVisible();
        PlaywrightAssertions.assertThat(clerk.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                .setName("履职记录"))).containsText("受理诉求");
        clerk.close();
        assertThat(blocked).as("what the Content-Security-Policy blocked").isEmpty();
        assertThat(dialogs).isEmpty();
    }
}

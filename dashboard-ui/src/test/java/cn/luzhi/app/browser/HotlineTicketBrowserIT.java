package cn.luzhi.app.browser;

import static cn.luzhi.app.browser.WorkbenchSteps.act;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 12345 difficult ticket (12345疑难工单) through the pages alone: the clerk registers it with the hotline's ticket
 * and the deputy who supervises it; the deputy takes it up on the phone and forwards it; the bureau replies; the
 * ticket waits on the clerk's 待办 (待反馈12345) until the clerk records what was fed back to the hotline, and the
 * case page shows the ticket and the feedback. Registering the same ticket number again is refused beside the
 * field, naming (and linking) the petition that holds it. The list filters by source and finds the ticket by its
 * number, and the Content-Security-Policy blocks nothing.
 */
class HotlineTicketBrowserIT {

    @Test
    void shouldRegisterATicketWithASupervisingDeputyAndTellTheHotlineTheResult() {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        CockpitCases cases = new CockpitCases(browser.base(), WorkPagesBrowser.PASSWORD);
        cases.registerReferenceData();
        String mark = String.valueOf(System.nanoTime() % 1_000_000);
        String title = "背街小巷污水外溢" + mark;
        String ticketNumber = "12345-GD-" + mark;
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        List<String> blocked = new ArrayList<>();
        List<String> dialogs = new ArrayList<>();

        // The clerk registers the ticket: choosing 12345疑难工单 asks for the ticket and a supervising deputy.
        Page clerk = startAs(browser, "clerk", "/todo.html", blocked);
        goTo(clerk, "民意诉求", "/petitions.html");
        Locator register = openRegistration(clerk);
        choose(clerk, register.getByLabel("来源"), "12345疑难工单");
        choose(clerk, register.getByLabel("所属区域"), "城关镇");
        register.getByLabel("诉求人姓名").fill("周某某");
        register.getByLabel("标题").fill(title);
        register.getByLabel("诉求内容").fill("热线转来：巷道污水井堵塞外溢一个月，多次来电未解决。");
        register.getByLabel("12345工单号").fill(ticketNumber);
        register.getByLabel("热线接件日期").fill(today);
        register.getByLabel("热线接件日期").press("Enter");
        register.getByLabel("升级原因").fill("涉及多个部门，经两次转派仍未解决");
        submit(register);
        // Other fields' messages may still be fading out from the check the date's Enter set off: look for this one.
        PlaywrightAssertions.assertThat(register.locator(".el-form-item__error").filter(
                new Locator.FilterOptions().setHasText("请选择督办代表"))).isVisible();
        choose(clerk, register.getByLabel("督办代表"), "王建国");
        submit(register);
        clerk.waitForURL(url -> URI.create(url).getPath().equals("/petition.html"));
        String petition = URI.create(clerk.url()).getQuery().substring("id=".length());
        assertStatus(clerk, "待受理");
        Locator hotline = clerk.getByTestId("hotline");
        PlaywrightAssertions.assertThat(hotline.getByTestId("ticket-number")).hasText(ticketNumber);
        PlaywrightAssertions.assertThat(hotline).containsText("经两次转派仍未解决");
        PlaywrightAssertions.assertThat(hotline.getByTestId("hotline-feedback")).hasText("尚未反馈");

        // The supervising deputy takes it up on the phone and forwards it to the bureau.
        Page deputy = startOnPhoneAs(browser, "deputy", "/deputy.html", blocked, dialogs);
        deputy.navigate(browser.base().resolve("petition.html?id=" + petition).toString());
        assertStatus(deputy, "待受理");
        act(deputy, "代表受理诉求");
        Locator accept = dialog(deputy, "代表受理诉求");
        accept.getByLabel("受理意见").fill("本人督办，三日内到现场");
        submit(accept);
        assertStatus(deputy, "已受理");
        act(deputy, "转交承办单位并设定答复期限");
        Locator forward = dialog(deputy, "转交承办单位并设定答复期限");
        choose(deputy, forward.getByLabel("承办单位"), "区住房和城乡建设局");
        forward.getByLabel("转办意见").fill("请住建局疏通污水井");
        submit(forward);
        assertStatus(deputy, "转办中");

        // The bureau replies: the ticket waits on the clerk's 待办 until the hotline is told, under its number.
        browser.api("unit").act("/api/petitions/" + petition + "/reply", """
                {"unitId": "%s", "reply": "已疏通污水井并更换井盖。"}""".formatted(CockpitCases.UNIT));
        clerk.navigate(browser.base().resolve("todo.html").toString());
        Locator awaiting = clerk.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("待反馈12345的疑难工单")
                .setExact(true)).locator("tbody tr").filter(new Locator.FilterOptions().setHasText(title));
        PlaywrightAssertions.assertThat(awaiting).containsText("已答复");
        awaiting.getByRole(AriaRole.LINK).click();
        clerk.waitForURL(url -> URI.create(url).getPath().equals("/petition.html"));
        assertStatus(clerk, "已答复");
        act(clerk, "向12345热线反馈办理结果");
        Locator feedback = dialog(clerk, "向12345热线反馈办理结果");
        feedback.getByLabel("反馈12345的办理结果").fill("已在代表督办下疏通污水井，请热线回访群众");
        feedback.getByLabel("反馈日期").fill(today);
        feedback.getByLabel("反馈日期").press("Enter");
        submit(feedback);
        PlaywrightAssertions.assertThat(clerk.getByTestId("hotline-feedback"))
                .hasText(today + " 已反馈：已在代表督办下疏通污水井，请热线回访群众");
        PlaywrightAssertions.assertThat(clerk.locator(".el-timeline")).containsText("向12345热线反馈办理结果");
        clerk.screenshot(new Page.ScreenshotOptions().setPath(screenshot("hotline-ticket.png")).setFullPage(true));
        clerk.navigate(browser.base().resolve("todo.html").toString());
        PlaywrightAssertions.assertThat(clerk.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                .setName("待受理的民意诉求").setExact(true))).isVisible();
        PlaywrightAssertions.assertThat(awaiting).hasCount(0);

        // The same ticket number again: refused beside the field, naming the petition that holds it.
        clerk.navigate(browser.base().resolve("petitions.html").toString());
        Locator again = openRegistration(clerk);
        choose(clerk, again.getByLabel("来源"), "12345疑难工单");
        choose(clerk, again.getByLabel("所属区域"), "城关镇");
        again.getByLabel("诉求人姓名").fill("周某某");
        again.getByLabel("标题").fill(title + "（再次来电）");
        again.getByLabel("诉求内容").fill("再次来电反映同一问题。");
        again.getByLabel("12345工单号").fill(ticketNumber);
        again.getByLabel("热线接件日期").fill(today);
        again.getByLabel("热线接件日期").press("Enter");
        again.getByLabel("升级原因").fill("群众再次来电");
        choose(clerk, again.getByLabel("督办代表"), "王建国");
        submit(again);
        Locator duplicate = again.getByTestId("duplicate-ticket");
        PlaywrightAssertions.assertThat(duplicate).containsText(title);
        String taken = "12345工单号「" + ticketNumber + "」已登记为诉求「" + title + "」";
        PlaywrightAssertions.assertThat(again.locator(".el-form-item__error")
                .filter(new Locator.FilterOptions().setHasText(taken))).isVisible();
        assertThat(duplicate.getByRole(AriaRole.LINK).getAttribute("href")).isEqualTo("petition.html?id=" + petition);
        again.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("取消")).click();

        // The list filters by source: the ticket is among the 12345 petitions.
        clerk.navigate(browser.base().resolve("petitions.html?source=HOTLINE_12345").toString());
        Locator list = clerk.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("诉求列表"));
        PlaywrightAssertions.assertThat(list.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)))
                .isVisible();
        PlaywrightAssertions.assertThat(list.locator("tbody")).not().containsText("来信来电登记");

        // The hotline quotes its number on the phone: the clerk finds the ticket by it, whatever else is listed.
        clerk.navigate(browser.base().resolve("petitions.html").toString());
        clerk.getByLabel("12345工单号").fill(" " + ticketNumber + " ");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
        PlaywrightAssertions.assertThat(list.locator(".el-table__body tr")).hasCount(1);
        PlaywrightAssertions.assertThat(list.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)))
                .isVisible();
        PlaywrightAssertions.assertThat(list.getByTestId("ticket-number")).hasText("工单号 " + ticketNumber);
        assertThat(clerk.url()).contains("ticketNumber=");

        for (Page page : List.of(clerk, deputy)) {
            page.context().close();
        }
        assertThat(blocked).as("what the Content-Security-Policy blocked").isEmpty();
    }

    private static Locator openRegistration(Page clerk) {
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记诉求")).click();
        return dialog(clerk, "登记诉求");
    }
}

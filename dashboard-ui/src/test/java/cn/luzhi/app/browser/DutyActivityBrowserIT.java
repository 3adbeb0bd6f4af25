package cn.luzhi.app.browser;

import static cn.luzhi.app.browser.WorkbenchSteps.act;
import static cn.luzhi.app.browser.WorkbenchSteps.assertNavigation;
import static cn.luzhi.app.browser.WorkbenchSteps.assertStatus;
import static cn.luzhi.app.browser.WorkbenchSteps.choose;
import static cn.luzhi.app.browser.WorkbenchSteps.dialog;
import static cn.luzhi.app.browser.WorkbenchSteps.goTo;
import static cn.luzhi.app.browser.WorkbenchSteps.optionsOf;
import static cn.luzhi.app.browser.WorkbenchSteps.startOnPhoneAs;
import static cn.luzhi.app.browser.WorkbenchSteps.startAs;
import static cn.luzhi.app.browser.WorkbenchSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 履职活动 through the pages alone: the clerk schedules an inspection under way today with two deputies; one deputy
 * scans the activity's check-in code with a phone (390×844), logs in and checks in on the form the link opens, then
 * finds the activity from 我的履职 → 履职活动; the clerk records the other on leave with a reason and closes it; the
 * roll call shows how each was recorded; the deputy's annual report (年度履职报告) on the archive page counts it.
 */
class DutyActivityBrowserIT {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Test
    void shouldLetTheClerkScheduleAnInspectionADeputyCheckInOnTheirPhoneAndTheClerkCloseIt() throws Exception {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        new CockpitCases(browser.base(), WorkPagesBrowser.PASSWORD).registerReferenceData();
        String title = "城关镇食品安全视察" + System.nanoTime() % 1_000_000;
        // Under way now in the pages' (Beijing) time, so that the deputy may check in and the clerk may close it.
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.MINUTES);
        List<String> dialogs = WorkPagesBrowser.dialogs();
        List<String> blocked = new ArrayList<>();

        Page clerk = startAs(browser, "clerk", "/todo.html", blocked);
        assertNavigation(clerk, "clerk");
        goTo(clerk, "履职活动", "/duty-activities.html");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("安排活动")).click();
        Locator schedule = dialog(clerk, "安排活动");
        choose(clerk, schedule.getByLabel("活动类型"), "视察");
        schedule.getByLabel("活动名称").fill(title);
        typeDate(schedule, schedule.getByLabel("开始时间"), now.minusHours(1).format(TYPED));
        typeDate(schedule, schedule.getByLabel("结束时间"), now.plusHours(2).format(TYPED));
        schedule.getByLabel("活动地点").fill("城关镇农贸市场");
        choose(clerk, schedule.getByLabel("所属区域"), "城关镇");
        choose(clerk, schedule.getByLabel("受邀代表"), "王建国");
        // A multiple choice stays open after a pick: the second deputy is picked from the same list.
        Locator second = optionsOf(clerk, schedule.getByLabel("受邀代表"))
                .filter(new Locator.FilterOptions().setHasText("李秀英")).first();
        if (second.isVisible()) {
            second.click();
        } else {
            choose(clerk, schedule.getByLabel("受邀代表"), "李秀英");
        }
        schedule.locator(".el-dialog__header").click();
        submit(schedule);
        clerk.waitForURL(url -> url.contains("duty-activity.html?id="));
        assertStatus(clerk, "已安排");
        PlaywrightAssertions.assertThat(attendance(clerk, "王建国")).hasText("未点名");
        PlaywrightAssertions.assertThat(attendance(clerk, "李秀英")).hasText("未点名");

        // The clerk's page shows the activity's check-in code; the deputy scans it on a phone not yet logged in.
        String activityId = URI.create(clerk.url()).getQuery().replace("id=", "");
        PlaywrightAssertions.assertThat(clerk.getByTestId("check-in-code")).isVisible();
        clerk.waitForFunction("() => document.querySelector('[data-testid=check-in-code]').naturalWidth > 0");
        String codePath = "/api/duty-activities/" + activityId + "/qr.png";
        String link = IntakeBrowserIT.decode(browser.api("clerk").bytes(codePath));
        assertThat(link).endsWith("/duty-activity.html?id=" + activityId + "&checkin=1");
        assertThat(browser.api("deputy").get(codePath).status()).as("only the clerk draws the code").isEqualTo(403);

        Page deputy = browser.openOnPhone(link, dialogs);
        CspViolations deputyViolations = CspViolations.watch(deputy.context(), deputy);
        deputy.onClose(closed -> blocked.addAll(deputyViolations.seen()));
        deputy.waitForURL(url -> URI.create(url).getPath().equals("/login"));
        deputy.getByLabel("用户名").fill("deputy");
        deputy.getByLabel("密码").fill(WorkPagesBrowser.PASSWORD);
        deputy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        // Logged in, the phone is back on the scanned page, whose check-in form is open at once.
        deputy.waitForURL(url -> url.contains("duty-activity.html?id=" + activityId + "&checkin=1"));
        Locator checkIn = dialog(deputy, "代表扫码签到（活动当天）");
        PlaywrightAssertions.assertThat(checkIn).isVisible();
        assertThat(checkIn.boundingBox().width).as("the form fills the phone's screen").isEqualTo(390);
        PlaywrightAssertions.assertThat(deputy.getByTestId("check-in-code")).hasCount(0);
        submit(checkIn);
        PlaywrightAssertions.assertThat(attendance(deputy, "王建国")).hasText("出席");
        // Scanned again, the code opens no second check-in: the page says why not.
        deputy.reload();
        PlaywrightAssertions.assertThat(deputy.getByTestId("not-now")).containsText("代表扫码签到（活动当天）：");
        PlaywrightAssertions.assertThat(deputy.locator(".el-dialog:visible")).hasCount(0);

        // The activity is also among the deputy's activities, from 我的履职.
        deputy.navigate(browser.base().resolve("/deputy.html").toString());
        deputy.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("常用"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("履职活动").setExact(true)).click();
        deputy.waitForURL(url -> url.contains("duty-activities.html"));
        PlaywrightAssertions.assertThat(deputy.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)))
                .isVisible();
        deputy.context().close();

        clerk.reload();
        PlaywrightAssertions.assertThat(attendance(clerk, "王建国")).hasText("出席");
        act(clerk, "点名（出席、缺席、请假）");
        Locator rollCall = dialog(clerk, "点名（出席、缺席、请假）");
        choose(clerk, rollCall.getByLabel("代表", new Locator.GetByLabelOptions().setExact(true)), "李秀英");
        choose(clerk, rollCall.getByLabel("出勤情况"), "请假");
        rollCall.getByLabel("请假事由（请假时填写）").fill("参加市人代会专题培训");
        submit(rollCall);
        PlaywrightAssertions.assertThat(attendance(clerk, "李秀英")).hasText("请假");

        act(clerk, "结束活动，出勤定案");
        submit(dialog(clerk, "结束活动，出勤定案"));
        assertStatus(clerk, "已结束");
        PlaywrightAssertions.assertThat(clerk.getByTestId("present")).hasText("1");
        PlaywrightAssertions.assertThat(row(clerk, "王建国")).containsText("扫码签到");
        PlaywrightAssertions.assertThat(row(clerk, "李秀英")).containsText("点名");
        PlaywrightAssertions.assertThat(row(clerk, "李秀英")).containsText("参加市人代会专题培训");
        clerk.context().close();

        // The deputy's annual report (年度履职报告) on the archive page counts the activity among the year's.
        Page archive = startOnPhoneAs(browser, "deputy", "/deputy.html", blocked, dialogs);
        archive.navigate(browser.base().resolve("/archive.html").toString());
        Locator report = archive.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("年度履职报告"));
        String reportPath = "/api/deputies/" + CockpitCases.LEAD_DEPUTY + "/annual-report?year=" + now.getYear();
        StaffApi deputyApi = browser.api("deputy");
        long present = deputyApi.number(reportPath, "$.attendance.present");
        assertThat(present).as("the inspection closed above").isPositive();
        PlaywrightAssertions.assertThat(report.getByTestId("report-title")).hasText("王建国 " + now.getYear() + "年度履职报告");
        PlaywrightAssertions.assertThat(report.getByTestId("report-points"))
                .hasText(String.valueOf(deputyApi.number(reportPath, "$.points")));
        PlaywrightAssertions.assertThat(report.getByTestId("report-attendance")).containsText("出席 " + present + " 次");
        PlaywrightAssertions.assertThat(report.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("打印")))
                .isVisible();
        archive.context().close();
        assertThat(blocked).as("blocked by the Content-Security-Policy").isEmpty();
        assertThat(dialogs).isEmpty();
    }

    /** The roll call's line of one deputy. */
    private static Locator row(Page page, String name) {
        return page.locator(".el-table__row").filter(new Locator.FilterOptions().setHasText(name));
    }

    private static Locator attendance(Page page, String name) {
        return row(page, name).getByTestId("attendance");
    }

    /** Types a date and time into an Element Plus picker, then closes its calendar so the next field is free. */
    private static void typeDate(Locator form, Locator input, String text) {
        input.fill(text);
        input.press("Enter");
        form.locator(".el-dialog__header").click();
    }
}

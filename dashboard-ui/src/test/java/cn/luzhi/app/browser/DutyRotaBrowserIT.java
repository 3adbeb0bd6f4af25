package cn.luzhi.app.browser;

import static cn.luzhi.app.browser.WorkbenchSteps.choose;
import static cn.luzhi.app.browser.WorkbenchSteps.dialog;
import static cn.luzhi.app.browser.WorkbenchSteps.goTo;
import static cn.luzhi.app.browser.WorkbenchSteps.startAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A station's duty rota (接待值班表) through the pages alone: the clerk opens 值班安排 on the receptions page, picks a
 * station and a month, puts a deputy on duty on a day and publishes; the table of the published rota shows it, and a
 * citizen who scans the station's printed QR code sees the deputy's name and hours under 近期代表接待安排.
 */
class DutyRotaBrowserIT {

    @Test
    void shouldPublishARotaThatTheStationsQrPageShows() throws Exception {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        new CockpitCases(browser.base(), WorkPagesBrowser.PASSWORD).registerReferenceData();
        String mark = String.valueOf(System.nanoTime() % 1_000_000);
        String stationId = "s-rota-" + mark;
        String stationName = "值班联络站" + mark;
        browser.api("admin").ensure("/api/stations", """
                {"stationId": "%s", "name": "%s", "kind": "LIAISON_STATION", "setting": "TOWN", "level": "TOWNSHIP",
                 "regionId": "150102001", "address": "城关镇人民路9号", "openedOn": "2024-05-01"}"""
                .formatted(stationId, stationName));
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
        List<String> blocked = new ArrayList<>();

        Page clerk = startAs(browser, "clerk", "/todo.html", blocked);
        goTo(clerk, "进家接待", "/receptions.html");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("值班安排")).click();
        Locator rota = dialog(clerk, "接待值班安排");
        choose(clerk, rota.getByLabel("值班站点"), stationName);
        Locator month = rota.getByLabel("值班月份");
        month.fill(day.toString().substring(0, 7));
        month.press("Enter");
        PlaywrightAssertions.assertThat(rota.getByTestId("published-rota")).containsText("本月尚未发布值班安排");

        rota.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("添加一天")).click();
        Locator date = rota.getByLabel("第1天：日期");
        date.fill(day.toString());
        date.press("Enter");
        choose(clerk, rota.getByLabel("第1天：接待代表"), "王建国");
        rota.getByLabel("第1天：接待时间").fill("14:30-17:30");
        rota.getByLabel("发布说明").fill("本月接待安排");
        rota.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("发布值班表")).click();
        Locator published = rota.getByTestId("published-rota").locator(".el-table__row")
                .filter(new Locator.FilterOptions().setHasText(day.toString()));
        PlaywrightAssertions.assertThat(published).containsText("王建国");
        PlaywrightAssertions.assertThat(published).containsText("14:30-17:30");
        clerk.context().close();

        // A citizen scans the station's printed code: the day shows with the deputy's name and hours.
        String link = IntakeBrowserIT.decode(browser.api("clerk").bytes("/api/stations/" + stationId + "/qr.png"));
        Page phone = browser.openOnPhone(link, WorkPagesBrowser.dialogs());
        Locator upcoming = phone.getByTestId("duty-rota");
        PlaywrightAssertions.assertThat(upcoming.getByRole(AriaRole.HEADING)).hasText("近期代表接待安排");
        Locator duty = upcoming.getByTestId("duty-day");
        PlaywrightAssertions.assertThat(duty).hasCount(1);
        PlaywrightAssertions.assertThat(duty).containsText(day.getMonthValue() + "月" + day.getDayOfMonth() + "日");
        PlaywrightAssertions.assertThat(duty).containsText("14:30-17:30");
        PlaywrightAssertions.assertThat(duty).containsText("王建国");
        phone.context().close();
        assertThat(blocked).as("blocked by the Content-Security-Policy").isEmpty();
    }
}

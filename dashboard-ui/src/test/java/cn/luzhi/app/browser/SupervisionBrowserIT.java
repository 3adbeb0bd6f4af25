package cn.luzhi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 督办 page in a real browser: a petition whose reply deadline passed (the durable deadline fires by itself a
 * few seconds after forwarding) and one due in three days, both through the command API; a supervisor urges the
 * first, then sees each in the right list under the right unit and deputy, and the urge in the case's detail.
 */
class SupervisionBrowserIT {

    private static final String UNIT_NAME = "区住房和城乡建设局";
    private static final String DEPUTY_NAME = "王建国";

    @Test
    void shouldShowOverdueAndDueSoonCasesPerUnitAndDeputyAndACasesUrges() {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        CockpitCases cases = new CockpitCases(browser.base(), WorkPagesBrowser.PASSWORD);
        cases.registerReferenceData();
        String mark = String.valueOf(System.nanoTime() % 1_000_000);
        String lateTitle = "楼道积水无人处理" + mark;
        String soonTitle = "小区围墙开裂" + mark;
        // Due a few seconds after forwarding; submitting and accepting first can take seconds on a busy machine.
        String late = cases.forwardedPetition(CockpitCases.TOWNS.get(0), lateTitle, Instant.now().plusSeconds(15));
        String soon = cases.forwardedPetition(CockpitCases.TOWNS.get(1), soonTitle,
                Instant.now().plus(3, ChronoUnit.DAYS));
        StaffApi supervisor = browser.api("supervisor");
        supervisor.act("/api/petitions/" + late + "/urge", "{\"reason\": \"请住建局三日内答复\"}");
        awaitListed(supervisor, "/api/supervision/overdue", "$.rows[*].caseId", late);
        awaitListed(supervisor, "/api/supervision/due-soon", "$.rows[*].caseId", soon);
        // The durable deadline fires by itself and the trail shows it missed.
        awaitListed(supervisor, "/api/supervision/cases/" + late, "$.deadlines[*].kind", "MISSED");

        List<String> dialogs = WorkPagesBrowser.dialogs();
        Page page = browser.openAs("supervisor", "supervision.html", dialogs);

        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("督办");
        Locator unitGroup = group(page, UNIT_NAME);
        PlaywrightAssertions.assertThat(row(unitGroup, lateTitle).locator("td").last()).hasText("1");
        PlaywrightAssertions.assertThat(row(unitGroup, lateTitle)).containsText("逾期");
        assertThat(unitGroup.getByText(soonTitle).count()).as("a case due later is not overdue").isZero();

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("7日内到期")).click();
        PlaywrightAssertions.assertThat(row(group(page, UNIT_NAME), soonTitle)).containsText("剩余");
        assertThat(group(page, UNIT_NAME).getByText(lateTitle).count()).isZero();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("按代表")).click();
        PlaywrightAssertions.assertThat(row(group(page, DEPUTY_NAME), soonTitle)).isVisible();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("已逾期")).click();
        PlaywrightAssertions.assertThat(row(group(page, DEPUTY_NAME), lateTitle)).isVisible();

        row(group(page, DEPUTY_NAME), lateTitle).getByRole(AriaRole.BUTTON).click();
        Locator detail = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("案件督办详情"));
        PlaywrightAssertions.assertThat(detail.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)))
                .hasText(lateTitle);
        PlaywrightAssertions.assertThat(detail.locator(".sv-urges tbody tr")).containsText("请住建局三日内答复");
        PlaywrightAssertions.assertThat(detail.locator(".sv-urges tbody tr")).containsText("督办人员");
        PlaywrightAssertions.assertThat(detail.locator(".sv-steps tbody tr").last()).containsText("办理中");
        PlaywrightAssertions.assertThat(detail.locator(".sv-deadlines")).containsText("设定");
        PlaywrightAssertions.assertThat(detail.locator(".sv-deadlines")).containsText("逾期");
        PlaywrightAssertions.assertThat(detail.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("查看案件追溯"))).hasAttribute("href", "trace.html?case=" + late);

        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                .setName("承办单位排名"))).containsText("按中位答复天数");
        // Supervisors read Chinese: no English word in what the page itself says. Table cells and the case's title
        // are data (other tests' titles), so they are set aside, and so are case numbers (UUIDs).
        String text = ((String) page.evaluate("""
                () => { const copy = document.body.cloneNode(true);
                        copy.querySelectorAll('td, h2').forEach((cell) => cell.remove());
                        return copy.textContent; }"""))
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "");
        assertThat(text).doesNotContainPattern("[A-Za-z]{2,}");
        assertThat(dialogs).isEmpty();
        page.context().close();
    }

    /** The list's group of one unit or deputy. */
    private static Locator group(Page page, String name) {
        return page.getByRole(AriaRole.TABPANEL).getByRole(AriaRole.REGION,
                new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator row(Locator group, String title) {
        return group.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(title));
    }

    /** The projection catches up in the background; the page reads its lists once, when it opens. */
    private static void awaitListed(StaffApi api, String path, String jsonPath, String expected) {
        long giveUp = System.nanoTime() + 90_000_000_000L;
        while (true) {
            StaffApi.Answer answer = api.get(path);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            List<String> values = JsonPath.read(answer.body(), jsonPath);
            if (values.contains(expected)) {
                return;
            }
            assertThat(System.nanoTime()).as("%s shows %s within 90 s", path, expected).isLessThan(giveUp);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

package cn.luzhi.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 完整性校验 in a real browser: an auditor verifies an intact event store (完好), takes a checkpoint and sees it
 * listed with its file; after an event's payload is changed with SQL, the same button names the changed event.
 * The row is put back afterwards, since the application is shared with the other page tests.
 */
class IntegrityBrowserIT {

    @Test
    void shouldShowAnIntactStoreAndThenNameTheEventChangedWithSql() {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        StaffApi clerk = browser.api("clerk");
        clerk.ensure("/api/regions", "{\"regionId\": \"150102\", \"name\": \"示范区\", \"level\": \"DISTRICT\"}");
        String petitionId = clerk.create("/api/petitions", """
                {"source": "STATION_VISIT", "regionId": "150102", "petitioner": {"name": "孙八"},
                 "title": "路灯不亮", "content": "小区路灯长期不亮"}""");
        browser.api("supervisor").act("/api/petitions/" + petitionId + "/urge", "{\"reason\": \"请尽快处理\"}");
        JdbcTemplate jdbc = browser.bean(JdbcTemplate.class);
        String eventId = jdbc.queryForObject("SELECT event_identifier FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = 1", String.class, petitionId);
        assertThat(JsonPath.<Boolean>read(browser.api("auditor").get("/api/audit/verify").body(), "$.intact"))
                .as("the shared application's store is intact before this test").isTrue();

        List<String> dialogs = WorkPagesBrowser.dialogs();
        Page page = browser.openAs("auditor", "integrity.html", dialogs);
        Locator result = page.getByRole(AriaRole.STATUS, new Page.GetByRoleOptions().setName("校验结果"));
        Locator verify = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始校验"));

        verify.click();
        assertThat(result).containsText("完好");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("立即记录检查点")).click();
        assertThat(page.getByText("已记录检查点 #")).isVisible();
        Locator checkpoints = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("检查点列表"));
        assertThat(checkpoints).containsText("#0");
        assertThat(checkpoints.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("下载检查点文件")).first())
                .hasAttribute("href", "/api/audit/checkpoints/" + firstListedNumber(checkpoints) + "/file");

        byte[] payload = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE event_identifier = ?",
                byte[].class, eventId);
        try {
            jdbc.update("UPDATE domain_event_entry SET payload = convert_to(convert_from(payload, 'UTF8') || ' ', "
                    + "'UTF8') WHERE event_identifier = ?", eventId);
            verify.click();
            assertThat(result).containsText("已损坏");
            Locator firstBreak = page.getByRole(AriaRole.DEFINITION).filter(new Locator.FilterOptions()
                    .setHasText(eventId));
            assertThat(firstBreak).hasCount(1);
            assertThat(result).containsText("内容被修改");
            assertThat(result).containsText(petitionId);
        } finally {
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?", payload, eventId);
        }
        verify.click();
        assertThat(result).containsText("完好");
        assertThat(dialogs).isEmpty();
    }

    private static String firstListedNumber(Locator checkpoints) {
        return checkpoints.locator("tbody tr td").first().innerText().replace("#", "").strip();
    }
}

package cn.luzhi.app.browser;

import static cn.luzhi.app.browser.WorkbenchSteps.act;
import static cn.luzhi.app.browser.WorkbenchSteps.assertStatus;
import static cn.luzhi.app.browser.WorkbenchSteps.choose;
import static cn.luzhi.app.browser.WorkbenchSteps.dialog;
import static cn.luzhi.app.browser.WorkbenchSteps.startOnPhoneAs;
import static cn.luzhi.app.browser.WorkbenchSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.security.UserDirectory;
import cn.luzhi.events.common.ActorRole;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two deputies' phones (390×844): the lead deputy drafts a suggestion from 我的履职 and invites a colleague to
 * co-sign; the colleague finds the invitation in their 待办, opens the draft and co-signs it; the lead submits it.
 */
class DeputySuggestionPhoneBrowserIT {

    private static final String SECOND_ACCOUNT = "deputy-li";

    @Test
    void shouldDraftInviteCoSignAndSubmitASuggestionOnThePhone() {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        new CockpitCases(browser.base(), WorkPagesBrowser.PASSWORD).registerReferenceData();
        browser.bean(UserDirectory.class).save(SECOND_ACCOUNT,
                browser.bean(PasswordEncoder.class).encode(WorkPagesBrowser.PASSWORD), "李秀英", ActorRole.DEPUTY,
                false, "d-li-xiuying");
        String title = "增设村级卫生室" + System.nanoTime() % 1_000_000;
        List<String> dialogs = WorkPagesBrowser.dialogs();
        List<String> blocked = new ArrayList<>();

        // The lead deputy drafts it from the start page: the form fills the screen, the region is their station's.
        Page lead = startOnPhoneAs(browser, "deputy", "/deputy.html", blocked, dialogs);
        lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("起草建议")).click();
        Locator draft = dialog(lead, "起草建议");
        assertThat(draft.boundingBox().width).as("the form fills the phone's screen").isEqualTo(390);
        PlaywrightAssertions.assertThat(draft.getByLabel("所属地区")
                .locator("xpath=ancestor::div[contains(@class, 'el-select__wrapper')]")).containsText("城关镇");
        draft.getByLabel("标题").fill(title);
        draft.getByLabel("内容").fill("建议在偏远行政村增设卫生室，方便老人就近看病。");
        submit(draft);
        lead.waitForURL(url -> URI.create(url).getPath().equals("/suggestion.html"));
        assertStatus(lead, "草拟中");

        act(lead, "领衔代表邀请其他代表联名，仅限提交前");
        Locator invite = dialog(lead, "领衔代表邀请其他代表联名，仅限提交前");
        choose(lead, invite.getByLabel("邀请联名代表"), "李秀英");
        // A list of several stays open after a pick; on a phone it covers 提交 until a tap elsewhere closes it.
        invite.locator(".el-dialog__header").click();
        PlaywrightAssertions.assertThat(lead.locator(".el-select-dropdown__item:visible")).hasCount(0);
        submit(invite);
        PlaywrightAssertions.assertThat(lead.getByText("「领衔代表邀请其他代表联名，仅限提交前」已提交")).isVisible();

        // The colleague finds the invitation in their 待办 and co-signs; the invitation leaves the list.
        Page second = startOnPhoneAs(browser, SECOND_ACCOUNT, "/deputy.html", blocked, dialogs);
        Locator invitations = second.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("邀请我联名的建议"));
        invitations.getByRole(AriaRole.LINK).filter(new Locator.FilterOptions().setHasText(title)).click();
        assertStatus(second, "草拟中");
        act(second, "代表联名（附议），仅限提交前");
        submit(dialog(second, "代表联名（附议），仅限提交前"));
        PlaywrightAssertions.assertThat(second.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                .setName("建议概况"))).containsText("李秀英");
        second.navigate(browser.base().resolve("deputy.html").toString());
        PlaywrightAssertions.assertThat(second.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                .setName("邀请我联名的建议")).getByText(title)).hasCount(0);

        // The lead submits it.
        lead.reload();
        act(lead, "提交建议或议案（大会期间或闭会期间）");
        Locator submitting = dialog(lead, "提交建议或议案（大会期间或闭会期间）");
        choose(lead, submitting.getByLabel("提出时间"), "闭会期间");
        submit(submitting);
        assertStatus(lead, "待审查");

        for (Page page : List.of(lead, second)) {
            page.context().close();
        }
        assertThat(blocked).as("what the Content-Security-Policy blocked").isEmpty();
        assertThat(dialogs).isEmpty();
    }
}

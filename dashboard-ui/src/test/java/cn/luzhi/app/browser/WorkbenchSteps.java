package cn.luzhi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * The steps every workbench browser test takes on a case page of any type: logging in as a role, opening an
 * action's form from the allowed actions, picking from an Element Plus select and waiting for the state the page
 * shows. Every wait is for something visible, never for a fixed time.
 */
final class WorkbenchSteps {

    private WorkbenchSteps() {
    }

    /** Logs in through the login page and checks where the role landed; every later page is watched for CSP. */
    static Page startAs(WorkPagesBrowser browser, String user, String startPage, List<String> blocked) {
        Page page = browser.logInAs(user, WorkPagesBrowser.dialogs());
        assertThat(URI.create(page.url()).getPath()).as("%s's start page", user).isEqualTo(startPage);
        CspViolations violations = CspViolations.watch(page.context(), page);
        page.onClose(closed -> blocked.addAll(violations.seen()));
        page.reload();
        return page;
    }

    /** As {@link #startAs}, on a phone (390×844): a deputy's pages are made for one. */
    static Page startOnPhoneAs(WorkPagesBrowser browser, String user, String startPage, List<String> blocked,
                               List<String> dialogs) {
        Page page = browser.logInOnPhoneAs(user, dialogs);
        assertThat(URI.create(page.url()).getPath()).as("%s's start page", user).isEqualTo(startPage);
        CspViolations violations = CspViolations.watch(page.context(), page);
        page.onClose(closed -> blocked.addAll(violations.seen()));
        page.reload();
        return page;
    }

    /**
     * The navigation each demo account sees, in order (shell/pages.js from docs/roles.md): written out here once, so
     * that a page added to or lost from a role's navigation fails every walk that logs in as that role.
     */
    private static final Map<String, List<String>> NAVIGATION = Map.of(
            "clerk", List.of("待办", "数据驾驶舱", "民意诉求", "建议议案", "调解案件", "民生实事票决", "民生实事项目",
                    "进家接待", "接待统计", "立法意见征集", "履职活动", "案件追溯", "督办", "二维码", "票决会场", "履职排名"),
            "supervisor", List.of("待办", "数据驾驶舱", "民意诉求", "建议议案", "调解案件", "民生实事票决", "民生实事项目",
                    "进家接待", "接待统计", "立法意见征集", "履职活动", "案件追溯", "审计日志", "完整性校验", "督办", "履职排名"),
            "unit", List.of("待办", "民意诉求", "建议议案", "调解案件", "民生实事票决", "民生实事项目"),
            "leader", List.of("待办", "数据驾驶舱", "民意诉求", "建议议案", "调解案件", "民生实事票决", "民生实事项目",
                    "进家接待", "接待统计", "立法意见征集", "履职活动", "案件追溯", "督办", "履职排名"),
            "auditor", List.of("数据驾驶舱", "民意诉求", "建议议案", "调解案件", "民生实事票决", "民生实事项目",
                    "进家接待", "接待统计", "立法意见征集", "履职活动", "案件追溯", "审计日志", "完整性校验", "督办", "履职排名"),
            "deputy", List.of("我的履职", "待办", "民意诉求", "建议议案", "调解案件", "民生实事票决", "民生实事项目",
                    "进家接待", "接待统计", "立法意见征集", "履职活动", "二维码", "票决投票", "履职档案"));

    /** Checks that the navigation of {@code user}'s page shows exactly that role's pages. */
    static void assertNavigation(Page page, String user) {
        assertNavigation(page, NAVIGATION.get(user));
    }

    static void assertNavigation(Page page, List<String> titles) {
        PlaywrightAssertions.assertThat(navigation(page).getByRole(AriaRole.LINK))
                .hasText(titles.toArray(String[]::new));
    }

    /** Follows the navigation's link to another page and waits until it is there. */
    static void goTo(Page page, String title, String path) {
        navigation(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title).setExact(true)).click();
        page.waitForURL(url -> URI.create(url).getPath().equals(path));
    }

    static Locator navigation(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("页面导航"));
    }

    /** Opens the form of one of the actions the page offers. */
    static void act(Page page, String action) {
        page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("可办理事项"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(action).setExact(true)).click();
    }

    static Locator dialog(Page page, String title) {
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName(title));
        PlaywrightAssertions.assertThat(dialog).isVisible();
        return dialog;
    }

    static void submit(Locator dialog) {
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提交")).click();
    }

    /** Opens an Element Plus select and picks the option showing {@code text}. */
    static void choose(Page page, Locator select, String text) {
        frameOf(select).click();
        optionsOf(page, select).filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }

    /** Opens a filterable select, types part of a name and picks the option showing {@code text}. */
    static void pick(Page page, Locator select, String typed, String text) {
        frameOf(select).click();
        select.pressSequentially(typed);
        optionsOf(page, select).filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }

    /**
     * The options of the select's own list (its input names the list it controls): another select's list may
     * still be fading out, and an option of it would be chosen and then vanish under the click.
     */
    static Locator optionsOf(Page page, Locator select) {
        Locator input = frameOf(select).locator("input[aria-controls]");
        String list = input.count() == 0 ? null : input.first().getAttribute("aria-controls");
        return list == null ? page.locator(".el-select-dropdown__item:visible")
                : page.locator("[id='" + list + "'] .el-select-dropdown__item");
    }

    /**
     * The select's frame, not its input: a multiple choice's input keeps resizing to its text. (The label may also
     * name the open list, which is not inside the frame.)
     */
    private static Locator frameOf(Locator select) {
        return select.locator("xpath=ancestor::div[contains(@class, 'el-select__wrapper')]");
    }

    /** Waits until the case page shows {@code status}; a screenshot of the page when it never does. */
    static void assertStatus(Page page, String status) {
        try {
            PlaywrightAssertions.assertThat(page.getByTestId("status")).hasText(status);
        } catch (AssertionError e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshot("workbench-failure.png"))
                    .setFullPage(true));
            throw e;
        }
    }

    static Path screenshot(String name) {
        return Paths.get("target", name);
    }
}

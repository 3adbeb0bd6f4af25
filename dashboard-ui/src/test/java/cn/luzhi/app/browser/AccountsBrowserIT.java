package cn.luzhi.app.browser;

import static cn.luzhi.app.browser.WorkbenchSteps.choose;
import static cn.luzhi.app.browser.WorkbenchSteps.dialog;
import static cn.luzhi.app.browser.WorkbenchSteps.goTo;
import static cn.luzhi.app.browser.WorkbenchSteps.startAs;
import static cn.luzhi.app.browser.WorkbenchSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 账号管理 in a real browser, pages alone: the administrator opens an account for the housing bureau and reads its
 * one-time password once; the new holder logs in with it, is made to choose a password of their own (a common one
 * is refused in Chinese first), lands on the unit's start page and sees the bureau's cases only; the administrator
 * disables the account, and the holder's next page load leads to the login page.
 */
class AccountsBrowserIT {

    private static final String OWN_PASSWORD = "Zhujianju-Lamp-2026";

    @Test
    void shouldOpenAUnitAccountWhoseHolderSetsAPasswordAndIsLoggedOutWhenDisabled() {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        CockpitCases cases = new CockpitCases(browser.base(), WorkPagesBrowser.PASSWORD);
        cases.registerReferenceData();
        String mark = String.valueOf(System.nanoTime() % 1_000_000);
        String username = "zjj-" + mark;
        String ours = forwarded(cases, "楼道照明损坏" + mark, CockpitCases.UNIT);
        String theirs = "法院门前积水" + mark;
        forwarded(cases, theirs, "u-court");
        List<String> blocked = new ArrayList<>();

        // The administrator lands on 账号管理 and opens the account with a reason.
        Page admin = startAs(browser, "admin", "/admin-accounts.html", blocked);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开设账号")).click();
        Locator create = dialog(admin, "开设账号");
        create.getByLabel("登录名").fill(username);
        create.getByLabel("姓名").fill("住建局联络员" + mark);
        choose(admin, create.getByLabel("角色"), "承办单位");
        choose(admin, create.getByLabel("关联承办单位"), "区住房和城乡建设局");
        create.getByLabel("理由").fill("住建局新任联络员，依据人事通知开设");
        submit(create);
        Locator shown = dialog(admin, "一次性密码");
        String oneTime = shown.getByLabel("一次性密码").innerText().strip();
        assertThat(oneTime).hasSizeGreaterThanOrEqualTo(10);
        shown.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("我已记下，关闭")).click();
        PlaywrightAssertions.assertThat(shown).isHidden();
        Locator row = admin.locator(".el-table__row").filter(new Locator.FilterOptions().setHasText(username));
        PlaywrightAssertions.assertThat(row).containsText("待设置密码");
        PlaywrightAssertions.assertThat(row).containsText("区住房和城乡建设局");
        admin.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("..", "docs", "admin-accounts.png")));

        // The holder logs in with the one-time password and can do nothing before choosing their own.
        Page holder = logIn(browser, username, oneTime);
        holder.waitForURL(url -> URI.create(url).getPath().equals("/change-password.html"));
        CspViolations violations = CspViolations.watch(holder.context(), holder);
        holder.onClose(closed -> blocked.addAll(violations.seen()));
        holder.navigate(browser.base().resolve("petitions.html").toString());
        holder.waitForURL(url -> URI.create(url).getPath().equals("/change-password.html"));
        holder.getByLabel("原密码").fill(oneTime);
        holder.getByLabel("新密码", new Page.GetByLabelOptions().setExact(true)).fill("1234567890");
        holder.getByLabel("再次输入新密码").fill("1234567890");
        holder.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("设置新密码")).click();
        PlaywrightAssertions.assertThat(holder.locator(".el-form-item__error"))
                .containsText("新密码过于常见，容易被猜中，请换一个");
        holder.screenshot(new Page.ScreenshotOptions().setPath(WorkbenchSteps.screenshot("change-password.png")));
        holder.getByLabel("新密码", new Page.GetByLabelOptions().setExact(true)).fill(OWN_PASSWORD);
        holder.getByLabel("再次输入新密码").fill(OWN_PASSWORD);
        holder.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("设置新密码")).click();

        // Then the unit's start page, 待办, and its petition list, with the bureau's case and not the court's.
        holder.waitForURL(url -> URI.create(url).getPath().equals("/todo.html"));
        goTo(holder, "民意诉求", "/petitions.html");
        Locator list = holder.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("诉求列表"));
        PlaywrightAssertions.assertThat(list.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("楼道照明损坏" + mark))).isVisible();
        assertThat(list.getByText(theirs).count()).as("another unit's case").isZero();
        PlaywrightAssertions.assertThat(holder.locator(".work__account")).containsText("住建局联络员" + mark);

        // Later the holder changes it again from the account menu, with the old one.
        holder.locator(".work__account").click();
        holder.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("修改密码")).click();
        Locator change = dialog(holder, "修改密码");
        change.getByLabel("原密码").fill(OWN_PASSWORD);
        change.getByLabel("新密码", new Locator.GetByLabelOptions().setExact(true)).fill(OWN_PASSWORD + "-b");
        change.getByLabel("再次输入新密码").fill(OWN_PASSWORD + "-b");
        change.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("修改密码")).click();
        PlaywrightAssertions.assertThat(holder.getByText("密码已修改")).isVisible();
        PlaywrightAssertions.assertThat(change).isHidden();

        // The administrator disables the account; the holder's next page load asks for a login.
        admin.getByLabel("搜索").fill(username);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
        PlaywrightAssertions.assertThat(admin.locator(".el-table__row")).hasCount(1);
        admin.locator(".el-table__row").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("停用"))
                .click();
        Locator disable = admin.getByRole(AriaRole.DIALOG).filter(new Locator.FilterOptions().setHasText("停用账号"));
        submit(disable);
        PlaywrightAssertions.assertThat(disable.locator(".el-form-item__error")).containsText("请填写理由");
        disable.getByLabel("理由").fill("调离住建局，停用账号");
        submit(disable);
        PlaywrightAssertions.assertThat(admin.locator(".el-table__row")).containsText("已停用");

        holder.reload();
        holder.waitForURL(url -> URI.create(url).getPath().equals("/login"));

        // The trail shows in the audit log with the administrator's reason.
        admin.navigate(browser.base().resolve("audit-log.html").toString());
        choose(admin, admin.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("案件类型")), "账号");
        choose(admin, admin.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("操作").setExact(true)),
                "停用账号");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
        Locator results = admin.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("查询结果"));
        PlaywrightAssertions.assertThat(results).containsText("调离住建局，停用账号");
        PlaywrightAssertions.assertThat(results).containsText("停用账号");

        for (Page page : List.of(admin, holder)) {
            page.context().close();
        }
        assertThat(blocked).as("what the Content-Security-Policy blocked").isEmpty();
    }

    /** Logs in on the login page with a password other than the test accounts' one. */
    private static Page logIn(WorkPagesBrowser browser, String user, String password) {
        Page page = browser.newDesktopPage(WorkPagesBrowser.dialogs());
        page.navigate(browser.base().resolve("/login").toString());
        page.getByLabel("用户名").fill(user);
        page.getByLabel("密码").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        return page;
    }

    private static String forwarded(CockpitCases cases, String title, String unitId) {
        String id = cases.submitPetition(CockpitCases.TOWNS.get(1), title);
        cases.clerk().act("/api/petitions/" + id + "/accept", "{\"deputyId\": \"" + CockpitCases.LEAD_DEPUTY + "\"}");
        cases.clerk().act("/api/petitions/" + id + "/forward", "{\"unitIds\": [\"" + unitId + "\"]}");
        return id;
    }
}

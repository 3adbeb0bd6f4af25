package cn.luzhi.app.browser;

import static cn.luzhi.app.browser.WorkbenchSteps.dialog;
import static cn.luzhi.app.browser.WorkbenchSteps.navigation;
import static cn.luzhi.app.browser.WorkbenchSteps.startAs;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.security.UserDirectory;
import cn.luzhi.events.common.ActorRole;
import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A secret ballot at the door and on the phones, pages alone once the ballot is open: the clerk's desk (票决会场)
 * checks three deputies in by name and reads each paper code from its dialog; the fourth deputy checks in on their
 * own phone (390 x 844). All four vote on phones, the three from the desk typing their codes as copied, the last one
 * losing the answer to the vote and sending it again. The desk's counts reach 4 / 4 without a reload; the clerk
 * closes and publishes, and the tally equals the votes. No answer any deputy's page received names another deputy
 * or any choice, and the Content-Security-Policy blocks nothing.
 */
class BallotDeskBrowserIT {

    private static final String A = "老旧小区加装电梯";
    private static final String B = "农村饮水安全提升";
    private static final String C = "社区养老服务中心";

    /** The four entitled deputies: account, deputy id, name. {@code deputy} is the demo account (王建国). */
    private static final List<String[]> DEPUTIES = List.of(
            new String[] {"deputy", CockpitCases.LEAD_DEPUTY, "王建国"},
            new String[] {"deputy-li", "d-li-xiuying", "李秀英"},
            new String[] {"deputy-zhao", "d-zhao-zhiqiang", "赵志强"},
            new String[] {"deputy-qian", "d-qian-lihua", "钱丽华"});

    @Test
    void shouldRunASecretBallotFromTheDeskAndThePhones() {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        new CockpitCases(browser.base(), WorkPagesBrowser.PASSWORD).registerReferenceData();
        registerDeputiesWithAccounts(browser);
        String ballot = openBallot(browser.api("clerk"));
        awaitRollCall(browser.api("clerk"), ballot);
        List<String> blocked = new ArrayList<>();

        // The clerk's desk: three deputies checked in by name, each code read once from its dialog.
        Page desk = startAs(browser, "clerk", "/todo.html", blocked);
        PlaywrightAssertions.assertThat(navigation(desk).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("票决会场"))).isVisible();
        desk.navigate(browser.base().resolve("ballot-desk.html?id=" + ballot).toString());
        PlaywrightAssertions.assertThat(desk.getByTestId("checked-in")).hasText("0 / 4");
        PlaywrightAssertions.assertThat(desk.getByTestId("live")).hasText("实时");
        Map<String, String> codes = new LinkedHashMap<>();
        for (String[] deputy : DEPUTIES.subList(1, 4)) {
            codes.put(deputy[0], checkInAtTheDesk(desk, deputy[2]));
        }
        assertThat(codes.values()).doesNotHaveDuplicates().allMatch(code -> code.matches("[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}"));
        PlaywrightAssertions.assertThat(desk.getByTestId("checked-in")).hasText("3 / 4");

        // 王建国 checks in on his own phone and votes for A and B; a third choice cannot be ticked.
        Map<String, List<String>> seen = new LinkedHashMap<>();
        Page own = phone(browser, DEPUTIES.get(0)[0], blocked, seen);
        own.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签到领取选票")).click();
        PlaywrightAssertions.assertThat(own.getByTestId("own-code")).isVisible();
        tick(own, A);
        tick(own, B);
        PlaywrightAssertions.assertThat(own.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(C)))
                .isDisabled();
        PlaywrightAssertions.assertThat(own.getByText("已选满 2 项；如要改选，请先取消一项")).isVisible();
        own.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("..", "docs", "vote-phone.png")));
        castAfterConfirming(own, List.of(A, B));
        PlaywrightAssertions.assertThat(desk.getByTestId("checked-in")).hasText("4 / 4");

        // The three from the desk type the codes as copied (in groups, with spaces); the last answer is lost once.
        vote(phone(browser, "deputy-li", blocked, seen), codes.get("deputy-li"), List.of(A));
        vote(phone(browser, "deputy-zhao", blocked, seen), codes.get("deputy-zhao"), List.of(B, C));
        Page qian = phone(browser, "deputy-qian", blocked, seen);
        AtomicInteger firstAnswer = new AtomicInteger();
        qian.route("**/api/ballots/*/vote", route -> {
            if (firstAnswer.get() == 0) {
                firstAnswer.set(route.fetch().status());
                route.abort("connectionreset");
            } else {
                route.resume();
            }
        });
        enterCode(qian, codes.get("deputy-qian"));
        tick(qian, A);
        tick(qian, C);
        qian.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下一步：确认选票")).click();
        qian.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("投票").setExact(true)).click();
        PlaywrightAssertions.assertThat(qian.getByRole(AriaRole.ALERT)).containsText("同一张选票不会被计两次");
        assertThat(firstAnswer.get()).isEqualTo(200);
        qian.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("重新提交")).click();
        PlaywrightAssertions.assertThat(qian.getByText("您的选票已计入")).isVisible();

        // The desk saw every vote arrive without a reload, then closes and publishes.
        PlaywrightAssertions.assertThat(desk.getByTestId("votes-cast")).hasText("4 / 4");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("截止投票")).click();
        PlaywrightAssertions.assertThat(desk.getByTestId("status")).hasText("投票已截止");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("公布结果")).click();
        PlaywrightAssertions.assertThat(desk.getByTestId("status")).hasText("结果已公布");
        Locator tally = desk.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("票决结果"));
        PlaywrightAssertions.assertThat(tally.locator(".el-table__body tr")).hasCount(3);
        PlaywrightAssertions.assertThat(tally.locator(".el-table__body tr").first()).containsText(A);
        PlaywrightAssertions.assertThat(tally.locator(".el-table__body tr").first()).containsText("3");
        PlaywrightAssertions.assertThat(tally.locator(".desk__projects li")).hasText(new String[] {A + "（已票决立项）"});
        desk.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("..", "docs", "ballot-desk.png"))
                .setFullPage(true));

        // The tally is the votes cast: A 3, B 2, C 2 of four papers; only A has more than half.
        String published = browser.api("clerk").get("/api/ballots/" + ballot).body();
        assertThat(JsonPath.<Integer>read(published, "$.votesCast")).isEqualTo(4);
        assertThat(JsonPath.<List<Integer>>read(published, "$.candidates[?(@.title == '" + A + "')].votes")).containsExactly(3);
        assertThat(JsonPath.<List<Integer>>read(published, "$.candidates[?(@.title == '" + B + "')].votes")).containsExactly(2);
        assertThat(JsonPath.<List<Integer>>read(published, "$.candidates[?(@.title == '" + C + "')].votes")).containsExactly(2);

        // What each deputy's page received names nobody else and no choice, and carries no other deputy's paper.
        for (String[] deputy : DEPUTIES) {
            List<String> answers = seen.get(deputy[0]);
            assertThat(answers).as("answers to %s", deputy[0]).isNotEmpty();
            for (String[] other : DEPUTIES) {
                if (other != deputy) {
                    assertThat(answers).as("answers to %s", deputy[0])
                            .noneMatch(body -> body.contains(other[1]) || body.contains(other[2]))
                            .noneMatch(body -> codes.containsKey(other[0]) && body.contains(codes.get(other[0])));
                }
            }
            assertThat(answers).as("answers to %s", deputy[0])
                    .noneMatch(body -> body.contains("choices") || body.contains("paperHash"))
                    .noneMatch(body -> body.contains("\"votes\":") && !body.contains("\"votes\":null"));
        }
        assertThat(blocked).as("what the Content-Security-Policy blocked").isEmpty();
    }

    /** Finds the deputy by name, checks them in and reads the code from the dialog, which then forgets it. */
    private static String checkInAtTheDesk(Page desk, String name) {
        desk.getByPlaceholder("输入姓名查找代表").fill(name.substring(0, 2));
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("为" + name + "签到")).click();
        Locator shown = dialog(desk, "选票码");
        PlaywrightAssertions.assertThat(shown).containsText(name);
        String code = shown.getByTestId("paper-code").textContent().replaceAll("\\s+", "");
        shown.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("已抄好，关闭")).click();
        PlaywrightAssertions.assertThat(shown).isHidden();
        PlaywrightAssertions.assertThat(desk.getByTestId("paper-code")).hasCount(0);
        assertThat(desk.content()).doesNotContain(code.substring(0, 6) + " ").doesNotContain(code);
        assertThat(desk.url()).doesNotContain(code.substring(0, 22));
        PlaywrightAssertions.assertThat(desk.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText(name))).containsText("已签到");
        desk.getByPlaceholder("输入姓名查找代表").fill("");
        return code;
    }

    /** The deputy's phone, logged in, on 票决投票, every JSON answer from the API recorded once it has arrived. */
    private static Page phone(WorkPagesBrowser browser, String user, List<String> blocked,
                              Map<String, List<String>> seen) {
        Page page = browser.logInOnPhoneAs(user, WorkPagesBrowser.dialogs());
        CspViolations violations = CspViolations.watch(page.context(), page);
        page.onClose(closed -> blocked.addAll(violations.seen()));
        List<String> answers = seen.computeIfAbsent(user, key -> new CopyOnWriteArrayList<>());
        // Read once the body has arrived: at the response event it may still be loading, and reading the body of
        // an answer the next navigation cancelled waited forever in one CI run.
        page.onRequestFinished(request -> {
            Response response = request.response();
            if (request.url().contains("/api/") && response != null) {
                try {
                    answers.add(response.text());
                } catch (PlaywrightException noBody) {
                    // A redirect has no body to look into.
                }
            }
        });
        page.navigate(browser.base().resolve("vote.html").toString());
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("签到测试").setExact(false))).isVisible();
        return page;
    }

    private static void vote(Page phone, String code, List<String> titles) {
        enterCode(phone, code);
        titles.forEach(title -> tick(phone, title));
        castAfterConfirming(phone, titles);
    }

    private static void enterCode(Page phone, String code) {
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("输入选票码投票")).click();
        StringBuilder grouped = new StringBuilder();
        for (int start = 0; start < code.length(); start += 6) {
            grouped.append(code, start, Math.min(code.length(), start + 6)).append(' ');
        }
        phone.getByLabel("选票码").fill(grouped.toString());
    }

    private static void tick(Page phone, String title) {
        phone.locator(".paper__card").filter(new Locator.FilterOptions().setHasText(title)).click();
        PlaywrightAssertions.assertThat(phone.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(title)))
                .isChecked();
    }

    /** The confirm step lists exactly the choices; after 投票 the page says it was counted and shows none of them. */
    private static void castAfterConfirming(Page phone, List<String> titles) {
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下一步：确认选票")).click();
        PlaywrightAssertions.assertThat(phone.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("您的选择"))
                .getByRole(AriaRole.LISTITEM)).hasText(titles.toArray(String[]::new));
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("投票").setExact(true)).click();
        PlaywrightAssertions.assertThat(phone.getByText("您的选票已计入")).isVisible();
        String shown = phone.locator("body").innerText();
        for (String title : List.of(A, B, C)) {
            assertThat(shown).as("the page after voting").doesNotContain(title);
        }
    }

    /** Two more deputies in the register, and an account for each of the three besides the demo deputy. */
    private static void registerDeputiesWithAccounts(WorkPagesBrowser browser) {
        StaffApi admin = browser.api("admin");
        for (String[] deputy : DEPUTIES.subList(2, 4)) {
            admin.ensure("/api/deputies", """
                    {"deputyId": "%s", "name": "%s", "gender": "MALE", "level": "COUNTY", "constituency": "城关镇第一选区",
                     "stationId": "s-chengguan-home", "professionalGroup": "SOCIAL_AFFAIRS",
                     "term": {"number": 12, "startYear": 2022, "endYear": 2027}}""".formatted(deputy[1], deputy[2]));
        }
        String hash = browser.bean(PasswordEncoder.class).encode(WorkPagesBrowser.PASSWORD);
        for (String[] deputy : DEPUTIES.subList(1, 4)) {
            browser.bean(UserDirectory.class).save(deputy[0], hash, deputy[2], ActorRole.DEPUTY, false, deputy[1]);
        }
    }

    /** Set-up, not a step under test: the desk opens once the ballot and the deputies' names are projected. */
    private static void awaitRollCall(StaffApi clerk, String ballot) {
        long giveUp = System.nanoTime() + 60_000_000_000L;
        while (true) {
            StaffApi.Answer answer = clerk.get("/api/ballots/" + ballot + "/roll-call");
            if (answer.status() == 200
                    && JsonPath.<List<String>>read(answer.body(), "$.deputies[*].name").containsAll(
                            DEPUTIES.stream().map(deputy -> deputy[2]).toList())) {
                return;
            }
            assertThat(System.nanoTime()).as("the ballot's roll call is read within 60 s").isLessThan(giveUp);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Created, three candidates collected and shortlisted, opened for the four deputies with two choices a paper. */
    private static String openBallot(StaffApi clerk) {
        String id = clerk.create("/api/ballots", """
                {"regionId": "%s", "year": 2026, "level": "CONGRESS", "title": "签到测试：2026年民生实事项目票决%d"}"""
                .formatted(CockpitCases.DISTRICT, System.nanoTime() % 1_000_000));
        List<String> titles = List.of(A, B, C);
        for (int i = 0; i < titles.size(); i++) {
            clerk.act("/api/ballots/" + id + "/collect-candidate", """
                    {"candidateId": "c-%d", "title": "%s", "description": "%s的说明", "proposerKind": "CITIZEN",
                     "estimatedBudget": %d}""".formatted(i + 1, titles.get(i), titles.get(i), (i + 1) * 1_000_000));
        }
        clerk.act("/api/ballots/" + id + "/shortlist", "{\"candidateIds\": [\"c-1\", \"c-2\", \"c-3\"]}");
        clerk.act("/api/ballots/" + id + "/open", """
                {"maxChoices": 2, "deputyIds": ["%s", "%s", "%s", "%s"], "closesAt": "%s"}""".formatted(
                DEPUTIES.get(0)[1], DEPUTIES.get(1)[1], DEPUTIES.get(2)[1], DEPUTIES.get(3)[1],
                Instant.now().plus(2, ChronoUnit.HOURS)));
        return id;
    }
}

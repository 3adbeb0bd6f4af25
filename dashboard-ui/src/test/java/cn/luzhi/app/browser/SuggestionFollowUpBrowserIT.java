package cn.luzhi.app.browser;

import static cn.luzhi.app.browser.SuggestionWorkbenchBrowserIT.openFromList;
import static cn.luzhi.app.browser.WorkbenchSteps.act;
import static cn.luzhi.app.browser.WorkbenchSteps.assertStatus;
import static cn.luzhi.app.browser.WorkbenchSteps.choose;
import static cn.luzhi.app.browser.WorkbenchSteps.dialog;
import static cn.luzhi.app.browser.WorkbenchSteps.startAs;
import static cn.luzhi.app.browser.WorkbenchSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.app.demo.DemoClock;
import cn.luzhi.command.security.LuzhiUser;
import cn.luzhi.command.security.UserDirectory;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.suggestion.AcceptSuggestion;
import cn.luzhi.events.suggestion.AssignSuggestion;
import cn.luzhi.events.suggestion.CloseSuggestion;
import cn.luzhi.events.suggestion.DraftSuggestion;
import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.events.suggestion.ReplyToSuggestion;
import cn.luzhi.events.suggestion.SessionPeriod;
import cn.luzhi.events.suggestion.SubmitSuggestion;
import cn.luzhi.events.suggestion.SuggestionId;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.unit.HandlingUnitId;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 回头看 and 检察转化 on the pages: last year's history (a suggestion answered B and closed, another accepted) is
 * written through the command path at last year's time, as the demo writes its past; then the clerk, on the case
 * pages alone, records this year's follow-up that finds the first solved, passes the second to the procuratorate
 * and records what the procuratorate did; the leader's cockpit then counts one more 往年B类建议解决数, while the
 * first suggestion keeps the class B its unit replied with.
 */
class SuggestionFollowUpBrowserIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String PROCURATORATE = "u-procuratorate";
    private static final String SOLVED = "$.suggestionFollowUps.solvedFromEarlierYears";
    private static final String CONVERTED = "$.suggestionFollowUps.toProcuratorate.converted";

    @Test
    void shouldRecordAFollowUpSolvingLastYearsBClassSuggestionAndAConversionOutcome() {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        CockpitCases cases = new CockpitCases(browser.base(), WorkPagesBrowser.PASSWORD);
        cases.registerReferenceData();
        browser.api("admin").ensure("/api/units", """
                {"handlingUnitId": "%s", "name": "区人民检察院", "kind": "PROCURATORATE", "regionId": "%s",
                 "contactOffice": "公益诉讼检察部"}""".formatted(PROCURATORATE, CockpitCases.DISTRICT));
        StaffApi leader = browser.api("leader");
        String summary = "/api/cockpit/summary?period=YEAR";
        long solvedBefore = leader.number(summary, SOLVED);
        long convertedBefore = leader.number(summary, CONVERTED);

        String marker = String.valueOf(System.nanoTime() % 1_000_000);
        String answeredB = "背街小巷路灯改造" + marker;
        String toConvert = "河道排污整治" + marker;
        lastYear(browser, answeredB, true);
        lastYear(browser, toConvert, false);
        List<String> blocked = new ArrayList<>();

        // The clerk looks at last year's B-class suggestion again: the lights are up, so it is solved this year.
        Page clerk = startAs(browser, "clerk", "/todo.html", blocked);
        openFromList(browser, clerk, "status=CLOSED&deputyId=" + CockpitCases.LEAD_DEPUTY, answeredB);
        assertStatus(clerk, "已办结");
        act(clerk, "B类建议回头看（每年一次，记录结果）");
        Locator followUp = dialog(clerk, "B类建议回头看（每年一次，记录结果）");
        PlaywrightAssertions.assertThat(followUp.getByLabel("回头看年度"))
                .hasValue(String.valueOf(LocalDate.now(CHINA).getYear()));
        choose(clerk, followUp.getByLabel("回头看结果"), "已解决");
        followUp.getByLabel("办理进展").fill("路灯已全部安装并通电，群众反映的问题已解决。");
        submit(followUp);
        PlaywrightAssertions.assertThat(followUp).isHidden();
        PlaywrightAssertions.assertThat(clerk.getByTestId("follow-ups")).containsText("已解决");
        PlaywrightAssertions.assertThat(clerk.getByTestId("result")).containsText("B类");

        // The other one goes to the procuratorate, which answers with a public-interest suggestion of its own.
        openFromList(browser, clerk, "status=ACCEPTED&deputyId=" + CockpitCases.LEAD_DEPUTY, toConvert);
        assertStatus(clerk, "已立案");
        act(clerk, "转为公益诉讼检察建议（双向衔接转化）");
        Locator convert = dialog(clerk, "转为公益诉讼检察建议（双向衔接转化）");
        choose(clerk, convert.getByLabel("检察机关"), "区人民检察院");
        convert.getByLabel("转化说明").fill("涉及生态环境公共利益，移送检察机关研究");
        clerk.waitForResponse(answer -> answer.url().endsWith("/actions"), () -> submit(convert));
        PlaywrightAssertions.assertThat(convert).isHidden();
        PlaywrightAssertions.assertThat(clerk.getByTestId("conversion")).containsText("待检察机关办理");
        act(clerk, "记录检察转化结果");
        Locator outcome = dialog(clerk, "记录检察转化结果");
        choose(clerk, outcome.getByLabel("检察机关办理结果"), "已制发公益诉讼检察建议");
        outcome.getByLabel("检察文书文号").fill("检公益建〔" + LocalDate.now(CHINA).getYear() + "〕8号");
        outcome.getByLabel("决定日期").fill(LocalDate.now(CHINA).toString());
        outcome.getByLabel("决定日期").press("Enter");
        submit(outcome);
        PlaywrightAssertions.assertThat(outcome).isHidden();
        PlaywrightAssertions.assertThat(clerk.getByTestId("conversion")).containsText("已制发公益诉讼检察建议");

        // The leader's cockpit counts the solve in this year; the list finds the conversion.
        Page cockpit = startAs(browser, "leader", "/", blocked);
        PlaywrightAssertions.assertThat(cockpit.getByTestId("solved-from-earlier-years"))
                .hasText(String.valueOf(solvedBefore + 1));
        PlaywrightAssertions.assertThat(cockpit.getByTestId("to-procuratorate"))
                .hasText(String.valueOf(convertedBefore + 1));
        openFromList(browser, clerk, "conversion=TO_PROCURATORATE&deputyId=" + CockpitCases.LEAD_DEPUTY, toConvert);
        assertStatus(clerk, "已立案");
        for (Page page : List.of(clerk, cockpit)) {
            page.context().close();
        }
        assertThat(blocked).as("what the Content-Security-Policy blocked").isEmpty();
    }

    /**
     * A suggestion filed, accepted and (when {@code answeredB}) assigned, answered B and closed in March of last
     * year, through the command path at that time.
     */
    private static void lastYear(WorkPagesBrowser browser, String title, boolean answeredB) {
        CommandGateway gateway = browser.bean(CommandGateway.class);
        UserDirectory users = browser.bean(UserDirectory.class);
        SuggestionId id = SuggestionId.of("s-" + UUID.randomUUID());
        HandlingUnitId unit = HandlingUnitId.of(CockpitCases.UNIT);
        Instant march = LocalDate.now(CHINA).minusYears(1).withMonth(3).withDayOfMonth(2).atTime(10, 0)
                .atZone(CHINA).toInstant();
        DemoClock.install();
        send(gateway, users, "clerk", march, new DraftSuggestion(id, SuggestionKind.SUGGESTION,
                DeputyId.of(CockpitCases.LEAD_DEPUTY), RegionId.of(CockpitCases.TOWNS.get(0)), title,
                "群众反映：" + title, null));
        send(gateway, users, "clerk", march.plusSeconds(600), new SubmitSuggestion(id, SessionPeriod.RECESS, null));
        send(gateway, users, "clerk", march.plusSeconds(86_400), new AcceptSuggestion(id, "符合立案条件", null));
        if (answeredB) {
            send(gateway, users, "clerk", march.plusSeconds(2 * 86_400), new AssignSuggestion(id, unit, List.of(),
                    null, null));
            send(gateway, users, "unit", march.plusSeconds(40 * 86_400), new ReplyToSuggestion(id, unit,
                    HandlingResult.BEING_SOLVED_OR_PLANNED, "已列入明年改造计划。", null));
            send(gateway, users, "clerk", march.plusSeconds(60 * 86_400), new CloseSuggestion(id, null, null));
        }
    }

    /** Sends {@code command} as the account {@code user} with the events' time standing at {@code at}. */
    private static void send(CommandGateway gateway, UserDirectory users, String user, Instant at, Object command) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        LuzhiUser account = users.loadUserByUsername(user);
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null,
                account.getAuthorities()));
        SecurityContextHolder.setContext(acting);
        try {
            DemoClock.callAt(at, () -> gateway.sendAndWait(command));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}

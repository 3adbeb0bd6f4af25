package cn.luzhi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.security.UserDirectory;
import cn.luzhi.events.common.ActorRole;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A citizen's phone, without an account: scans a station's printed QR code, writes a problem, loses the first
 * answer and retries safely, keeps the receipt code; staff take the case up and reply through the API; the citizen follows the progress with the code and
 * rates the reply. Saves {@code target/intake.png}.
 */
class IntakeBrowserIT {

    private static final String REGION = "150121";
    private static final String STATION = "s-intake-browser";
    private static final String DEPUTY = "d-intake-browser";
    private static final String UNIT = "u-intake-roads";
    private static final String TITLE = "村口道路<b>坑洼</b>积水";

    @Test
    void shouldTakeAProblemFromAScannedCodeAndLetTheCitizenFollowAndRateIt() throws Exception {
        WorkPagesBrowser browser = WorkPagesBrowser.get();
        registerStation(browser.api("admin"));

        // The clerk prints the station's code; a phone reads the link from the picture.
        String link = decode(browser.api("clerk").bytes("/api/stations/" + STATION + "/qr.png"));
        assertThat(link).startsWith(browser.base().resolve("/intake.html?t=").toString());

        List<String> dialogs = WorkPagesBrowser.dialogs();
        Page phone = browser.openOnPhone(link, dialogs);
        PlaywrightAssertions.assertThat(phone.getByTestId("addressee")).hasText("示范旗代表联络站 · 示范旗");
        assertThat(phone.viewportSize().width).isEqualTo(390);

        phone.getByLabel("姓名").fill("赵桂兰");
        phone.getByLabel("手机号").fill("1381234");
        phone.getByLabel("标题").fill(TITLE);
        phone.getByLabel("内容").fill("下雨后村口道路积水，老人孩子出行不便。");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交")).click();
        PlaywrightAssertions.assertThat(phone.getByTestId("error-phone")).hasText("请填写11位手机号码");

        // The petition arrives, but its answer is lost on the way back: the page says pressing 提交 again is safe,
        // and the retry (same Idempotency-Key) gets the first receipt code; there is still one petition.
        AtomicInteger firstAnswer = new AtomicInteger();
        phone.route("**/api/public/intake/*/petitions", route -> {
            if (firstAnswer.get() == 0) {
                firstAnswer.set(route.fetch().status());
                route.abort("connectionreset");
            } else {
                route.resume();
            }
        });
        phone.getByLabel("手机号").fill("13812341234");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交")).click();
        PlaywrightAssertions.assertThat(phone.getByRole(AriaRole.ALERT)).containsText("未能确认是否提交成功");
        assertThat(firstAnswer.get()).isEqualTo(201);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交")).click();
        Locator receiptCode = phone.getByTestId("receipt-code");
        PlaywrightAssertions.assertThat(receiptCode).hasText(java.util.regex.Pattern.compile(
                "^([23456789A-HJKMNP-TV-Z]{4}-){6}[23456789A-HJKMNP-TV-Z]{4}$"));
        String code = receiptCode.textContent();
        PlaywrightAssertions.assertThat(phone.getByTestId("receipt")).containsText("请截图或抄写保存回执码");
        assertThat(phone.context().cookies()).as("a citizen gets no session").isEmpty();
        assertThat(phone.evaluate("() => sessionStorage.length")).as("the used key is forgotten").isEqualTo(0);

        // Staff find the petition in their list and handle it.
        StaffApi clerk = browser.api("clerk");
        String petitionId = awaitPetitionAt(clerk);
        browser.api("clerk").act("/api/petitions/" + petitionId + "/accept",
                "{\"deputyId\": \"" + DEPUTY + "\", \"reason\": \"内部：请镇政府先核实\"}");
        browser.api("clerk").act("/api/petitions/" + petitionId + "/forward", "{\"unitIds\": [\"" + UNIT + "\"]}");
        // Only the unit the case was forwarded to may reply (docs/roles.md): an account linked to it.
        browser.bean(UserDirectory.class).save("unit-roads", browser.bean(PasswordEncoder.class)
                .encode(WorkPagesBrowser.PASSWORD), "道路养护单位", ActorRole.UNIT, false, UNIT);
        browser.api("unit-roads").act("/api/petitions/" + petitionId + "/reply",
                "{\"unitId\": \"" + UNIT + "\", \"reply\": \"已安排施工队填平坑洼并疏通排水沟。\"}");

        // The citizen follows the case with the code.
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询办理进度")).click();
        PlaywrightAssertions.assertThat(phone.getByTestId("status")).hasText("已答复");
        PlaywrightAssertions.assertThat(phone.getByTestId("reply")).containsText("已安排施工队填平坑洼并疏通排水沟。");
        PlaywrightAssertions.assertThat(phone.getByTestId("timeline")).containsText("已转交承办单位办理");
        PlaywrightAssertions.assertThat(phone.getByTestId("progress")).containsText(TITLE);
        PlaywrightAssertions.assertThat(phone.getByTestId("progress")).containsText("赵** 138****1234");
        assertThat(phone.locator("body").innerText()).doesNotContain("内部：请镇政府先核实", "13812341234", "赵桂兰");
        assertThat(phone.locator("b").count()).as("markup in the title stays text").isZero();
        phone.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "intake.png")).setFullPage(true));

        phone.getByText("基本满意", new Page.GetByTextOptions().setExact(true)).click();
        phone.getByLabel("评价意见（选填）").fill("处理及时");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).click();
        PlaywrightAssertions.assertThat(phone.getByTestId("status")).hasText("已评价");
        PlaywrightAssertions.assertThat(phone.getByTestId("timeline")).containsText("您的评价：基本满意");
        PlaywrightAssertions.assertThat(phone.getByTestId("rating")).isHidden();

        // The same code opens the case again later, typed by hand in the 查询进度 tab.
        Page later = browser.openOnPhone("/intake.html", dialogs);
        later.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("查询进度")).click();
        later.getByLabel("回执码").fill(code.replace("-", "").toLowerCase());
        later.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
        PlaywrightAssertions.assertThat(later.getByTestId("status")).hasText("已评价");
        assertThat(clerk.get("/api/petitions/" + petitionId).body()).contains("BASICALLY_SATISFIED");
        assertThat(dialogs).isEmpty();
        phone.context().close();
        later.context().close();
    }

    private static void registerStation(StaffApi admin) {
        admin.ensure("/api/regions", "{\"regionId\": \"" + REGION + "\", \"name\": \"示范旗\", \"level\": \"DISTRICT\"}");
        admin.ensure("/api/stations", """
                {"stationId": "%s", "name": "示范旗代表联络站", "kind": "LIAISON_STATION", "setting": "DISTRICT",
                 "level": "COUNTY", "regionId": "%s", "address": "示范旗团结路8号", "openedOn": "2024-05-01"}"""
                .formatted(STATION, REGION));
        admin.ensure("/api/deputies", """
                {"deputyId": "%s", "name": "乌云", "gender": "FEMALE", "level": "COUNTY", "constituency": "第三选区",
                 "stationId": "%s", "professionalGroup": "AGRICULTURE_AND_ECOLOGY",
                 "term": {"number": 12, "startYear": 2022, "endYear": 2027}}""".formatted(DEPUTY, STATION));
        admin.ensure("/api/units", """
                {"handlingUnitId": "%s", "name": "旗交通运输局", "kind": "GOVERNMENT_DEPARTMENT", "regionId": "%s",
                 "contactOffice": "办公室"}""".formatted(UNIT, REGION));
    }

    /** The petition at the test's station, once the list projection has it. */
    private static String awaitPetitionAt(StaffApi clerk) throws InterruptedException {
        long giveUp = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < giveUp) {
            StaffApi.Answer answer = clerk.get("/api/petitions?stationId=" + STATION);
            List<String> ids = JsonPath.read(answer.body(), "$.items[*].petitionId");
            if (!ids.isEmpty()) {
                assertThat(ids).hasSize(1);
                return ids.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the petition never reached the staff list");
    }

    /** Reads the QR code in a PNG as a phone's camera app would. */
    static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }
}

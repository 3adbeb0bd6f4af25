package cn.luzhi.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.security.UserDirectory;
import cn.luzhi.events.common.ActorRole;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
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
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The 二维码 page in a real browser. A clerk finds a station and its deputies, sees previews that really decode to
 * the intake links, opens the station's print sheet in a new tab, and reissues a deputy's code: the preview then
 * shows the new code and the old link leads nowhere. A deputy sees their own code and nothing else. Saves
 * {@code target/qr-codes.png}.
 */
class QrCodesBrowserIT {

    private static final String REGION = "150125";
    private static final String STATION = "s-qr-browser";
    private static final String STATION_NAME = "二维码测试代表联络站";
    private static final String DEPUTY = "d-qr-browser";
    private static final String DEPUTY_NAME = "其木格";
    private static final String COLLEAGUE = "d-qr-browser-other";
    private static final String COLLEAGUE_NAME = "巴特尔";

    private static WorkPagesBrowser browser;

    @BeforeAll
    static void registerStationAndDeputies() {
        browser = WorkPagesBrowser.get();
        StaffApi admin = browser.api("admin");
        admin.ensure("/api/regions", "{\"regionId\": \"" + REGION + "\", \"name\": \"测试旗\", \"level\": \"DISTRICT\"}");
        admin.ensure("/api/stations", """
                {"stationId": "%s", "name": "%s", "kind": "LIAISON_STATION", "setting": "DISTRICT",
                 "level": "COUNTY", "regionId": "%s", "address": "测试旗团结路9号", "openedOn": "2024-05-01"}"""
                .formatted(STATION, STATION_NAME, REGION));
        for (String[] deputy : List.of(new String[] {DEPUTY, DEPUTY_NAME}, new String[] {COLLEAGUE, COLLEAGUE_NAME})) {
            admin.ensure("/api/deputies", """
                    {"deputyId": "%s", "name": "%s", "gender": "FEMALE", "level": "COUNTY", "constituency": "第一选区",
                     "stationId": "%s", "professionalGroup": "SOCIAL_AFFAIRS",
                     "term": {"number": 12, "startYear": 2022, "endYear": 2027}}""".formatted(deputy[0], deputy[1],
                    STATION));
        }
        browser.bean(UserDirectory.class).save("deputy-qr", browser.bean(PasswordEncoder.class)
                .encode(WorkPagesBrowser.PASSWORD), DEPUTY_NAME, ActorRole.DEPUTY, false, DEPUTY);
        awaitDeputiesListed(browser.api("clerk"));
    }

    @Test
    void shouldLetAClerkFindPrintAndReissueTheCodesOfAStationAndItsDeputies() throws Exception {
        StaffApi clerk = browser.api("clerk");
        List<String> dialogs = WorkPagesBrowser.dialogs();
        Page page = browser.openAs("clerk", "qr-codes.html", dialogs);
        CspViolations blocked = CspViolations.watch(page.context(), page);
        page.reload();

        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("二维码");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
                .hasText("家站码与代表码");
        Locator station = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(STATION_NAME)
                .setExact(true));
        PlaywrightAssertions.assertThat(station).containsText("测试旗团结路9号");
        PlaywrightAssertions.assertThat(station).containsText("开放");
        PlaywrightAssertions.assertThat(station).containsText(DEPUTY_NAME);
        PlaywrightAssertions.assertThat(station).containsText(COLLEAGUE_NAME);

        // The previews are the codes the API prints: they load, and decode to the records' intake links.
        String stationLink = decode(clerk.bytes("/api/stations/" + STATION + "/qr.png"));
        String oldDeputyLink = decode(clerk.bytes("/api/deputies/" + DEPUTY + "/qr.png"));
        assertThat(stationLink).startsWith(browser.base().resolve("/intake.html?t=").toString());
        assertThat(decodeShown(page, station.getByAltText(STATION_NAME + " 家站码"))).isEqualTo(stationLink);
        Locator deputyCard = station.locator("figure[data-owner='" + DEPUTY + "']");
        assertThat(decodeShown(page, deputyCard.getByRole(AriaRole.IMG))).isEqualTo(oldDeputyLink);
        PlaywrightAssertions.assertThat(deputyCard.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("下载 SVG"))).hasAttribute("download", "代表码-" + DEPUTY_NAME + ".svg");

        // 打印二维码页 opens the station's A4 sheet in a new tab, with the station's code on it.
        Page sheet = page.waitForPopup(() -> station.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("打印二维码页")).click());
        PlaywrightAssertions.assertThat(sheet.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(STATION_NAME);
        Locator sheetCode = sheet.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(STATION_NAME + " 家站码"));
        // The sheet draws its codes as inline SVG, painted with the page.
        assertThat(decodeOnScreen(sheet, sheetCode)).isEqualTo(stationLink);
        PlaywrightAssertions.assertThat(sheet.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName("人大代表 " + DEPUTY_NAME + " 代表码"))).isVisible();
        sheet.close();

        // Reissuing asks for a reason, then the preview shows the new code and the old link leads nowhere.
        String oldToken = tokenOf(oldDeputyLink);
        assertThat(clerk.get("/api/public/intake/" + oldToken).status()).isEqualTo(200);
        deputyCard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("重新生成").setExact(true))
                .click();
        PlaywrightAssertions.assertThat(deputyCard.getByRole(AriaRole.FORM)).containsText("旧二维码立即失效");
        deputyCard.getByLabel("重新生成原因").fill("履职卡遗失，防止冒用");
        deputyCard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("确认重新生成")).click();
        PlaywrightAssertions.assertThat(deputyCard.getByRole(AriaRole.STATUS))
                .hasText("已重新生成「" + DEPUTY_NAME + "」的代表码，旧码已失效，请重新打印并更换已张贴的旧码。");
        PlaywrightAssertions.assertThat(deputyCard.getByRole(AriaRole.IMG)).hasAttribute("src",
                Pattern.compile("[?&]v=1$"));
        String newDeputyLink = decode(clerk.bytes("/api/deputies/" + DEPUTY + "/qr.png"));
        assertThat(newDeputyLink).isNotEqualTo(oldDeputyLink);
        assertThat(decodeShown(page, deputyCard.getByRole(AriaRole.IMG))).isEqualTo(newDeputyLink);
        assertThat(clerk.get("/api/public/intake/" + oldToken).status()).isEqualTo(404);
        assertThat(clerk.get("/api/public/intake/" + tokenOf(newDeputyLink)).body()).contains(DEPUTY_NAME);
        // The colleague's code was left alone.
        assertThat(decodeShown(page, station.locator("figure[data-owner='" + COLLEAGUE + "'] img")))
                .isEqualTo(decode(clerk.bytes("/api/deputies/" + COLLEAGUE + "/qr.png")));

        station.screenshot(new Locator.ScreenshotOptions().setPath(Paths.get("target", "qr-codes.png")));
        assertThat(dialogs).isEmpty();
        assertThat(blocked.seen()).isEmpty();
        page.context().close();
    }

    @Test
    void shouldShowADeputyTheirOwnCodeOnly() throws Exception {
        List<String> dialogs = WorkPagesBrowser.dialogs();
        Page page = browser.openAs("deputy-qr", "qr-codes.html", dialogs);

        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
                .hasText("我的代表码");
        Locator code = page.getByRole(AriaRole.IMG);
        PlaywrightAssertions.assertThat(code).hasAttribute("alt", DEPUTY_NAME + " 代表码");
        assertThat(decodeShown(page, code))
                .isEqualTo(decode(browser.api("clerk").bytes("/api/deputies/" + DEPUTY + "/qr.png")));
        PlaywrightAssertions.assertThat(page.locator("a[download]")).hasCount(2);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("重新生成")).count()).isZero();
        assertThat(page.locator("main").innerText()).doesNotContain(COLLEAGUE_NAME, STATION_NAME + " 家站码",
                "打印二维码页");
        // What the page does not show, the API does not give either.
        assertThat(browser.api("deputy-qr").get("/api/deputies/" + COLLEAGUE + "/qr.png").status()).isEqualTo(404);
        assertThat(dialogs).isEmpty();
        page.context().close();
    }

    /** Scrolls a lazily loaded preview into view, waits until the image has really decoded, and reads its code. */
    private static String decodeShown(Page page, Locator image) throws Exception {
        image.scrollIntoViewIfNeeded();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", image.elementHandle());
        return decodeOnScreen(page, image);
    }

    /**
     * Reads the code {@code element} shows from a screenshot of it. A screenshot can catch it mid-paint (a fresh
     * src, a scroll), so it looks a few times, as a phone's camera would.
     */
    private static String decodeOnScreen(Page page, Locator element) throws Exception {
        ReaderException unreadable = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                return decode(element.screenshot());
            } catch (ReaderException e) {
                unreadable = e;
                page.waitForTimeout(200);
            }
        }
        throw new AssertionError("The QR code shown on the page cannot be read", unreadable);
    }

    private static String tokenOf(String link) {
        return link.substring(link.indexOf("?t=") + 3);
    }

    /** The deputies list is a projection: it shows the new deputies a moment after they were registered. */
    private static void awaitDeputiesListed(StaffApi clerk) {
        long giveUp = System.nanoTime() + 60_000_000_000L;
        while (true) {
            StaffApi.Answer answer = clerk.get("/api/deputies?stationId=" + STATION);
            List<String> ids = JsonPath.read(answer.body(), "$[*].deputyId");
            StaffApi.Answer stations = clerk.get("/api/stations?regionId=" + REGION);
            if (ids.containsAll(List.of(DEPUTY, COLLEAGUE)) && stations.body().contains(STATION)) {
                return;
            }
            assertThat(System.nanoTime()).as("the deputies are listed within 60 s").isLessThan(giveUp);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Reads the QR code in a PNG as a phone's camera app would. */
    private static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}

package cn.luzhi.app.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.luzhi.app.TestApplications;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One all-in-one application and one headless Chromium shared by the browser tests of the work pages (案件追溯,
 * 审计日志, 完整性校验, 督办, ...), started on first use and stopped when the test JVM ends, so that each page's test
 * does not pay for its own start. Demo data is off: each test creates the cases it looks at through {@link #api}.
 * Where no Chromium is installed the tests are skipped, not failed; .ci/run installs Debian's.
 */
final class WorkPagesBrowser {

    static final String PASSWORD = "work-pages-browser-password";
    private static final Path CHROMIUM = Paths.get(System.getProperty("cockpit.chromium", "/usr/bin/chromium"));

    private static WorkPagesBrowser shared;
    private static String missing;

    private final ConfigurableApplicationContext app;
    private final URI base;
    private final Playwright playwright;
    private final Browser browser;

    private WorkPagesBrowser(ConfigurableApplicationContext app, URI base, Playwright playwright, Browser browser) {
        this.app = app;
        this.base = base;
        this.playwright = playwright;
        this.browser = browser;
    }

    /** The shared application and browser; skips the calling test where this machine cannot run a browser. */
    static synchronized WorkPagesBrowser get() {
        if (shared == null && missing == null) {
            missing = whyNoBrowser();
            if (missing != null) {
                System.err.println(missing);
            } else {
                shared = start();
                Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
            }
        }
        assumeTrue(missing == null, missing);
        return shared;
    }

    /** The application's address, e.g. http://localhost:41234/. */
    URI base() {
        return base;
    }

    /** The API as one of the demo accounts (named after their roles: clerk, deputy, unit, supervisor, auditor, ...). */
    StaffApi api(String user) {
        return new StaffApi(base, user, PASSWORD);
    }

    /** Beans of the running application, for what a test cannot do over HTTP (e.g. tampering with the database). */
    <T> T bean(Class<T> type) {
        return app.getBean(type);
    }

    /**
     * A fresh browser context (its own cookies) logged in as {@code user} through the Chinese login page, then
     * showing {@code pagePath} (e.g. "trace.html"). Dialogs the page opens are collected in {@code dialogs}.
     */
    Page openAs(String user, String pagePath, List<String> dialogs) {
        Page page = logInAs(user, dialogs);
        page.navigate(base.resolve(pagePath).toString());
        return page;
    }

    /**
     * A fresh browser context logged in as {@code user} through the Chinese login page, left on the page the login
     * led to (the role's start page). Dialogs the page opens are collected in {@code dialogs}.
     */
    Page logInAs(String user, List<String> dialogs) {
        return loggedIn(user, newPage(new Browser.NewContextOptions().setViewportSize(1600, 1000), dialogs));
    }

    /**
     * A fresh phone-sized context (390 x 844, touch) logged in as {@code user} through the login page: a deputy on
     * their own phone. Dialogs the page opens are collected in {@code dialogs}.
     */
    Page logInOnPhoneAs(String user, List<String> dialogs) {
        return loggedIn(user, newPage(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true), dialogs));
    }

    private Page loggedIn(String user, Page page) {
        // Once in CI a login did not leave the login page within 30 s, which no local run reproduced: a second
        // attempt, and if that fails too, what the page said. The login itself is BrowserSafetyIT's subject.
        for (int attempt = 1; !logIn(page, user); attempt++) {
            if (attempt == 2) {
                throw new AssertionError("Logging in as " + user + " left the browser at " + page.url() + ": "
                        + page.locator("body").innerText());
            }
        }
        return page;
    }

    /** Fills in and sends the login form; whether the browser then left the login page within 15 seconds. */
    private boolean logIn(Page page, String user) {
        page.navigate(base.resolve("/login").toString());
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING)).hasText("人大代表履职平台 · 登录");
        page.getByLabel("用户名").fill(user);
        page.getByLabel("密码").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        try {
            page.waitForURL(url -> !URI.create(url).getPath().equals("/login"),
                    new Page.WaitForURLOptions().setTimeout(15_000));
            return true;
        } catch (TimeoutError stillThere) {
            return false;
        }
    }

    /**
     * A fresh browser context with no login at all, the size of a phone (390 x 844), showing {@code pageUrl}: a
     * citizen who scanned a QR code. Dialogs the page opens are collected in {@code dialogs}.
     */
    Page openOnPhone(String pageUrl, List<String> dialogs) {
        Page page = newPage(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true), dialogs);
        page.navigate(base.resolve(pageUrl).toString());
        return page;
    }

    /** A page in a fresh context (its own cookies) with Chinese locale and Beijing time, collecting dialogs. */
    private Page newPage(Browser.NewContextOptions options, List<String> dialogs) {
        BrowserContext context = browser.newContext(options.setLocale("zh-CN").setTimezoneId("Asia/Shanghai"));
        Page page = context.newPage();
        page.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });
        return page;
    }

    /** A list that page tests hand to {@link #openAs} to see which dialogs (alert, confirm) a page opened. */
    static List<String> dialogs() {
        return new CopyOnWriteArrayList<>();
    }

    private static WorkPagesBrowser start() {
        ConfigurableApplicationContext app = TestApplications.start(TestApplications.newDataDir("luzhi-work-pages"),
                PASSWORD, "--luzhi.accounts.demo-deputy-id=" + CockpitCases.LEAD_DEPUTY,
                "--luzhi.accounts.demo-unit-id=" + CockpitCases.UNIT);
        URI base = TestApplications.baseUri(app);
        // Starting the application and its processors on two busy cores can take a while before the first answer.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(launchOptions());
        return new WorkPagesBrowser(app, base, playwright, browser);
    }

    private void stop() {
        browser.close();
        playwright.close();
        app.close();
    }

    /** Headless Debian Chromium, without the background calls that would only fail on a closed network. */
    static BrowserType.LaunchOptions launchOptions() {
        return new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync"));
    }

    /**
     * Why no browser test can run here, or null. Also points the Playwright driver at the Node.js found, which
     * it reads before PLAYWRIGHT_NODEJS_PATH, so that a variable naming no file cannot stop it.
     */
    static String whyNoBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            return "No Chromium at " + CHROMIUM + ": browser tests are skipped. Install it "
                    + "(apt-get install chromium fonts-noto-cjk) or pass -Dcockpit.chromium=<path>.";
        }
        Optional<Path> node = nodeJs();
        if (node.isEmpty()) {
            return "No Node.js for the Playwright driver: browser tests are skipped. "
                    + "Set PLAYWRIGHT_NODEJS_PATH or put node on the PATH.";
        }
        System.setProperty("playwright.nodejs.path", node.get().toString());
        return null;
    }

    /** The Node.js the Playwright driver runs on: PLAYWRIGHT_NODEJS_PATH when it names one, else node on the PATH. */
    private static Optional<Path> nodeJs() {
        Stream<Path> configured = Stream.ofNullable(System.getenv("PLAYWRIGHT_NODEJS_PATH")).map(Paths::get);
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Paths.get(dir, "node"));
        return Stream.concat(configured, onPath).filter(Files::isExecutable).findFirst();
    }
}

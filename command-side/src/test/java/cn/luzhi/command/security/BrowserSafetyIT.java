package cn.luzhi.command.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import cn.luzhi.events.common.ActorRole;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * What keeps a browser's session safe, over real HTTP: idle timeout, cookie flags, a new session id at login,
 * logout, the lockout after repeated failed logins (form and Basic, per account and per address) and its expiry,
 * the security headers on pages and API answers, and CSRF. Limits are short here so that the test can wait them out.
 */
@TestPropertySource(properties = {"luzhi.browser.session-idle-timeout=3s", "luzhi.login.max-failures=3",
        "luzhi.login.max-failures-per-address=6", "luzhi.login.window=1m", "luzhi.login.lock-duration=4s"})
class BrowserSafetyIT extends CommandSideIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String SECRET = "right-password-42";
    private static final String SUBMIT = """
            {"source": "DEPUTY_QR_CODE", "regionId": "150102001", "deputyId": "d-zhang",
             "petitioner": {"name": "王五", "phone": "13700001111", "idNumber": "150102199001011234"},
             "title": "路灯不亮", "content": "小区门口路灯坏了三个月"}""";

    @Autowired
    private UserDirectory users;
    @Autowired
    private PasswordEncoder passwordEncoder;

    private CookieManager cookies;
    private HttpClient browser;

    @BeforeEach
    void freshBrowserAndAccounts() {
        cookies = new CookieManager();
        browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String hash = passwordEncoder.encode(SECRET);
        for (String name : List.of("lock-a", "lock-b", "lock-c")) {
            users.save(name, hash, "锁定测试", ActorRole.CLERK, false, null);
        }
    }

    /** The lockout tables are this test's alone: other tests on the same database must not inherit its locks. */
    @AfterEach
    void forgetFailures() {
        jdbc.sql("DELETE FROM login_failure").update();
        jdbc.sql("DELETE FROM login_lockout").update();
    }

    @Test
    void shouldSendAnIdleBrowserBackToTheLoginPageAndAnswerTheApiWith401() throws Exception {
        logIn("lock-a", SECRET);
        assertThat(get("/somewhere", "text/html").statusCode()).as("page while logged in").isNotIn(302, 401);
        assertThat(get("/api/petitions", "application/json").statusCode()).as("API while logged in").isNotEqualTo(401);

        Thread.sleep(4_500);

        HttpResponse<String> page = get("/somewhere", "text/html");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> api = get("/api/petitions", "application/json");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(api.body()).contains("需要登录");
    }

    @Test
    void shouldAnswer401RatherThan403WhenACommandCarriesTheTokenOfATimedOutSession() throws Exception {
        String token = logIn("lock-a", SECRET);
        Thread.sleep(4_500);

        HttpResponse<String> command = send(HttpRequest.newBuilder(uri("/api/petitions"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(SUBMIT)));
        assertThat(command.statusCode()).isEqualTo(401);
        assertThat(command.body()).contains("urn:luzhi:problem:session-expired").contains("登录已超时，请重新登录");
    }

    @Test
    void shouldSetAHttpOnlySameSiteCookieAndChangeTheSessionIdAtLogin() throws Exception {
        HttpResponse<String> loginPage = get("/login", "text/html");
        String cookieBefore = loginPage.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookieBefore).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        String idBefore = sessionId();

        HttpResponse<String> loggedIn = postForm("/login", "username=lock-a&password=" + SECRET + "&_csrf="
                + token(loginPage.body()));

        assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(sessionId()).as("session id after login").isNotEqualTo(idBefore);
    }

    @Test
    void shouldLogOutOnlyWithTheTokenAndSayGoodbyeInChinese() throws Exception {
        String token = logIn("lock-a", SECRET);

        assertThat(postForm("/logout", "").statusCode()).as("logout without the token").isEqualTo(403);
        assertThat(get("/api/petitions", "application/json").statusCode()).isNotEqualTo(401);

        HttpResponse<String> loggedOut = postForm("/logout", "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(loggedOut.statusCode()).isEqualTo(302);
        assertThat(loggedOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(get("/login?logout", "text/html").body()).contains("您已退出登录");
        assertThat(get("/api/petitions", "application/json").statusCode()).isEqualTo(401);
    }

    @Test
    void shouldLockTheLoginFormAfterRepeatedFailuresWhateverThePassword() throws Exception {
        assertThat(formLogin("lock-a", "wrong-1")).endsWith("/login?error");
        assertThat(formLogin("lock-a", "wrong-2")).endsWith("/login?error");
        assertThat(formLogin("lock-a", "wrong-3")).endsWith("/login?locked=1");

        assertThat(formLogin("lock-a", SECRET)).as("the right password while locked").endsWith("/login?locked=1");
        assertThat(formLogin("lock-a", "wrong-4")).as("a wrong one answers the same").endsWith("/login?locked=1");
        assertThat(get("/login?locked=1", "text/html").body()).contains("账号已被暂时锁定，请 1 分钟后再试");
        assertThat(formLogin("lock-b", SECRET)).as("another account").doesNotContain("error").doesNotContain("locked");
    }

    @Test
    void shouldLockHttpBasicAfterRepeatedFailuresWithAChineseProblem() {
        assertThat(api.post("/api/petitions", "lock-a", "wrong-1", SUBMIT).status()).isEqualTo(401);
        assertThat(api.post("/api/petitions", "lock-a", "wrong-2", SUBMIT).status()).isEqualTo(401);
        Api.Response third = api.post("/api/petitions", "lock-a", "wrong-3", SUBMIT);

        Api.Response rightWhileLocked = api.post("/api/petitions", "lock-a", SECRET, SUBMIT);
        Api.Response wrongWhileLocked = api.post("/api/petitions", "lock-a", "wrong-4", SUBMIT);

        for (Api.Response locked : List.of(third, rightWhileLocked, wrongWhileLocked)) {
            assertThat(locked.status()).isEqualTo(401);
            assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
            assertThat(locked.json().get("type").asText()).isEqualTo("urn:luzhi:problem:account-locked");
            assertThat(locked.json().get("detail").asText()).isEqualTo("账号已被暂时锁定，请 1 分钟后再试");
            assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 4L);
        }
        assertThat(rightWhileLocked.text()).as("the right password reveals nothing").isEqualTo(wrongWhileLocked.text());
    }

    @Test
    void shouldLetTheAccountInAgainWhenTheLockExpires() throws Exception {
        for (int i = 0; i < 3; i++) {
            api.post("/api/petitions", "lock-a", "wrong-" + i, SUBMIT);
        }
        assertThat(api.post("/api/petitions", "lock-a", SECRET, SUBMIT).status()).isEqualTo(401);

        Thread.sleep(4_500);

        assertThat(api.post("/api/petitions", "lock-a", SECRET, SUBMIT).status()).isEqualTo(201);
        assertThat(formLogin("lock-a", SECRET)).doesNotContain("error").doesNotContain("locked");
    }

    @Test
    void shouldStartTheCountAfreshAfterASuccessfulLogin() {
        api.post("/api/petitions", "lock-a", "wrong-1", SUBMIT);
        api.post("/api/petitions", "lock-a", "wrong-2", SUBMIT);
        assertThat(api.post("/api/petitions", "lock-a", SECRET, SUBMIT).status()).isEqualTo(201);
        api.post("/api/petitions", "lock-a", "wrong-3", SUBMIT);
        api.post("/api/petitions", "lock-a", "wrong-4", SUBMIT);

        assertThat(api.post("/api/petitions", "lock-a", SECRET, SUBMIT).status()).isEqualTo(201);
    }

    @Test
    void shouldLockAClientAddressThatTriesManyAccounts() {
        // Six failures spread over accounts that each stay below their own limit, some of which do not exist.
        for (String name : List.of("lock-a", "lock-b", "nobody-1", "nobody-2", "nobody-3", "lock-a")) {
            api.post("/api/petitions", name, "guess", SUBMIT);
        }
        Api.Response untouchedAccount = api.post("/api/petitions", "lock-c", SECRET, SUBMIT);

        assertThat(untouchedAccount.status()).isEqualTo(401);
        assertThat(untouchedAccount.json().get("type").asText()).isEqualTo("urn:luzhi:problem:account-locked");
        assertThat(jdbc.sql("SELECT count(*) FROM login_lockout WHERE kind = 'ADDRESS'").query(Long.class).single())
                .isOne();
    }

    @Test
    void shouldSendTheSecurityHeadersWithPagesAndApiAnswers() throws Exception {
        List<java.net.http.HttpHeaders> answers = List.of(
                get("/login", "text/html").headers(),
                get("/login.css", "text/css").headers(),
                toHeaders(api.post("/api/petitions", "clerk", PASSWORD, SUBMIT)),
                toHeaders(api.post("/api/petitions", "clerk", PASSWORD, "{}")),
                toHeaders(api.post("/api/petitions", null, null, SUBMIT)));
        for (java.net.http.HttpHeaders headers : answers) {
            String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'")
                    .contains("object-src 'none'").contains("base-uri 'self'").contains("connect-src 'self'");
            assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        }
        for (java.net.http.HttpHeaders apiAnswer : answers.subList(2, answers.size())) {
            assertThat(apiAnswer.firstValue("Cache-Control").orElseThrow()).contains("no-store");
        }
    }

    @Test
    void shouldStillRefuseACommandWithTheSessionCookieButWithoutTheToken() throws Exception {
        String token = logIn("lock-a", SECRET);

        HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/api/petitions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(SUBMIT)));
        HttpResponse<String> genuine = send(HttpRequest.newBuilder(uri("/api/petitions"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(SUBMIT)));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(genuine.statusCode()).as(genuine.body()).isEqualTo(201);
    }

    /** Logs in through the form and returns the CSRF token of the new session. */
    private String logIn(String user, String password) throws Exception {
        assertThat(formLogin(user, password)).doesNotContain("error").doesNotContain("locked");
        return token(get("/login", "text/html").body());
    }

    /** Submits the login form with a fresh token and answers where it sends the browser. */
    private String formLogin(String user, String password) throws Exception {
        String token = token(get("/login", "text/html").body());
        HttpResponse<String> answer = postForm("/login", "username=" + user + "&password=" + password + "&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private static String token(String loginPage) {
        Matcher token = CSRF.matcher(loginPage);
        assertThat(token.find()).as("CSRF token on the login page").isTrue();
        return token.group(1);
    }

    private String sessionId() {
        // Tomcat's session cookie, or Spring Session's where sessions live in PostgreSQL.
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID") || cookie.getName().equals("SESSION"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
    }

    private HttpResponse<String> postForm(String path, String form) throws Exception {
        // As a browser submits a form: it accepts a page in return.
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/xhtml+xml").POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static java.net.http.HttpHeaders toHeaders(Api.Response response) {
        return java.net.http.HttpHeaders.of(response.headers().entrySet().stream().collect(
                java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, entry -> List.of(entry.getValue()))),
                (name, value) -> true);
    }
}

package cn.luzhi.command.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.support.CommandSideIntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A browser logs in on a Chinese page whose form carries a CSRF token; without the token it cannot. */
class LoginPageIT extends CommandSideIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");


    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void shouldLogInWithTheTokenFromTheChineseLoginPage() throws Exception {
        HttpResponse<String> page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"zh-CN\">").contains("用户名").contains("密码");
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();

        HttpResponse<String> loggedIn = postForm("/login", "username=leader&password=" + PASSWORD + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    @Test
    void shouldRefuseLoginWithoutTheToken() throws Exception {
        get("/login");
        HttpResponse<String> forged = postForm("/login", "username=leader&password=" + PASSWORD);
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void shouldShowWrongPasswordInChinese() throws Exception {
        Matcher token = CSRF.matcher(get("/login").body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> failed = postForm("/login", "username=leader&password=wrong&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
        assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(get("/login?error").body()).contains("用户名或密码不正确");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postForm(String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

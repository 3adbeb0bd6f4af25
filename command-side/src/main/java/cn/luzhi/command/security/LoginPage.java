package cn.luzhi.command.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The browser's login page, in Chinese, with the CSRF token Spring Security expects on the form. Its styles are
 * a file of their own, so that the Content-Security-Policy needs no inline style element.
 */
@Controller
class LoginPage {

    /** The longest lock the page admits to showing; anything else in the address is not ours. */
    private static final long MAX_LOCKED_MINUTES = 24 * 60;

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String login(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                  <meta charset="UTF-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>登录 · 履职</title>
                  <link rel="stylesheet" href="login.css">
                </head>
                <body>
                  <form method="post" action="login">
                    <h1>人大代表履职平台 · 登录</h1>
                    %s
                    <label for="username">用户名</label>
                    <input id="username" name="username" autocomplete="username" required autofocus>
                    <label for="password">密码</label>
                    <input id="password" name="password" type="password" autocomplete="current-password" required>
                    <input type="hidden" name="%s" value="%s">
                    <button type="submit">登录</button>
                  </form>
                </body>
                </html>
                """.formatted(notice(request), HtmlUtils.htmlEscape(csrf.getParameterName()),
                HtmlUtils.htmlEscape(csrf.getToken()));
    }

    @GetMapping(value = "/login.css", produces = "text/css")
    ResponseEntity<String> styles() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body("""
                body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; background: #0b1a33;
                       color: #e6edf7; display: flex; min-height: 100vh; align-items: center; justify-content: center; margin: 0; }
                form { background: #13284a; padding: 2rem 2.5rem; border-radius: 8px; width: min(22rem, 90vw); }
                h1 { font-size: 1.4rem; margin: 0 0 1.5rem; }
                label { display: block; margin: 1rem 0 .3rem; }
                input { width: 100%; box-sizing: border-box; padding: .6rem; border-radius: 4px; border: 1px solid #3a5a8c;
                        background: #0b1a33; color: inherit; font-size: 1rem; }
                button { margin-top: 1.5rem; width: 100%; padding: .7rem; font-size: 1rem; border: 0; border-radius: 4px;
                         background: #2f7cf6; color: white; cursor: pointer; }
                .error { color: #ff8a8a; } .notice { color: #8fd19e; }
                """);
    }

    private static String notice(HttpServletRequest request) {
        String locked = request.getParameter("locked");
        if (locked != null) {
            long minutes;
            try {
                minutes = Math.min(MAX_LOCKED_MINUTES, Math.max(1, Long.parseLong(locked)));
            } catch (NumberFormatException e) {
                minutes = 1;
            }
            return "<p class=\"error\">账号已被暂时锁定，请 " + minutes + " 分钟后再试</p>";
        }
        if (request.getParameter("error") != null) {
            return "<p class=\"error\">用户名或密码不正确</p>";
        }
        return request.getParameter("logout") != null ? "<p class=\"notice\">您已退出登录</p>" : "";
    }
}

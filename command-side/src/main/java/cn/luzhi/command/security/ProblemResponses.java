package cn.luzhi.command.security;

import cn.luzhi.events.common.PersonalDataMask;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** 401, 403 and refused addresses as RFC 9457 problem bodies in Chinese, like every other error of the API. */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // A browser's script (Sec-Fetch-* headers) gets no Basic challenge: it would pop up the browser's own
        // password dialog over a page whose session has merely timed out.
        if (request.getHeader("Sec-Fetch-Mode") == null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"luzhi\", charset=\"UTF-8\"");
        }
        if (e instanceof LoginLocked locked) {
            // 401 rather than WebDAV's 423: the client must authenticate again, only later.
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(locked.seconds()));
            write(request, response, HttpStatus.UNAUTHORIZED, "account-locked", "账号已被暂时锁定", locked.detail());
            return;
        }
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "需要登录", "请先登录：用户名或密码不正确，或尚未提供");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException && request.getRequestedSessionId() != null
                && !request.isRequestedSessionIdValid()) {
            // The token was refused because the session it belonged to has timed out: log in again.
            write(request, response, HttpStatus.UNAUTHORIZED, "session-expired", "需要登录", "登录已超时，请重新登录");
            return;
        }
        write(request, response, HttpStatus.FORBIDDEN, "forbidden", "无权执行此操作", "当前角色无权执行此操作");
    }

    /** A one-time password must be replaced before anything else ({@link PasswordChangeGate}). */
    void passwordChangeRequired(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "password-change-required", "须先修改密码",
                "您正在使用一次性密码，请先设置自己的新密码");
    }

    /** The firewall's refusal of a malformed address (encoded slash, semicolon, ...), as a problem too. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        write(request, response, HttpStatus.BAD_REQUEST, "rejected-request", "请求无效", "请求的地址格式无效");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                              String type, String title, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // Every value here is a constant or the request path, escaped below; no user input is echoed.
        response.getWriter().write("{\"type\":\"urn:luzhi:problem:" + type + "\",\"title\":\"" + title
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\",\"instance\":\""
                + jsonEscape(PersonalDataMask.scrub(request.getRequestURI())) + "\"}");
    }

    private static String jsonEscape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}

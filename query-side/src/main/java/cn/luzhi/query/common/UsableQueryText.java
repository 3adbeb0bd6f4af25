package cn.luzhi.query.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a query parameter PostgreSQL cannot compare: text with NUL (a list filtered by {@code stationId=%00}
 * was a server error), control characters or half a surrogate pair. Answers 400 with the same problem body as
 * {@link InvalidQuery}, before any controller binds the parameter.
 */
@Component
class UsableQueryText extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MESSAGE = "包含无法处理的字符（空字符、控制字符或不完整的 Unicode 字符）";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            boolean usable = usable(parameter.getKey());
            for (String value : parameter.getValue()) {
                usable &= usable(value);
            }
            if (!usable) {
                String name = usable(parameter.getKey()) ? parameter.getKey() : "?";
                String detail = "查询参数「" + name + "」" + MESSAGE;
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write(JSON.writeValueAsString(Map.of("type", "urn:luzhi:problem:invalid-query",
                        "title", "请求无效", "status", 400, "detail", detail,
                        "errors", List.of(Map.of("field", name, "message", MESSAGE)))));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static boolean usable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c < 0x20 && c != '\t' || c == 0x7F) {
                return false;
            }
        }
        return true;
    }
}

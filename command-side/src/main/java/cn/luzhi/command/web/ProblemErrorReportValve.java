package cn.luzhi.command.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error answers (a malformed address such as an encoded slash, a header too large, ...), which it
 * gives before any of the application sees the request, as a Chinese RFC 9457 problem instead of an English HTML
 * page. Public with a no-argument constructor because Tomcat instantiates its host's error report valve by name.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<Integer, String> DETAILS = Map.of(
            400, "请求的地址或请求头格式无效",
            404, "未找到",
            408, "请求超时",
            413, "请求体过大",
            414, "请求地址过长",
            431, "请求头过大",
            505, "不支持此 HTTP 版本");

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        String detail = DETAILS.getOrDefault(status, status >= 500 ? "服务器内部错误，请稍后再试或联系管理员" : "请求无效");
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                // Only constants go into the body: the request that failed may be anything at all.
                writer.write(JSON.writeValueAsString(Map.of("type", "urn:luzhi:problem:rejected-request",
                        "title", detail, "status", status, "detail", detail)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the answer already started: nothing more can be said.
        }
    }
}

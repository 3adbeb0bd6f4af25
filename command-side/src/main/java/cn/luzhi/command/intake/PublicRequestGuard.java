package cn.luzhi.command.intake;

import cn.luzhi.command.web.ClientAddresses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards every {@code /api/public/**} request before anything parses it: a body over the configured size is
 * refused with 413 without being read past the limit, and each client address gets a number of requests per
 * window and route class (counted in PostgreSQL, so the limit holds across nodes), then 429 with
 * {@code Retry-After}. Registered ahead of Spring Security by {@link PublicIntakeConfiguration}.
 */
class PublicRequestGuard extends OncePerRequestFilter {

    private final IntakeProperties properties;
    private final PublicRateLimits rateLimits;
    private final ClientAddresses clientAddresses;

    PublicRequestGuard(IntakeProperties properties, PublicRateLimits rateLimits, ClientAddresses clientAddresses) {
        this.properties = properties;
        this.rateLimits = rateLimits;
        this.clientAddresses = clientAddresses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = properties.maxBodySize().toBytes();
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(response, maxBytes);
            return;
        }
        OptionalLong retryAfter = rateLimits.hit(clientAddresses.of(request), routeClass(request), limitFor(request));
        if (retryAfter.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.getAsLong()));
            problem(response, 429, "rate-limited", "请求过于频繁",
                    "请求过于频繁，请在 " + retryAfter.getAsLong() + " 秒后再试");
            return;
        }
        // A body without a Content-Length (chunked) is read up to one byte past the limit, never further.
        byte[] body = request.getInputStream().readNBytes((int) maxBytes + 1);
        if (body.length > maxBytes) {
            tooLarge(response, maxBytes);
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private IntakeProperties.Limit limitFor(HttpServletRequest request) {
        return switch (routeClass(request)) {
            case "submit" -> properties.submit();
            case "receipt" -> properties.receipt();
            default -> properties.lookup();
        };
    }

    /** Submitting, following a receipt (where codes could be guessed), or looking a QR code up. */
    private static String routeClass(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.startsWith("/api/public/receipts/")) {
            return "receipt";
        }
        return "POST".equals(request.getMethod()) ? "submit" : "lookup";
    }

    private static void tooLarge(HttpServletResponse response, long maxBytes) throws IOException {
        // The unread rest of the body would otherwise be the next request on this connection.
        response.setHeader(HttpHeaders.CONNECTION, "close");
        problem(response, 413, "payload-too-large", "请求体过大",
                "请求内容过长，不能超过 " + maxBytes / 1024 + " KB，请精简后再提交");
    }

    private static void problem(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        // Only constants and numbers: nothing the client sent is echoed.
        response.getWriter().write("{\"type\":\"urn:luzhi:problem:" + type + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }

    /** The request with its body already read into memory (at most the size limit). */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return body.length == 0 || available() == 0;
                }

                @Override
                public int available() {
                    try {
                        return in.available();
                    } catch (IOException e) {
                        return 0;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already in memory");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    getCharacterEncoding() != null ? java.nio.charset.Charset.forName(getCharacterEncoding())
                            : StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}

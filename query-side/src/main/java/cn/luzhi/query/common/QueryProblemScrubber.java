package cn.luzhi.query.common;

import cn.luzhi.events.common.PersonalDataMask;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The last step of every problem answer: the parts that may quote the client's input (the detail, the path in
 * {@code instance}, the field names in {@code errors}) get phone and ID numbers masked, so that no error text
 * carries personal data in clear (docs/roles.md), whatever handler wrote it.
 */
@RestControllerAdvice
class QueryProblemScrubber implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            problem.setDetail(PersonalDataMask.scrub(problem.getDetail()));
            problem.setInstance(URI.create(PersonalDataMask.scrub(
                    (problem.getInstance() != null ? problem.getInstance() : request.getURI()).getRawPath())));
            if (problem.getProperties() != null && problem.getProperties().get("errors") instanceof List<?> errors) {
                problem.setProperty("errors", errors.stream().map(QueryProblemScrubber::scrubbed).toList());
            }
        }
        return body;
    }

    private static Object scrubbed(Object error) {
        if (error instanceof Map<?, ?> fields) {
            Map<Object, Object> scrubbed = new LinkedHashMap<>();
            fields.forEach((key, value) -> scrubbed.put(key,
                    value instanceof String text ? PersonalDataMask.scrub(text) : value));
            return scrubbed;
        }
        return error;
    }
}

package cn.luzhi.query.common;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A 404 answer with a Chinese problem body. */
public final class NotFound extends ErrorResponseException {

    public NotFound(String what, String id) {
        super(HttpStatus.NOT_FOUND, problem(what, id), null);
    }

    private static ProblemDetail problem(String what, String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "未找到编号为「" + id + "」的" + what);
        problem.setType(URI.create("urn:luzhi:problem:not-found"));
        problem.setTitle("未找到");
        return problem;
    }
}

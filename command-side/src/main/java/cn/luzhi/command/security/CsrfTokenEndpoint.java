package cn.luzhi.command.security;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/csrf}: the CSRF token a page of this origin sends back in a header with its POST requests (the
 * session cookie alone is not enough, see {@link SecurityConfiguration}). Another site cannot read this answer.
 */
@RestController
class CsrfTokenEndpoint {

    /** The header to send and the token to put in it; a form (退出) sends it as the parameter instead. */
    record Token(String headerName, String parameterName, String token) {
    }

    @GetMapping("/api/csrf")
    Token token(CsrfToken csrf) {
        return new Token(csrf.getHeaderName(), csrf.getParameterName(), csrf.getToken());
    }
}

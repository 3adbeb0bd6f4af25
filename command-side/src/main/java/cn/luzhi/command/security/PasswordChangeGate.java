package cn.luzhi.command.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account that logged in with a one-time password may only choose its own: pages lead to the change-password
 * page, every other API call is refused with a 403 problem until the password is changed. What the change needs
 * stays open: the page and its files, who is logged in, the CSRF token, the change itself and logging out.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

    /** The page where a one-time password is replaced. */
    static final String CHANGE_PAGE = "/change-password.html";
    private static final Set<String> OPEN = Set.of(CHANGE_PAGE, "/api/account", "/api/account/password", "/api/csrf",
            "/logout", "/login", "/login.css", "/favicon.ico", "/error");

    private final ProblemResponses problems;

    PasswordChangeGate(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getServletPath();
        if (authentication == null || !(authentication.getPrincipal() instanceof LuzhiUser user)
                || !user.mustChangePassword() || OPEN.contains(path) || path.startsWith("/assets/")) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/api/") || path.startsWith("/ws/")) {
            problems.passwordChangeRequired(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
        }
    }
}

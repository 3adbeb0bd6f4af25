package cn.luzhi.command.security;

import cn.luzhi.events.common.ActorRole;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After login, each role lands on its own start page ({@code luzhi.browser.start-pages}): a clerk, a unit or a
 * supervisor on their 待办 (to do), an auditor on the audit log, a leader on the cockpit. A browser that was sent to the login page on its
 * way to a particular page goes on to that page instead; only the bare site address counts as no choice.
 */
final class StartPages extends SavedRequestAwareAuthenticationSuccessHandler {

    private final Map<ActorRole, String> pages;
    private final RequestCache requests = new HttpSessionRequestCache();

    StartPages(Map<ActorRole, String> pages) {
        this.pages = pages;
        setRequestCache(requests);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        SavedRequest saved = requests.getRequest(request, response);
        if (saved != null && !isSiteRoot(request, saved.getRedirectUrl())) {
            super.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        requests.removeRequest(request, response);
        clearAuthenticationAttributes(request);
        String page = authentication.getPrincipal() instanceof LuzhiUser user ? pages.get(user.role()) : null;
        getRedirectStrategy().sendRedirect(request, response, page != null ? page : "/");
    }

    private static boolean isSiteRoot(HttpServletRequest request, String url) {
        URI target = URI.create(url);
        String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        return target.getRawQuery() == null && path.equals(request.getContextPath() + "/");
    }
}

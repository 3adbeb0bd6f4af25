package cn.luzhi.app.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Collects what the Content-Security-Policy blocked on a page, so that a policy too strict for the pages (or a page
 * that starts needing inline code) fails a browser test instead of going unnoticed: the page's own
 * {@code securitypolicyviolation} events, reported through the console, and Chromium's console errors about the
 * policy.
 */
final class CspViolations {

    private static final String MARK = "CSP violation: ";
    private static final String REPORTER = """
            document.addEventListener('securitypolicyviolation', (e) => console.error('%s' + e.effectiveDirective
                + ' blocked ' + (e.blockedURI || 'inline') + ' in ' + e.sourceFile + ':' + e.lineNumber));
            """.formatted(MARK);

    private final List<String> seen = new CopyOnWriteArrayList<>();

    private CspViolations() {
    }

    /** Watches every page of the context from its next navigation on. */
    static CspViolations watch(BrowserContext context, Page page) {
        CspViolations violations = new CspViolations();
        context.addInitScript(REPORTER);
        page.onConsoleMessage(message -> {
            String text = message.text();
            if (text.startsWith(MARK) || text.contains("Content Security Policy")) {
                violations.seen.add(text);
            }
        });
        return violations;
    }

    List<String> seen() {
        return List.copyOf(seen);
    }
}

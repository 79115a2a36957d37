package org.throughcare.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.session.InvalidSessionStrategy;

/**
 * A request that carries a session which has timed out goes to the "you were signed out" page
 * (Spring Security also asks here when a form post has no CSRF token; without any session that is
 * a refusal).
 * A fresh session replaces the dead cookie, so the page and its assets load normally; an htmx
 * request is told to move the whole page rather than swap the page into a fragment.
 */
class SessionEnded implements InvalidSessionStrategy {

    static final String PAGE = "/session-ended";

    @Override
    public void onInvalidSessionDetected(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestedSessionId() == null) {
            // No session was ever sent (a forged or scripted post): a refusal, not a timeout.
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.getSession(true);
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", PAGE);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.sendRedirect(PAGE);
    }
}

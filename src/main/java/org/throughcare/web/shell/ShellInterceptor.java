package org.throughcare.web.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.throughcare.security.Caller;
import org.throughcare.security.Permissions;
import org.throughcare.web.WorkingContexts;
import org.throughcare.web.WorkingEstablishment;

/**
 * Adds the {@link Shell} to every page a controller renders (never to API answers, which have no
 * view), so pages in any module get the header without depending on this one.
 */
@Component
class ShellInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ShellInterceptor.class);

    private final WorkingContexts contexts;

    ShellInterceptor(WorkingContexts contexts) {
        this.contexts = contexts;
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page != null && page.getViewName() != null && !page.getViewName().startsWith("redirect:")) {
            decorate(page, request);
        }
    }

    void decorate(ModelAndView page, HttpServletRequest request) {
        contexts.staff().ifPresent(staff -> page.addObject("shell", shell(staff, request)));
    }

    private Shell shell(Caller.Staff staff, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        int timeout = session == null ? 0 : session.getMaxInactiveInterval();
        WorkingEstablishment here = null;
        List<WorkingEstablishment> choices = List.of();
        try {
            here = contexts.current().orElse(null);
            choices = contexts.choices();
        } catch (RuntimeException e) {
            // An error page must still render when the record is unavailable; the name and role suffice.
            log.warn(
                    "Establishment names unavailable for the header ({})",
                    e.getClass().getSimpleName());
        }
        return new Shell(staff.name(), staff.role().label(), here, choices, navigation(staff), timeout);
    }

    private static List<Shell.Link> navigation(Caller.Staff staff) {
        List<Shell.Link> links = new ArrayList<>();
        if (Permissions.mayReadPatientRecords(staff)) {
            links.add(new Shell.Link("Find a patient", "/patients"));
            if (!staff.establishments().isEmpty()) {
                // The establishment's worklists (custody module); staff who work at none have none.
                links.add(new Shell.Link("Worklists", "/worklists"));
            }
        }
        if (Permissions.mayBreakGlass(staff)) {
            links.add(new Shell.Link("Emergency access", "/emergency-access"));
        }
        if (Permissions.mayAudit(staff)) {
            links.add(new Shell.Link("Audit log", "/audit"));
            links.add(new Shell.Link("Break-glass reviews", "/audit/break-glass"));
        }
        return links;
    }
}

package org.throughcare.web.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.throughcare.audit.AuditUnavailableException;
import org.throughcare.record.RecordException;

/**
 * A failure in a page (never an API call: those answer OperationOutcomes) becomes an error page in
 * the design system that reveals nothing: no message, no stack trace, and a record outside the
 * user's relationship reads exactly as one that does not exist. Runs after Spring's own resolvers.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionResolver implements HandlerExceptionResolver {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionResolver.class);

    private final ShellInterceptor shell;

    PageExceptionResolver(ShellInterceptor shell) {
        this.shell = shell;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (!(handler instanceof HandlerMethod method)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                || method.hasMethodAnnotation(ResponseBody.class)) {
            return null;
        }
        int status = status(failure);
        if (status == 500) {
            // Exception messages can carry patient data: the class and where it was thrown only.
            log.error("Page failed: {} in {}", failure.getClass().getName(), method.getShortLogMessage());
        }
        response.setStatus(status);
        ModelAndView page = ErrorPages.page(status);
        shell.decorate(page, request);
        return page;
    }

    private static int status(Exception failure) {
        if (failure instanceof AuditUnavailableException) {
            return 503;
        }
        if (!(failure instanceof RecordException record)) {
            return 500;
        }
        return switch (record.kind()) {
            case NOT_FOUND, GONE -> 404;
            case FORBIDDEN -> 403;
            case CONFLICT, PRECONDITION_FAILED -> 409;
            case INVALID, UNPROCESSABLE -> 400;
            default -> 500;
        };
    }
}

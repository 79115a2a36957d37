package org.throughcare.web.pages;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.throughcare.web.shell.ErrorPages;

/**
 * Errors that reach the container (no such page, a refusal by the security filters, the sign-in
 * rate limit) answer a browser with a page in the design system; API clients, which do not ask for
 * HTML, still get the FHIR API's OperationOutcome from its own error controller.
 */
@Controller
class PageErrorController {

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        response.setStatus(status);
        return ErrorPages.page(status);
    }
}

package org.throughcare.security.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page of the embedded identity provider: a plain, accessible form (labels,
 * autocomplete hints, one error message that does not say whether the account exists). The web UI
 * will restyle it with the NHS design system.
 */
@Controller
@ConditionalOnWebApplication
class SignInPage {

    @GetMapping(value = "/sign-in", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String page(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String notice = request.getParameter("error") != null
                ? "<p role=\"alert\" id=\"error\">The user name or password is not right, or the account is locked."
                        + " After 5 failed attempts an account is locked for 15 minutes.</p>"
                : request.getParameter("signed-out") != null ? "<p role=\"status\">You have signed out.</p>" : "";
        return """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Sign in - Throughcare</title></head>
                <body>
                <main>
                <h1>Sign in to Throughcare</h1>
                %s
                <form method="post" action="/sign-in">
                <p><label for="username">User name</label><br>
                <input id="username" name="username" type="text" autocomplete="username" required autofocus></p>
                <p><label for="password">Password</label><br>
                <input id="password" name="password" type="password" autocomplete="current-password" required></p>
                <input type="hidden" name="%s" value="%s">
                <p><button type="submit">Sign in</button></p>
                </form>
                </main>
                </body>
                </html>
                """.formatted(
                        notice, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }
}

package org.throughcare.web.shell;

import java.util.Map;
import org.springframework.web.servlet.ModelAndView;

/** The error page for each status: what happened and what to do, in plain words, revealing nothing. */
public final class ErrorPages {

    private static final Map<Integer, String[]> TEXT = Map.of(
            400,
            new String[] {"There is a problem with the request", "Go back, check what you entered and try again."},
            403,
            new String[] {
                "You do not have access to this page",
                "Your role does not include this. If you think it should, ask your healthcare manager."
            },
            404,
            new String[] {"Page not found", "If you typed the web address, check it is correct."},
            409,
            new String[] {"The change could not be made", "Someone else may have changed it. Go back and try again."},
            429,
            new String[] {
                "Too many failed sign-ins",
                "Sign-in is paused for this computer after repeated failures. Wait 15 minutes, then try again."
            },
            503,
            new String[] {
                "Sorry, the service is unavailable",
                "Nothing was changed and nothing was shown. Try again in a few minutes."
            });
    private static final String[] PROBLEM = {
        "Sorry, there is a problem with the service", "If you were saving something, it was not saved. Try again later."
    };

    private ErrorPages() {}

    /** The page for a status (anything unlisted reads as a problem with the service). */
    public static ModelAndView page(int status) {
        String[] text = TEXT.getOrDefault(status, PROBLEM);
        return new ModelAndView("web/error", Map.of("status", status, "title", text[0], "advice", text[1]));
    }
}

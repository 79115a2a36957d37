package org.throughcare.fhir;

/**
 * A parser's complaint in a form fit for a client: HAPI's message code prefix is dropped and the
 * text is cut short. It names the element and the problem; it is never logged.
 */
final class ParseErrors {

    private static final int LIMIT = 500;

    private ParseErrors() {}

    static String describe(Exception e) {
        String message = e.getMessage() == null ? "The body could not be parsed" : e.getMessage();
        message = message.replaceFirst("^HAPI-\\d+: ", "");
        return "The body could not be parsed: "
                + (message.length() > LIMIT ? message.substring(0, LIMIT) + "…" : message);
    }
}

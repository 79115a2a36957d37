package org.throughcare.web;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.throughcare.record.RecordException;
import org.throughcare.security.Caller;
import org.throughcare.security.Callers;
import org.throughcare.web.shell.EstablishmentNames;

/**
 * Where the signed-in member of staff is working now. Staff who work at several establishments
 * (a pharmacist covering two prisons) choose one for the session; it is shown in the header and
 * scopes patient search and worklists. It only ever narrows: it is always one of the
 * establishments their account names, and access is still decided by the record's guard.
 */
@Service
public class WorkingContexts {

    static final String CHOSEN = WorkingContexts.class.getName() + ".chosen";

    private final Callers callers;
    private final EstablishmentNames directory;

    WorkingContexts(Callers callers, EstablishmentNames directory) {
        this.callers = callers;
        this.directory = directory;
    }

    /** The signed-in member of staff, if the caller is one. */
    public Optional<Caller.Staff> staff() {
        return callers.current().filter(Caller.Staff.class::isInstance).map(Caller.Staff.class::cast);
    }

    /**
     * The establishment worked at now: this session's choice, else the first the account names;
     * empty for staff who work at none (a remote hub GP, an auditor).
     */
    public Optional<WorkingEstablishment> current() {
        List<String> codes = staff().map(Caller.Staff::establishments).orElse(List.of());
        if (codes.isEmpty()) {
            return Optional.empty();
        }
        String chosen = session()
                .map(s -> (String) s.getAttribute(CHOSEN, RequestAttributes.SCOPE_SESSION))
                .filter(codes::contains)
                .orElse(codes.getFirst());
        return Optional.of(directory.named(List.of(chosen)).getFirst());
    }

    /** Every establishment the member of staff works at, for the switcher. */
    public List<WorkingEstablishment> choices() {
        return directory.named(staff().map(Caller.Staff::establishments).orElse(List.of()));
    }

    /** Works at this establishment for the rest of the session; refused unless the account names it. */
    public void choose(String code) {
        if (staff().map(Caller.Staff::establishments)
                .filter(codes -> codes.contains(code))
                .isEmpty()) {
            throw RecordException.invalid("Choose one of the establishments you work at");
        }
        session()
                .orElseThrow(() -> RecordException.invalid("No session"))
                .setAttribute(CHOSEN, code, RequestAttributes.SCOPE_SESSION);
    }

    private static Optional<RequestAttributes> session() {
        return Optional.ofNullable(RequestContextHolder.getRequestAttributes());
    }
}

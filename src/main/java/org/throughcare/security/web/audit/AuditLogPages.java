package org.throughcare.security.web.audit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.audit.AuditKind;
import org.throughcare.audit.AuditQueries;
import org.throughcare.audit.AuditRecord;
import org.throughcare.record.RecordSearch;
import org.throughcare.security.BreakGlass;
import org.throughcare.security.Caller;
import org.throughcare.security.policy.AccessAudit;

/**
 * The Caldicott guardian's audit log pages: who accessed a patient's record and when (also as a
 * file for a subject access request), and what a user did. Only the auditor role may ask; each
 * question is itself audited, so the auditor's own reading is on record too.
 */
@Controller
class AuditLogPages {

    static final int MAX_EVENTS = 1000;

    private final BreakGlass breakGlass;
    private final AuditQueries queries;
    private final AuditLines lines;
    private final RecordSearch search;
    private final AccessAudit audit;
    private final Clock clock;

    AuditLogPages(
            BreakGlass breakGlass,
            AuditQueries queries,
            AuditLines lines,
            RecordSearch search,
            AccessAudit audit,
            Clock clock) {
        this.breakGlass = breakGlass;
        this.queries = queries;
        this.lines = lines;
        this.search = search;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String page(Model model) {
        breakGlass.requireAuditor();
        model.addAttribute("errors", Map.of());
        return "security/audit";
    }

    @PostMapping("/audit/patient")
    String patient(@ModelAttribute("patient") PatientLookupForm form, Model model) {
        Caller auditor = breakGlass.requireAuditor();
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> ids = form.recordIds(search, errors);
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            return "security/audit";
        }
        model.addAttribute("recordIds", ids);
        model.addAttribute("lines", eventsAbout(auditor, ids, "who accessed the record"));
        return "security/audit-patient";
    }

    /** A subject access request: the patient's access log as a file. */
    @PostMapping("/audit/patient/access-log")
    ResponseEntity<byte[]> accessLog(@RequestParam("recordId") String recordId) {
        Caller auditor = breakGlass.requireAuditor();
        List<String> ids = new PatientLookupForm(null, null, recordId).recordIds(search, new LinkedHashMap<>());
        byte[] file = AccessLogFile.csv(eventsAbout(auditor, ids, "access log produced for a subject access request"))
                .getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("access-log-" + String.join("-", ids) + ".csv")
                                .build()
                                .toString())
                .body(file);
    }

    @PostMapping("/audit/user")
    String user(@RequestParam(name = "username", required = false) String username, Model model) {
        Caller auditor = breakGlass.requireAuditor();
        String who = PatientLookupForm.blankToNull(username);
        if (who == null || who.length() > 100) {
            model.addAttribute("errors", Map.of("username", "Enter the user name of the member of staff"));
            return "security/audit";
        }
        record(auditor, null, "Audit log: what user " + who + " did");
        model.addAttribute("username", who);
        model.addAttribute("lines", lines.of(queries.byAgent(who, MAX_EVENTS)));
        return "security/audit-user";
    }

    private List<AuditLine> eventsAbout(Caller auditor, List<String> ids, String why) {
        List<AuditLine> found = new ArrayList<>();
        for (String id : ids) {
            record(auditor, id, "Audit log: " + why);
            found.addAll(lines.of(queries.aboutPatient(id, MAX_EVENTS)));
        }
        return found;
    }

    private void record(Caller auditor, String patientId, String description) {
        audit.recordNow(AccessAudit.of(
                auditor,
                clock.instant(),
                AuditKind.AUDIT_QUERY,
                AuditRecord.Outcome.SUCCESS,
                false,
                patientId,
                List.of(),
                description));
    }
}

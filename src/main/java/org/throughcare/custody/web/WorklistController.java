package org.throughcare.custody.web;

import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.custody.Worklist;
import org.throughcare.custody.Worklists;
import org.throughcare.record.RecordException;
import org.throughcare.shared.EstablishmentCode;

/**
 * The worklists of the establishment the member of staff is working at now, and each whole list a
 * page at a time. The URL names no establishment: it comes from the session (WorkingContexts), so
 * nobody can ask for another's; it names only the list and the page.
 */
@Controller
class WorklistController {

    private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,5}");

    private final Worklists worklists;
    private final CustodyPages pages;

    WorklistController(Worklists worklists, CustodyPages pages) {
        this.worklists = worklists;
        this.pages = pages;
    }

    @GetMapping("/worklists")
    String worklists(Model model) {
        pages.requireClinician();
        EstablishmentCode here = pages.workingAt();
        if (here != null) {
            Worklist worklist = worklists.of(here);
            model.addAttribute("worklist", worklist);
            model.addAttribute(
                    "previews",
                    worklist.queues().stream().map(QueuePage::preview).toList());
            model.addAttribute(
                    "population",
                    worklist.population().stream().map(QueuePage::preview).toList());
        }
        model.addAttribute("times", pages);
        model.addAttribute("rights", pages.rights());
        return "custody/worklists";
    }

    @GetMapping("/worklists/{list}")
    String list(@PathVariable String list, @RequestParam(defaultValue = "1") String page, Model model) {
        pages.requireClinician();
        EstablishmentCode here = pages.workingAt();
        if (here == null || !PAGE.matcher(page).matches()) {
            throw RecordException.notFound("worklist page");
        }
        Worklist worklist = worklists.of(here);
        Worklist.Queue queue = Stream.concat(worklist.queues().stream(), worklist.population().stream())
                .filter(q -> QueuePage.slugOf(q.kind()).equals(list))
                .findFirst()
                .orElseThrow(() -> RecordException.notFound("worklist"));
        QueuePage shown = new QueuePage(queue, Integer.parseInt(page), QueuePage.PAGE);
        if (shown.number() > shown.pages()) {
            throw RecordException.notFound("worklist page");
        }
        model.addAttribute("worklist", worklist);
        model.addAttribute("shown", shown);
        model.addAttribute("times", pages);
        return "custody/worklist";
    }
}

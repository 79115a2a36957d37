package org.throughcare.bench.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.throughcare.bench.http.Reply;
import org.throughcare.bench.http.StaffSession;
import org.throughcare.bench.load.Outcome;
import org.throughcare.bench.load.Recorder;

/**
 * Issue 5: an arrival on the reception list. For each of {@code --arrivals} (50) people known to the
 * prison service, one at a time: the prison service's {@code prisoner.received} event (a new
 * reception at {@code --establishment}, LEI) goes to {@code $hmpps-event}, and the reception nurse
 * ({@code --staff}, nurse.leeds, signed in through the sign-in page) reloads the "Arrivals today"
 * list (its last page, where the newest arrival is) until the person is on it. Measures the time
 * from sending the event to the list that shows them (at most 10 s, then counted as a failure),
 * and how many reloads it took.
 */
final class ArrivalScenario implements Scenario {

    private static final long GIVE_UP_NANOS = 10_000_000_000L;
    private static final String ARRIVALS = "data-testid=\"queue-arrivals_today\"";
    private static final String LIST = "/worklists/arrivals_today";
    private static final Pattern PAGES = Pattern.compile("Page \\d+ of (\\d+)");

    @Override
    public ObjectNode run(Context context) throws Exception {
        int arrivals = context.options().integer("arrivals", 50);
        String establishment = context.options().text("establishment", "LEI");
        StaffSession nurse = StaffSession.signIn(
                context.client().base(), context.options().text("staff", "nurse.leeds"), context.options());
        Reply first = nurse.page(LIST);
        if (!first.ok() || !first.text().contains(ARRIVALS)) {
            throw new IllegalStateException("The worklists page has no arrivals list: " + first.summary());
        }
        Recorder recorder = new Recorder();
        int reloads = 0;
        long started = System.nanoTime();
        for (int i = 0; i < arrivals; i++) {
            String prisonNumber = PrisonServiceEvents.prisonNumber(5_000 + i);
            String patient = PrisonServiceEvents.person(context, prisonNumber, "Arrival", i);
            long sent = System.nanoTime();
            Reply event = PrisonServiceEvents.send(
                    context, PrisonServiceEvents.received(prisonNumber, "NEW_ADMISSION", establishment, Instant.now()));
            recorder.record(Outcome.of("arrival event", event));
            if (!event.ok()) {
                recorder.record(new Outcome("event to reception list", -1, 0, event.nanos(), "event refused"));
                continue;
            }
            boolean listed = false;
            while (!listed && System.nanoTime() - sent < GIVE_UP_NANOS) {
                reloads++;
                listed = listed(nurse, patient, recorder);
            }
            long waited = System.nanoTime() - sent;
            recorder.record(new Outcome(
                    "event to reception list", listed ? 200 : -1, 1, waited, listed ? null : "not listed within 10 s"));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        ObjectNode result = Results.start(context, "arrival", "arrivals");
        result.put("arrivals", arrivals);
        result.put("establishment", establishment);
        result.put("pageLoadsPerArrival", arrivals == 0 ? 0 : (double) reloads / arrivals);
        result.put("seconds", seconds);
        return Results.judgedOn(result, "event to reception list", recorder, seconds, context.json());
    }

    /** Whether the arrivals list shows the patient: its last page holds the newest arrivals. */
    private static boolean listed(StaffSession nurse, String patient, Recorder recorder) {
        Reply page = nurse.page(LIST);
        recorder.record(Outcome.of("reception list page", page));
        Matcher pages = PAGES.matcher(page.text());
        if (page.ok() && pages.find() && Integer.parseInt(pages.group(1)) > 1) {
            page = nurse.page(LIST + "?page=" + pages.group(1));
            recorder.record(Outcome.of("reception list page", page));
        }
        return page.ok() && arrivalsList(page.text()).contains("data-patient=\"" + patient + "\"");
    }

    /** The "Arrivals today" section of a page. */
    private static String arrivalsList(String page) {
        int start = page.indexOf(ARRIVALS);
        if (start < 0) {
            return "";
        }
        int end = page.indexOf("</section>", start);
        return end < 0 ? page.substring(start) : page.substring(start, end);
    }
}

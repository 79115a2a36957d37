package org.throughcare.bench.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.throughcare.bench.http.Reply;
import org.throughcare.bench.http.StaffSession;
import org.throughcare.bench.load.Outcome;
import org.throughcare.bench.load.Recorder;

/**
 * Issue 5: an arrival on the reception list. For each of {@code --arrivals} (50) people known to the
 * prison service, one at a time: the prison service's {@code prisoner.received} event (a new
 * reception at {@code --establishment}, LEI) goes to {@code $hmpps-event}, and the reception nurse
 * ({@code --staff}, nurse.leeds, signed in through the sign-in page) reloads the worklists page
 * until the person is in its "Arrivals today" list. Measures the time from sending the event to the
 * list that shows them (at most 10 s, then counted as a failure), and how many reloads it took.
 */
final class ArrivalScenario implements Scenario {

    private static final long GIVE_UP_NANOS = 10_000_000_000L;
    private static final String ARRIVALS = "data-testid=\"queue-arrivals_today\"";

    @Override
    public ObjectNode run(Context context) throws Exception {
        int arrivals = context.options().integer("arrivals", 50);
        String establishment = context.options().text("establishment", "LEI");
        StaffSession nurse = StaffSession.signIn(
                context.client().base(), context.options().text("staff", "nurse.leeds"), context.options());
        Reply first = nurse.page("/worklists");
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
                Reply page = nurse.page("/worklists");
                reloads++;
                recorder.record(Outcome.of("worklists page", page));
                listed = page.ok() && arrivalsList(page.text()).contains("data-patient=\"" + patient + "\"");
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
        return Results.stats(
                result,
                recorder.byKind(seconds).get("event to reception list"),
                recorder.byKind(seconds),
                context.json());
    }

    /** The "Arrivals today" section of the worklists page. */
    private static String arrivalsList(String page) {
        int start = page.indexOf(ARRIVALS);
        if (start < 0) {
            return "";
        }
        int end = page.indexOf("</section>", start);
        return end < 0 ? page.substring(start) : page.substring(start, end);
    }
}

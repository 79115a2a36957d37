package org.throughcare.bench.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.throughcare.bench.data.NhsNumbers;
import org.throughcare.bench.data.SyntheticRecords;
import org.throughcare.bench.data.TransactionBundles;
import org.throughcare.bench.http.FhirClient;
import org.throughcare.bench.http.Reply;
import org.throughcare.bench.http.StaffSession;
import org.throughcare.bench.load.Outcome;
import org.throughcare.bench.load.Recorder;

/**
 * Issue 5: a transferred patient's whole record at the receiving establishment at once, with
 * nothing copied. For each of {@code --patients} (5) people with {@code --history} (2,000) resources
 * of ten years' history, received at {@code --from} (LEI): the prison service's transfer events
 * (released from LEI, then received at {@code --to}, MRI); as soon as the second is answered the
 * receiving GP ({@code --receiving-staff}, gp.manchester, signed in through the sign-in page) reads
 * {@code Patient/$everything} page by page. Measures the time from sending the transfer-in event to
 * the last page read, and checks that every stored resource was read under its own id (the same
 * record, not a copy), that the receiving GP could read nothing before the transfer, and that the
 * sending GP ({@code --sending-staff}, gp.leeds) can still read but no longer write.
 */
final class TransferScenario implements Scenario {

    private static final int BUNDLE = 500;

    @Override
    public ObjectNode run(Context context) throws Exception {
        int patients = context.options().integer("patients", 5);
        int history = context.options().integer("history", 2_000);
        String from = context.options().text("from", "LEI");
        String to = context.options().text("to", "MRI");
        String base = context.client().base();
        FhirClient receiving = StaffSession.signIn(
                        base, context.options().text("receiving-staff", "gp.manchester"), context.options())
                .fhir(base, context.options());
        FhirClient sending = StaffSession.signIn(
                        base, context.options().text("sending-staff", "gp.leeds"), context.options())
                .fhir(base, context.options());
        Recorder recorder = new Recorder();
        int readWhole = 0;
        long measured = 0;
        for (int i = 0; i < patients; i++) {
            String prisonNumber = PrisonServiceEvents.prisonNumber(6_000 + i);
            String patient = PrisonServiceEvents.person(context, prisonNumber, "Transfer", i);
            Set<String> stored = storeHistory(context, patient, history, i);
            Instant now = Instant.now();
            require(PrisonServiceEvents.send(
                    context,
                    PrisonServiceEvents.received(prisonNumber, "NEW_ADMISSION", from, now.minus(10, ChronoUnit.DAYS))));
            List<String> wrong = new ArrayList<>();
            int before = receiving.get("Patient/" + patient).status();
            if (before != 404) {
                wrong.add("the receiving GP could read before the transfer (" + before + ")");
            }
            require(PrisonServiceEvents.send(
                    context,
                    PrisonServiceEvents.released(prisonNumber, "TRANSFERRED", from, now.minus(2, ChronoUnit.HOURS))));

            long sent = System.nanoTime();
            Reply transferIn = PrisonServiceEvents.send(
                    context,
                    PrisonServiceEvents.received(prisonNumber, "TRANSFERRED", to, now.minus(1, ChronoUnit.MINUTES)));
            recorder.record(Outcome.of("transfer-in event", transferIn));
            Set<String> read = everything(receiving, patient, recorder, context);
            long took = System.nanoTime() - sent;
            measured += took;
            if (!transferIn.ok() || !read.containsAll(stored)) {
                wrong.add("read " + read.size() + " resources, " + missing(stored, read) + " stored ones missing");
            }
            expect(recorder, "sender still reads", sending.get("Patient/" + patient), 200, wrong);
            expect(
                    recorder,
                    "sender no longer writes",
                    sending.post("Observation", observation(context, patient)),
                    404,
                    wrong);
            readWhole += wrong.isEmpty() ? 1 : 0;
            recorder.record(new Outcome(
                    "transfer-in to whole record read",
                    wrong.isEmpty() ? 200 : -1,
                    read.size(),
                    took,
                    wrong.isEmpty() ? null : String.join("; ", wrong)));
        }
        double seconds = measured / 1e9;
        ObjectNode result = Results.start(context, "transfer", "resources");
        result.put("patients", patients);
        result.put("historyResources", history);
        result.put("readWhole", readWhole);
        result.put("seconds", seconds);
        return Results.judgedOn(result, "transfer-in to whole record read", recorder, seconds, context.json());
    }

    /** Ten years of encounters and observations in bundles; answers their references. */
    private static Set<String> storeHistory(Context context, String patient, int size, int seed) throws Exception {
        TransactionBundles bundles = new TransactionBundles(
                context.json(), new SyntheticRecords(context.json(), new NhsNumbers(999_100_000L)));
        SplittableRandom random = new SplittableRandom(seed);
        OffsetDateTime end = OffsetDateTime.now(ZoneOffset.UTC).minusDays(30);
        OffsetDateTime start = end.minusYears(10);
        Set<String> stored = new HashSet<>();
        for (int done = 0; done < size; done += BUNDLE) {
            int entries = Math.min(BUNDLE, size - done);
            OffsetDateTime from = start.plusDays(3650L * done / size);
            OffsetDateTime until = start.plusDays(3650L * (done + entries) / size);
            Reply reply = context.client()
                    .post(
                            "",
                            context.json()
                                    .writeValueAsBytes(
                                            bundles.history("Patient/" + patient, entries, from, until, random)));
            if (!reply.ok()) {
                throw new IllegalStateException("storing a patient's history: " + reply.summary());
            }
            stored.addAll(Seeder.locations(context.json().readTree(reply.body())));
        }
        return stored;
    }

    /** Every resource {@code Patient/$everything} gives this caller, following the next links. */
    private static Set<String> everything(FhirClient client, String patient, Recorder recorder, Context context)
            throws Exception {
        Set<String> read = new HashSet<>();
        String next = "Patient/" + patient + "/$everything?_count=1000";
        while (next != null) {
            Reply page = client.get(next);
            recorder.record(Outcome.of("everything page", page));
            if (!page.ok()) {
                return read;
            }
            JsonNode bundle = context.json().readTree(page.body());
            for (JsonNode entry : bundle.path("entry")) {
                JsonNode resource = entry.path("resource");
                read.add(resource.path("resourceType").asText() + "/"
                        + resource.path("id").asText());
            }
            next = null;
            for (JsonNode link : bundle.path("link")) {
                if ("next".equals(link.path("relation").asText())) {
                    next = link.path("url").asText();
                }
            }
        }
        return read;
    }

    private static byte[] observation(Context context, String patient) throws Exception {
        return context.json()
                .writeValueAsBytes(new SyntheticRecords(context.json(), new NhsNumbers(999_100_000L))
                        .observation(
                                "Patient/" + patient,
                                null,
                                OffsetDateTime.now(ZoneOffset.UTC),
                                new SplittableRandom(1)));
    }

    private static void expect(Recorder recorder, String kind, Reply reply, int status, List<String> wrong) {
        if (reply.status() == status) {
            recorder.record(new Outcome(kind, 200, 1, reply.nanos(), null));
        } else {
            recorder.record(Outcome.wrong(kind, reply, "expected " + status));
            wrong.add(kind + ": answered " + reply.status() + ", expected " + status);
        }
    }

    private static long missing(Set<String> stored, Set<String> read) {
        return stored.stream().filter(reference -> !read.contains(reference)).count();
    }

    private static void require(Reply reply) {
        if (!reply.ok()) {
            throw new IllegalStateException("a movement event was refused: " + reply.summary());
        }
    }
}

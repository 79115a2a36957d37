package org.throughcare.bench.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.throughcare.bench.load.Outcome;
import org.throughcare.bench.load.Recorder;

/**
 * Issue 5: prison service movement events (HMPPS domain-event JSON to {@code $hmpps-event}). Each
 * of {@code --patients} (500) patients has a journey of about ten movements (reception, court days,
 * transfers between establishments, a hospital trip, release): about 5,000 events. Every event is
 * delivered twice and the whole stream is shuffled, so most arrive out of order. Measures the time to deliver them all at {@code --clients} (4) and then
 * checks every patient ends with exactly one finished episode and the right number of stays.
 */
final class MovementsScenario implements Scenario {

    private static final String[] ESTABLISHMENTS = {"LEI", "MRI", "PVI", "BMI", "BLI", "LPI", "DMI", "WWI"};

    @Override
    public ObjectNode run(Context context) throws Exception {
        int patients = context.options().integer("patients", 500);
        Random random = new Random(5);
        List<Journey> journeys = new ArrayList<>();
        for (int i = 0; i < patients; i++) {
            journeys.add(Journey.make(
                    PrisonServiceEvents.person(context, PrisonServiceEvents.prisonNumber(i), "Movement", i),
                    PrisonServiceEvents.prisonNumber(i),
                    random,
                    Instant.parse("2026-01-05T08:00:00Z")));
        }
        List<String> events = new ArrayList<>();
        journeys.forEach(journey -> events.addAll(journey.events()));
        int unique = events.size();
        List<String> delivered = new ArrayList<>(events);
        delivered.addAll(events);
        Collections.shuffle(delivered, random);
        Recorder recorder = new Recorder();
        long started = System.nanoTime();
        deliver(context, delivered, context.options().integer("clients", 4), recorder);
        double seconds = (System.nanoTime() - started) / 1e9;
        ObjectNode result = Results.start(context, "custody-movements", "events");
        result.put("uniqueEvents", unique);
        result.put("deliveries", delivered.size());
        result.put("seconds", seconds);
        result.put("wrongEpisodes", check(context, journeys));
        return Results.stats(result, recorder.overall(seconds), recorder.byKind(seconds), context.json());
    }

    private static void deliver(Context context, List<String> events, int clients, Recorder recorder)
            throws InterruptedException {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(events);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    for (String event = queue.poll(); event != null; event = queue.poll()) {
                        recorder.record(Outcome.of("movement event", PrisonServiceEvents.send(context, event)));
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
        }
    }

    /** Patients whose episodes or stays differ from their journey's. */
    private static int check(Context context, List<Journey> journeys) throws Exception {
        int wrong = 0;
        for (Journey journey : journeys) {
            JsonNode episodes = context.json()
                    .readTree(context.client()
                            .get("EpisodeOfCare?patient=Patient/" + journey.patientId()
                                    + "&status=finished&_summary=count")
                            .text());
            JsonNode stays = context.json()
                    .readTree(context.client()
                            .get("Encounter?subject=Patient/" + journey.patientId()
                                    + "&class=https://fhir.throughcare.org/CodeSystem/custody-encounter-class%7Ccustody-stay"
                                    + "&status=finished&_summary=count")
                            .text());
            if (episodes.path("total").asInt() != 1 || stays.path("total").asInt() != journey.stays()) {
                wrong++;
            }
        }
        return wrong;
    }

    /** A patient's movements as events, and how many stays they make. */
    record Journey(String patientId, List<String> events, int stays) {

        static Journey make(String patientId, String prisonNumber, Random random, Instant start) {
            List<String> events = new ArrayList<>();
            Instant at = start.plusSeconds(random.nextInt(86_400 * 20));
            String here = ESTABLISHMENTS[random.nextInt(ESTABLISHMENTS.length)];
            events.add(PrisonServiceEvents.received(prisonNumber, "NEW_ADMISSION", here, at));
            int stays = 1;
            for (int step = 0; step < 4; step++) {
                at = at.plusSeconds(3600 * (6 + random.nextInt(48)));
                switch (random.nextInt(3)) {
                    case 0 -> {
                        events.add(PrisonServiceEvents.released(prisonNumber, "SENT_TO_COURT", here, at));
                        events.add(PrisonServiceEvents.received(
                                prisonNumber, "RETURN_FROM_COURT", here, at.plusSeconds(28_800)));
                    }
                    case 1 -> {
                        String next = other(here, random);
                        events.add(PrisonServiceEvents.released(prisonNumber, "TRANSFERRED", here, at));
                        events.add(PrisonServiceEvents.received(
                                prisonNumber, "TRANSFERRED", next, at.plusSeconds(14_400)));
                        here = next;
                        stays++;
                    }
                    default -> {
                        events.add(PrisonServiceEvents.released(prisonNumber, "RELEASED_TO_HOSPITAL", here, at));
                        events.add(PrisonServiceEvents.received(
                                prisonNumber, "READMISSION", here, at.plusSeconds(86_400)));
                    }
                }
                at = at.plusSeconds(86_400 * 2);
            }
            events.add(PrisonServiceEvents.released(prisonNumber, "RELEASED", here, at.plusSeconds(86_400)));
            return new Journey(patientId, events, stays);
        }

        private static String other(String here, Random random) {
            String next = here;
            while (next.equals(here)) {
                next = ESTABLISHMENTS[random.nextInt(ESTABLISHMENTS.length)];
            }
            return next;
        }
    }
}

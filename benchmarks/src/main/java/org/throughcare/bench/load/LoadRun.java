package org.throughcare.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A closed-loop load run: {@code clients} virtual threads each repeat their operation as fast as
 * the server answers, first for the warm-up (not recorded) and then for the measured interval.
 * An operation counts in the interval it completes in.
 */
public final class LoadRun {

    private final int clients;
    private final Duration warmUp;
    private final Duration measured;

    public LoadRun(int clients, Duration warmUp, Duration measured) {
        this.clients = clients;
        this.warmUp = warmUp;
        this.measured = measured;
    }

    /** Runs the load; {@code operations} gives each client (by number) its own operation. */
    public Recorder run(IntFunction<Operation> operations) throws InterruptedException {
        Recorder recorder = new Recorder();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long measureTo = measureFrom + measured.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            Operation operation = operations.apply(client);
            threads.add(Thread.ofVirtual()
                    .name("client-" + client)
                    .start(() -> loop(operation, recorder, measureFrom, measureTo)));
        }
        System.err.printf(
                "  %d clients: %d s warm-up, then %d s measured%n", clients, warmUp.toSeconds(), measured.toSeconds());
        for (Thread thread : threads) {
            thread.join();
        }
        return recorder;
    }

    public double measuredSeconds() {
        return measured.toMillis() / 1000.0;
    }

    public int clients() {
        return clients;
    }

    public Duration warmUp() {
        return warmUp;
    }

    private static void loop(Operation operation, Recorder recorder, long measureFrom, long measureTo) {
        while (System.nanoTime() < measureTo) {
            Outcome outcome = operation.run();
            long now = System.nanoTime();
            if (now >= measureFrom && now <= measureTo) {
                recorder.record(outcome);
            }
            if (outcome.status() == 0) {
                pause(); // the server is not answering: do not spin
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.throughcare.bench.load;

/** One request (or a short sequence of requests) that a client repeats during a load run. */
@FunctionalInterface
public interface Operation {

    Outcome run();
}

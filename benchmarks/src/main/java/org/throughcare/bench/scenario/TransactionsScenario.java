package org.throughcare.bench.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.SplittableRandom;
import org.throughcare.bench.data.NhsNumbers;
import org.throughcare.bench.data.SyntheticRecords;
import org.throughcare.bench.data.TransactionBundles;
import org.throughcare.bench.load.LoadRun;
import org.throughcare.bench.load.Outcome;
import org.throughcare.bench.load.Recorder;

/**
 * Transaction Bundles of {@code --entries} (default 100) entries: a patient, encounters and
 * observations with {@code urn:uuid} references, at 8 clients; reported in resources per second.
 */
final class TransactionsScenario implements Scenario {

    @Override
    public ObjectNode run(Context context) throws Exception {
        int entries = context.options().integer("entries", 100);
        TransactionBundles bundles = new TransactionBundles(
                context.json(), new SyntheticRecords(context.json(), new NhsNumbers(970_000_000L)));
        LoadRun run = context.loadRun(8, Duration.ofSeconds(15), Duration.ofSeconds(60));
        Recorder recorder = run.run(client -> {
            SplittableRandom random = new SplittableRandom(300 + client);
            return () -> post(context, bundles, entries, random);
        });
        ObjectNode result =
                Results.load(Results.start(context, "transactions", "resources"), run, recorder, context.json());
        result.putObject("extra").put("entriesPerBundle", entries);
        return result;
    }

    private static Outcome post(Context context, TransactionBundles bundles, int entries, SplittableRandom random) {
        try {
            byte[] body = context.json().writeValueAsBytes(bundles.bundle(entries, random));
            return Outcome.of("transaction", context.client().post("", body, "Prefer", "return=minimal"), entries);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

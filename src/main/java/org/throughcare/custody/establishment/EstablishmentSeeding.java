package org.throughcare.custody.establishment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.custody.Establishment;
import org.throughcare.record.RecordService;
import org.throughcare.security.Callers;

/**
 * Loads the establishment catalogue into the record at start-up, before the web server starts:
 * each row that is new or changed since it was last loaded (establishment_seed). An establishment
 * an administrator retired stays retired.
 */
@Component
class EstablishmentSeeding implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(EstablishmentSeeding.class);

    private final RecordService record;
    private final EstablishmentDirectory directory;
    private final Callers callers;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EstablishmentSeeding(
            RecordService record,
            EstablishmentDirectory directory,
            Callers callers,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.record = record;
        this.directory = directory;
        this.callers = callers;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        EstablishmentCatalogue catalogue = EstablishmentCatalogue.load();
        int loaded = callers.asSystem("establishment-seeding", () -> seed(catalogue));
        log.info("Establishment catalogue: {} entries loaded or changed", loaded);
    }

    /**
     * One transaction under one lock: several nodes starting together load the catalogue once, and
     * a first start commits (and waits for the disk) once, not once per establishment.
     */
    int seed(EstablishmentCatalogue catalogue) {
        Integer loaded = transactions.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtextextended('establishment-seed', 0))")
                    .query(Object.class)
                    .single();
            Map<String, String> loadedBefore = jdbc
                    .sql("select entry, fingerprint from establishment_seed")
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .list()
                    .stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            Map<String, Establishment> stored = directory.all().stream()
                    .collect(Collectors.toMap(e -> e.code().value(), e -> e, (a, b) -> a));
            Changes changes = new Changes(loadedBefore);
            catalogue
                    .providers()
                    .forEach(provider -> changes.add(
                            "provider:" + provider.code(),
                            provider.toString(),
                            () -> List.of(Providers.organization(provider))));
            catalogue
                    .establishments()
                    .forEach(establishment -> changes.add(
                            "establishment:" + establishment.code(),
                            establishment.toString(),
                            () -> EstablishmentResources.resources(asStored(establishment, stored))));
            write(changes);
            return changes.fingerprints.size();
        });
        return loaded == null ? 0 : loaded;
    }

    /** Keeps the id and the active flag the record already has for this code. */
    private static Establishment asStored(Establishment catalogued, Map<String, Establishment> stored) {
        return Optional.ofNullable(stored.get(catalogued.code().value()))
                .map(existing -> new Establishment(
                        existing.id(),
                        catalogued.code(),
                        catalogued.name(),
                        catalogued.kind(),
                        catalogued.population(),
                        catalogued.region(),
                        catalogued.town(),
                        catalogued.providerCode(),
                        existing.active()))
                .orElse(catalogued);
    }

    /** Every change in one transaction Bundle: keys, references and index rows are done in batches. */
    private void write(Changes changes) {
        if (changes.resources.isEmpty()) {
            return;
        }
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        for (Resource resource : changes.resources) {
            String reference =
                    resource.fhirType() + "/" + resource.getIdElement().getIdPart();
            bundle.addEntry()
                    .setFullUrl(reference)
                    .setResource(resource)
                    .getRequest()
                    .setMethod(Bundle.HTTPVerb.PUT)
                    .setUrl(reference);
        }
        record.transaction(bundle);
        Timestamp now = Timestamp.from(clock.instant());
        changes.fingerprints.forEach((entry, fingerprint) -> jdbc.sql(
                        "insert into establishment_seed (entry, fingerprint, loaded_at) values (?, ?, ?)"
                                + " on conflict (entry) do update set fingerprint = excluded.fingerprint,"
                                + " loaded_at = excluded.loaded_at")
                .params(entry, fingerprint, now)
                .update());
    }

    /** The catalogue rows new or changed since last loaded, and their resources. */
    private static final class Changes {
        private final Map<String, String> loadedBefore;
        private final Map<String, String> fingerprints = new java.util.LinkedHashMap<>();
        private final List<Resource> resources = new java.util.ArrayList<>();

        Changes(Map<String, String> loadedBefore) {
            this.loadedBefore = loadedBefore;
        }

        void add(String entry, String row, java.util.function.Supplier<List<Resource>> made) {
            String fingerprint = sha256(row);
            if (!fingerprint.equals(loadedBefore.get(entry))) {
                fingerprints.put(entry, fingerprint);
                resources.addAll(made.get());
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

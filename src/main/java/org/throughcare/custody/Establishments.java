package org.throughcare.custody;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.custody.establishment.EstablishmentDirectory;
import org.throughcare.custody.establishment.EstablishmentResources;
import org.throughcare.record.RecordException;
import org.throughcare.record.RecordService;
import org.throughcare.shared.EstablishmentCode;

/**
 * Every place of detention in England: loaded from the catalogue kept in the project at start-up,
 * and added or retired by administrators. Writes go through the record as the caller, so the access
 * matrix decides who may (the directory group: healthcare managers and system clients).
 */
@Service
public class Establishments {

    private final RecordService record;
    private final EstablishmentDirectory directory;
    private final TransactionTemplate transactions;

    Establishments(RecordService record, EstablishmentDirectory directory, TransactionTemplate transactions) {
        this.record = record;
        this.directory = directory;
        this.transactions = transactions;
    }

    /** Every establishment, retired ones included, by name. */
    public List<Establishment> all() {
        return directory.all();
    }

    public Optional<Establishment> find(EstablishmentCode code) {
        return directory.find(code);
    }

    /** The establishment with this code; NOT_FOUND (404) when there is none. */
    public Establishment require(EstablishmentCode code) {
        return find(code).orElseThrow(() -> RecordException.notFound("establishment " + code));
    }

    /**
     * Adds an establishment (its Organization, site Location and GP practice, all or nothing);
     * refuses (409) a code or id already in use.
     */
    public Establishment add(Establishment establishment) {
        if (find(establishment.code()).isPresent() || idInUse(establishment.id())) {
            throw new RecordException(
                    RecordException.Kind.CONFLICT,
                    "duplicate",
                    "An establishment with the code " + establishment.code() + " or the id " + establishment.id()
                            + " already exists");
        }
        write(establishment);
        return require(establishment.code());
    }

    /** Retires an establishment: kept for the history that refers to it, offered for nothing new. */
    public Establishment retire(EstablishmentCode code) {
        write(require(code).retired());
        return require(code);
    }

    private void write(Establishment establishment) {
        List<Resource> resources = EstablishmentResources.resources(establishment);
        transactions.executeWithoutResult(status -> resources.forEach(
                resource -> record.update(resource, resource.getIdElement().getIdPart(), null)));
    }

    private boolean idInUse(String id) {
        try {
            record.read("Organization", id);
            return true;
        } catch (RecordException e) {
            if (e.kind() == RecordException.Kind.NOT_FOUND || e.kind() == RecordException.Kind.GONE) {
                return e.kind() == RecordException.Kind.GONE;
            }
            throw e;
        }
    }
}

package org.throughcare.record.bundle;

import org.throughcare.record.StoredResource;
import org.throughcare.record.validation.ValidResource;

/**
 * What an entry will do once identities are resolved: which resource it acts on, and whether a
 * conditional create found one already there.
 *
 * @param id the logical id acted on (null for a conditional delete that matched nothing, and for reads)
 * @param existing the resource a conditional create matched (nothing is written), or null
 * @param valid the entry's resource, validated, for a POST or PUT; otherwise null
 */
record EntryPlan(EntryRequest request, String id, StoredResource existing, ValidResource valid) {

    String reference() {
        return request.type() + "/" + id;
    }
}

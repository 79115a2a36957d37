package org.throughcare.security;

import java.util.List;
import java.util.Set;

/** Who is asking: a member of staff, or a system (a backend client or an internal job). */
public sealed interface Caller {

    /** The user name or client id, as audited. */
    String id();

    /** The SMART scopes granted to this call. */
    SmartScopes scopes();

    /**
     * A member of staff.
     *
     * @param username their account name (or the external provider's subject)
     * @param name their display name
     * @param role their role
     * @param establishments ODS codes of the establishments they work at
     * @param practitionerId their Practitioner resource id, or null
     * @param scopes the scopes of their token; a signed-in web session has every {@code user/} scope
     */
    record Staff(
            String username,
            String name,
            StaffRole role,
            List<String> establishments,
            String practitionerId,
            SmartScopes scopes)
            implements Caller {

        public Staff {
            establishments = List.copyOf(establishments);
        }

        @Override
        public String id() {
            return username;
        }

        /** The care-relationship parties this person stands for (docs/security.md). */
        public Set<String> parties() {
            Set<String> parties = new java.util.LinkedHashSet<>();
            establishments.forEach(code -> parties.add("ods:" + code));
            if (practitionerId != null) {
                parties.add("practitioner:" + practitionerId);
            }
            return parties;
        }
    }

    /** A system: a SMART Backend Services client, or an internal job of this application. */
    record SystemClient(String clientId, SmartScopes scopes) implements Caller {
        @Override
        public String id() {
            return clientId;
        }
    }
}

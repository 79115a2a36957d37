package org.throughcare;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Fails when a module reaches into another module's internals or a dependency runs the wrong way. */
class ModularityTest {

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(ThroughcareApplication.class).verify();
    }
}

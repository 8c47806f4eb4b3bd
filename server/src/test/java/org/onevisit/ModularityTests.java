package org.onevisit;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(OneVisitApplication.class);

    @Test
    void the_modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void the_module_documentation_is_written() {
        new Documenter(modules).writeDocumentation();
    }
}

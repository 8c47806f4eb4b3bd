package org.onevisit.platform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The centre's keys and the database password in production: no key generated while demo data was on (its
 * {@code .demo} marker beside it, {@link KeyFolder}), and no database password the documentation shows as an example.
 */
@Component
class KeysCheck implements ProductionCheck {

    private final KeyFolder keys;
    private final String databasePassword;

    KeysCheck(KeyFolder keys, @Value("${spring.datasource.password:}") String databasePassword) {
        this.keys = keys;
        this.databasePassword = databasePassword;
    }

    @Override
    public List<ProductionProblem> problems() {
        List<ProductionProblem> problems = new ArrayList<>();
        for (Path key : keys.demoKeys()) {
            String name = key.getFileName().toString().replace(".key", "");
            problems.add(new ProductionProblem("The key " + key + " was generated while demo data was on (marked by "
                    + name + ".demo beside it): it protects demo data only.", "Remove " + name + ".key, " + name
                    + ".pub and " + name + ".demo from " + keys.directory() + " so that a new key is generated at the "
                    + "next start (or put the production key's files in their place), and start production on a "
                    + "database without the trial's data."));
        }
        if (DocumentedSecrets.isDocumented(databasePassword)) {
            problems.add(new ProductionProblem("The database password (spring.datasource.password, "
                    + "ONEVISIT_DB_PASSWORD) is an example from the documentation.",
                    "Give the database user a password of its own and set ONEVISIT_DB_PASSWORD to it."));
        }
        return problems;
    }
}

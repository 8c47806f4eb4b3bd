package org.onevisit.platform;

import java.util.List;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the stored personal data to the configured keys and ends the application, with exit code 0 when done and 1
 * when not (docs/key-rotation.md), with no HTTP port opened:
 * {@code java -jar onevisit-server.jar --onevisit.command=reencrypt-personal-data --server.port=-1}. Every value not
 * encrypted with {@code onevisit.personal-data.encryption-key} is encrypted with it; when
 * {@code onevisit.personal-data.index-key} names a new index key, every blind index is recomputed with it and the
 * database then records it as the one in use. When no row was changed by the application meanwhile, the older keys
 * are forgotten by the database (their files are then needed only for older backups); otherwise the exit code is 1
 * and the command is run again. Running it again changes nothing. The log gives counts, never a value.
 */
@Component
@ConditionalOnProperty(name = "onevisit.command", havingValue = "reencrypt-personal-data")
class ReencryptPersonalDataCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(ReencryptPersonalDataCommand.class);

    private final List<PersonalDataAtRest> stores;
    private final PersonalDataKeys keys;
    private final Reencryption reencryption;
    private final JdbcTemplate jdbc;
    private final IntConsumer exit;
    private int exitCode;

    @Autowired
    ReencryptPersonalDataCommand(List<PersonalDataAtRest> stores, PersonalDataKeys keys, PersonalDataCipher cipher,
            JdbcTemplate jdbc, PlatformTransactionManager transactions, ConfigurableApplicationContext context) {
        this(stores, keys, new Reencryption(cipher, JdbcClient.create(jdbc), new TransactionTemplate(transactions)), jdbc,
                code -> System.exit(SpringApplication.exit(context)));
    }

    /** With {@code exit} receiving the exit code instead of the process ending, as tests need. */
    ReencryptPersonalDataCommand(List<PersonalDataAtRest> stores, PersonalDataKeys keys, Reencryption reencryption,
            JdbcTemplate jdbc, IntConsumer exit) {
        this.stores = stores;
        this.keys = keys;
        this.reencryption = reencryption;
        this.jdbc = jdbc;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            long rows = 0;
            for (PersonalDataAtRest store : stores) {
                rows += store.reencrypt(reencryption);
            }
            if (reencryption.changedMeanwhile() > 0) {
                log.warn("Personal data re-encrypted in part: {} rows rewritten, {} changed meanwhile by the application;"
                        + " run the command again", rows, reencryption.changedMeanwhile());
                exitCode = 1;
            } else {
                boolean reindexed = keys.indexKeyChanging();
                jdbc.execute((ConnectionCallback<Void>) connection -> {
                    if (reindexed) {
                        keys.useConfiguredIndexKey(connection);
                    }
                    keys.retireOthers(connection);
                    return null;
                });
                log.info("Personal data re-encrypted: {} rows rewritten, every value under {}{}; older keys are no longer"
                        + " needed to start (keep them with the backups made before)", rows,
                        keys.encryptionKeyName(keys.currentEncryptionKey()),
                        reindexed ? ", every blind index computed with the configured index key" : "");
                exitCode = 0;
            }
        } catch (RuntimeException e) {
            log.error("Personal data not re-encrypted completely ({}); rows rewritten so far stay readable, run the"
                    + " command again", e.getClass().getSimpleName() + ": " + e.getMessage());
            exitCode = 1;
        }
        exit.accept(exitCode);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}

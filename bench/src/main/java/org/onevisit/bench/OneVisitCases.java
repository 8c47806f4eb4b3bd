package org.onevisit.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.onevisit.OneVisitApplication;
import org.onevisit.casework.Deciding;
import org.onevisit.casework.Opinion;
import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.Reviewing;
import org.onevisit.casework.TaskStatus;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.ResultType;
import org.onevisit.intake.Applicant;
import org.onevisit.intake.CaseItem;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.RoledApplicant;
import org.onevisit.intake.Submission;
import org.onevisit.people.NewStaffMember;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.PersonalDataCipher;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * OneVisit in process, driven through its module facades as the counter and the departments use them, on the same
 * work as the Flowable process: the real-estate transfer registration handed in and accepted, the land registry,
 * housing, tax and the bank reviewing in parallel, the lead department deciding, the certificate issued
 * ({@code bench-item.yaml}, imported into the benchmark's own database). With {@code --case=bundle} the case is the
 * demo catalog's whole second-hand home transaction bundle instead: every review answered stage by stage, every
 * item decided. Review planning, certificates and the delivery commit with the acceptance and the decisions; the
 * case counts as complete when a watcher sees its certificates in the register and no event publication is
 * outstanding. Each review is answered, and each item decided, by an official of its own department, as the
 * casework policies require: one per department, opened for the benchmark.
 * <p>
 * Over 250 lines: the start of the product, the case's steps, the bundle's stages and the watch for completed cases
 * share its one context and are read together.
 */
final class OneVisitCases implements CaseEngine {

    static final String BUNDLE = "YJS-BDCJY";
    static final String ITEM = "QR-BDC-901";

    private final ConfigurableApplicationContext context;
    private final Intake intake;
    private final CounterDecisions counter;
    private final Reviewing reviewing;
    private final Deciding deciding;
    private final String subject;
    private final boolean bundle;
    private final Map<String, MaterialStatus> materials;
    private final int certificatesPerCase;
    private final CompletionWatch watch;
    private final Map<String, String> officials = new ConcurrentHashMap<>();
    private final PersonalDataCipher cipher;
    private volatile String shape = "";

    private OneVisitCases(ConfigurableApplicationContext context, BenchDatabase db, boolean bundle) throws SQLException {
        this.context = context;
        this.bundle = bundle;
        this.subject = bundle ? BUNDLE : ITEM;
        Catalog catalog = context.getBean(Catalog.class);
        if (!bundle && !inCatalog(catalog, ITEM)) {
            try (var yaml = new java.io.InputStreamReader(OneVisitCases.class.getResourceAsStream("bench-item.yaml"),
                    java.nio.charset.StandardCharsets.UTF_8)) {
                context.getBean(org.onevisit.catalog.CatalogEditing.class)
                        .importCatalog(org.onevisit.catalog.transfer.YamlCatalogReader.read(yaml), "bench");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        this.intake = context.getBean(Intake.class);
        this.counter = context.getBean(CounterDecisions.class);
        this.reviewing = context.getBean(Reviewing.class);
        this.deciding = context.getBean(Deciding.class);
        this.materials = intake.materialsOf(subject, bundle).stream()
                .collect(Collectors.toMap(CaseMaterial::key, m -> MaterialStatus.PROVIDED));
        this.certificatesPerCase = bundle ? (int) catalog.itemsOf(catalog.bundle(BUNDLE)).values().stream()
                .filter(i -> i.details().resultType() == ResultType.LICENCE).count() : 1;
        openOfficials(context.getBean(StaffAccounts.class), bundle ? catalog.itemsOf(catalog.bundle(BUNDLE)).values()
                : List.of(catalog.item(ITEM)));
        this.watch = new CompletionWatch(db.connect(), certificatesPerCase);
        this.cipher = context.getBean(PersonalDataCipher.class);
    }

    /**
     * Starts OneVisit on the database with the demo catalog and staff and, of the timers, the audit chainer only, its keys
     * in {@code keysDir}. The
     * security configuration needs a servlet context, so the web server listens on a free loopback port; nothing
     * calls it.
     */
    static OneVisitCases start(BenchDatabase db, Path dataDir, Path keysDir, TransactionCounts counts, boolean bundle)
            throws SQLException {
        BeanPostProcessor counting = new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && !(bean instanceof CountingDataSource) ? new CountingDataSource(ds, counts)
                        : bean;
            }
        };
        ConfigurableApplicationContext context = new SpringApplicationBuilder(OneVisitApplication.class)
                .web(WebApplicationType.SERVLET).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .initializers(c -> c.getBeanFactory().addBeanPostProcessor(counting))
                .run("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                        "--spring.datasource.password=" + db.password(),
                        // the audit chainer runs on its schedule, as on a server; the other timers, whose work is not a
                        // case's steps (deadlines, the message outbox), run once at the start and not while measuring
                        "--onevisit.scheduling.enabled=true", "--onevisit.intake.timer-delay=PT24H",
                        "--onevisit.casework.timer-delay=PT24H", "--onevisit.notification.dispatch-delay=PT24H",
                        "--onevisit.delivery.scan-delay=PT24H", "--onevisit.rate-limits.cleanup-delay=PT24H",
                        "--onevisit.audit.checkpoint-interval=PT24H",
                        "--onevisit.demo-data=true", "--onevisit.data-dir=" + dataDir.toAbsolutePath(),
                        "--onevisit.keys.dir=" + keysDir.toAbsolutePath(),
                        "--onevisit.audit.checkpoint-dir=" + dataDir.resolveSibling("audit-checkpoints").toAbsolutePath(),
                        "--logging.level.root=WARN", "--logging.level.org.flywaydb=ERROR",
                        "--springdoc.api-docs.enabled=false", "--springdoc.swagger-ui.enabled=false", "--server.port=0", "--server.address=127.0.0.1");
        return new OneVisitCases(context, db, bundle);
    }

    /** An official (reviewer and chief representative) of each department reviewing the items, opened once. */
    private void openOfficials(StaffAccounts staff, java.util.Collection<org.onevisit.catalog.ItemVersion> items) {
        items.stream().flatMap(i -> java.util.stream.Stream.concat(java.util.stream.Stream.of(i.details().department()),
                i.details().jointDepartments().stream())).distinct().forEach(department -> {
                    String username = "bench-" + department.toLowerCase(java.util.Locale.ROOT);
                    if (staff.find(username).isEmpty()) {
                        staff.open(new NewStaffMember(username, "基准测试审查 " + department, department,
                                java.util.Set.of(StaffRole.REVIEWER, StaffRole.CHIEF_REPRESENTATIVE), UUID.randomUUID().toString()));
                    }
                    officials.put(department, username);
                });
    }

    private static boolean inCatalog(Catalog catalog, String code) {
        try {
            catalog.item(code);
            return true;
        } catch (org.onevisit.platform.DomainException notYet) {
            return false;
        }
    }

    @Override
    public String name() {
        return "OneVisit";
    }

    /**
     * How OneVisit encrypts and indexes personal data with the keys of this database, for the floors, which write
     * what OneVisit writes; usable after {@link #close()}.
     */
    PersonalDataCipher personalDataCipher() {
        return cipher;
    }

    @Override
    public void runCase(Steps steps) throws Exception {
        long start = System.nanoTime();
        IntakeCase submitted = steps.time("submit", () -> intake.submit(new Submission(UUID.randomUUID().toString(),
                Channel.COUNTER, subject, bundle, new Applicant(false, ResidentIds.next(), "林十三", ResidentIds.mobile(), null),
                null, Map.of(), materials, false, null, bundle ? "buyer" : "", bundle ? List.of(new RoledApplicant("seller",
                        new Applicant(false, ResidentIds.next(), "郑十四", ResidentIds.mobile(), null))) : List.of()),
                "clerk"));
        String number = submitted.number().value();
        steps.time("accept", () -> counter.accept(number, new CounterDecisions.Act("clerk", Channel.COUNTER, null)));
        // the review plan is made in the transaction that accepts the case
        List<ReviewTask> open = openTasks(number);
        if (open.isEmpty()) {
            throw new IllegalStateException("No review task opened for " + number);
        }
        int reviews = 0;
        int stages = 0;
        while (!open.isEmpty()) {
            stages++;
            for (ReviewTask task : open) {
                steps.time("review", () -> reviewing.decide(task.id(), Opinion.CONSENT, "同意", officials.get(task.department()),
                        null));
                reviews++;
            }
            // a task says whether a later stage waits for its own: only then can answering it have opened more
            open = open.stream().anyMatch(t -> t.terms().laterStagesWait()) ? openTasks(number) : List.of();
        }
        List<CaseItem> items = submitted.application().items();
        for (CaseItem item : items) {
            steps.time("decide item", () -> deciding.decide(number, item.code(), true, "", officials.get(item.department())));
        }
        shape = reviews + " reviews in " + stages + " stages, " + items.size() + " item decisions, " + certificatesPerCase
                + " certificates";
        watch.expect(number, start, System.nanoTime(), steps);
    }

    private List<ReviewTask> openTasks(String number) {
        return reviewing.ofCase(number).stream().filter(t -> t.status() == TaskStatus.OPEN).toList();
    }

    @Override
    public void awaitCompleted() throws InterruptedException {
        watch.awaitAll();
    }

    @Override
    public String caseShape() {
        return shape;
    }

    @Override
    public void close() {
        watch.close();
        context.close();
    }

    /**
     * Polls, on its own connection outside the counted pool, for the certificates of the cases handed to it; a
     * case is complete when all of them are in the register.
     */
    private static final class CompletionWatch {

        private record Pending(long startNanos, long lastDecisionNanos, Steps steps) {
        }

        private final Connection connection;
        private final int certificatesPerCase;
        private final Map<String, Pending> pending = new ConcurrentHashMap<>();
        private final Thread poller;

        CompletionWatch(Connection connection, int certificatesPerCase) throws SQLException {
            this.connection = connection;
            if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                // The watcher's polls are the harness's, yet PostgreSQL's CPU counts as the engine's: they go by the
                // register's index, never by a scan of the whole table, which the planner may choose for tables it
                // has not analysed (on a server with autovacuum off, none).
                try (var s = connection.createStatement()) {
                    s.execute("SET enable_seqscan = off");
                }
            }
            this.certificatesPerCase = certificatesPerCase;
            this.poller = new Thread(this::pollEvery5Ms, "certificate-watch");
            this.poller.setDaemon(true);
            this.poller.start();
        }

        void expect(String number, long startNanos, long lastDecisionNanos, Steps steps) {
            pending.put(number, new Pending(startNanos, lastDecisionNanos, steps));
        }

        void awaitAll() throws InterruptedException {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (!pending.isEmpty() || outstandingEvents() > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(pending.size() + " cases never got their certificates");
                }
                Thread.sleep(5);
            }
        }

        private void pollEvery5Ms() {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    if (!pending.isEmpty()) {
                        poll();
                    }
                    Thread.sleep(5);
                }
            } catch (InterruptedException closed) {
                Thread.currentThread().interrupt();
            }
        }

        private synchronized void poll() {
            List<String> numbers = new ArrayList<>(pending.keySet());
            for (int from = 0; from < numbers.size(); from += 100) {
                List<String> batch = numbers.subList(from, Math.min(numbers.size(), from + 100));
                String marks = batch.stream().map(n -> "?").collect(Collectors.joining(","));
                try (PreparedStatement q = connection.prepareStatement("SELECT case_number, COUNT(*) FROM certificate"
                        + " WHERE case_number IN (" + marks + ") GROUP BY case_number")) {
                    for (int i = 0; i < batch.size(); i++) {
                        q.setString(i + 1, batch.get(i));
                    }
                    try (ResultSet rs = q.executeQuery()) {
                        long now = System.nanoTime();
                        while (rs.next()) {
                            if (rs.getInt(2) >= certificatesPerCase) {
                                Pending p = pending.remove(rs.getString(1));
                                if (p != null) {
                                    p.steps().record("certificate seen (async, polled every 5 ms)", now - p.lastDecisionNanos());
                                    p.steps().record("whole case", now - p.startNanos());
                                }
                            }
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        private synchronized long outstandingEvents() {
            try (PreparedStatement q = connection.prepareStatement(
                    "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL");
                    ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        void close() {
            poller.interrupt();
            try {
                poller.join(1000);
                connection.close();
            } catch (SQLException | InterruptedException ignored) {
                // closing a read-only connection at the end of the run
            }
        }
    }
}

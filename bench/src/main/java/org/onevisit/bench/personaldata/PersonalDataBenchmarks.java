package org.onevisit.bench.personaldata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.onevisit.catalog.Necessity;
import org.onevisit.catalog.TimeLimit;
import org.onevisit.intake.Agent;
import org.onevisit.intake.Applicant;
import org.onevisit.intake.Application;
import org.onevisit.intake.CaseItem;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.CaseNumber;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterAnswer;
import org.onevisit.intake.CounterDates;
import org.onevisit.intake.Deadlines;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.Parties;
import org.onevisit.intake.Visit;
import org.onevisit.platform.KeyFolder;
import org.onevisit.platform.PersonalDataCipher;
import org.onevisit.platform.PersonalDataCipher.Lookup;
import org.onevisit.platform.PersonalDataKeys;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

import tools.jackson.databind.json.JsonMapper;

/**
 * What protecting personal data at rest costs: AES-256-GCM encryption and decryption and the HMAC-SHA256 blind index
 * of one value (an ID number, a phone, an address), with the product's own cipher and keys; and, as the baseline of
 * the same run, what every step of a case already pays to store and load it — writing and reading its JSON body —
 * beside what encrypting the applicant's and the agent's identifiers and phones adds to it.
 * <p>
 * Each call is timed on its own ({@code SampleTime}) and the report gives the median: on a machine whose cores other
 * work shares, an average over wall time counts every moment the benchmark's thread waited for a core, a median of
 * single calls much less so.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PersonalDataBenchmarks {

    static final String ID_NUMBER = "33099919900307123X";
    static final String PHONE = "13800000001";
    static final String ADDRESS = "浙江省示例市西湖区文三路100号东方大厦1201室";

    private Path folder;
    private Connection register;
    private PersonalDataCipher cipher;
    private JsonMapper json;
    private IntakeCase aCase;

    @Setup(Level.Trial)
    public void keys() throws IOException, SQLException {
        folder = Files.createTempDirectory("personal-data-bench");
        // the key register as the server's migrations make it
        String url = "jdbc:h2:mem:personal-data-bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        register = DriverManager.getConnection(url, "sa", "");
        PersonalDataKeys keys = new PersonalDataKeys(new KeyFolder(folder), 1, 1, Clock.systemUTC());
        keys.checkAgainst(register);
        cipher = new PersonalDataCipher(keys);
        json = JsonMapper.builder().build();
        aCase = benchmarkCase();
    }

    @TearDown(Level.Trial)
    public void removeKeys() throws IOException, SQLException {
        try (Statement s = register.createStatement()) {
            s.execute("SHUTDOWN");
        }
        register.close();
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(folder);
    }

    /** The whole cost of one value stored, read back and looked up. */
    @Benchmark
    public int idNumberEncryptDecryptIndex() {
        return cipher.decrypt(cipher.encrypt(ID_NUMBER)).length() + cipher.index(Lookup.IDENTIFIER, ID_NUMBER).length();
    }

    @Benchmark
    public int phoneEncryptDecryptIndex() {
        return cipher.decrypt(cipher.encrypt(PHONE)).length() + cipher.index(Lookup.PHONE, PHONE).length();
    }

    @Benchmark
    public int addressEncryptDecrypt() {
        return cipher.decrypt(cipher.encrypt(ADDRESS)).length();
    }

    /** Baseline: a case's body written and read back as JSON, as each step of a case stores and loads it. */
    @Benchmark
    public IntakeCase caseBodyWriteRead() {
        return json.readValue(json.writeValueAsString(aCase), IntakeCase.class);
    }

    /**
     * What storing the case adds to that round trip: its four identifiers and phones encrypted before writing and
     * decrypted after reading, and its applicant indexed. Measured apart from the JSON, whose compiled code takes
     * long to settle, so that the two figures of one run can be added.
     */
    @Benchmark
    public IntakeCase caseBodyEncryption(Blackhole index) {
        index.consume(cipher.index(Lookup.IDENTIFIER, aCase.parties().applicant().identifier()));
        return withParties(withParties(aCase, true), false);
    }

    private IntakeCase withParties(IntakeCase c, boolean seal) {
        Parties changed = c.parties().withPersonalData(seal ? cipher::encrypt : cipher::decrypt);
        return new IntakeCase(c.number(), c.application(), c.status(), changed, c.materials(), c.visits(), c.dates(),
                c.answer(), c.version());
    }

    /** An accepted case of the throughput benchmark's item: one item of four departments, six materials, an agent. */
    static IntakeCase benchmarkCase() {
        LocalDate day = LocalDate.of(2026, 10, 19);
        Instant at = Instant.parse("2026-10-19T01:30:00Z");
        List<String> materials = List.of("不动产登记申请书", "存量房买卖合同（网签备案合同）", "不动产权属证书", "买卖双方身份证明",
                "完税凭证", "抵押权注销证明");
        return new IntakeCase(CaseNumber.of("330999", day, 42),
                new Application(UUID.randomUUID().toString(), Channel.COUNTER, "QR-BDC-901",
                        "不动产转移登记（基准测试：住建、税务、银行并联审查）", false,
                        List.of(new CaseItem("QR-BDC-901", 1, "不动产转移登记", "BDC", TimeLimit.workingDays(5),
                                TimeLimit.workingDays(30), List.of("ZJJ", "SWJ", "NSYH"))), at),
                CaseStatus.ACCEPTED,
                new Parties(new Applicant(false, ID_NUMBER, "林十三", PHONE, null),
                        new Agent("周九", "330999198502141234", "13900000002", null), Map.of()),
                materials.stream().map(name -> new CaseMaterial("M" + (materials.indexOf(name) + 1), name,
                        Necessity.REQUIRED, List.of("QR-BDC-901"), MaterialStatus.PROVIDED, List.of(), "", "", null)).toList(),
                List.of(new Visit(at, "收件", "clerk")), new CounterDates(day, day, day, false, null),
                new CounterAnswer(new Deadlines(day.plusDays(7), day.plusDays(42), false, 0, ""), List.of(), null, null,
                        "", ""), 1);
    }
}

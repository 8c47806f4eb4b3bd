package org.onevisit;

import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.onevisit.AuthorisationMatrixTests.Who;
import org.onevisit.calendar.CalendarAdministration;
import org.onevisit.calendar.DayKind;
import org.onevisit.calendar.Notice;
import org.onevisit.calendar.SpecialDay;
import org.onevisit.calendar.WorkCalendars;
import org.onevisit.calendar.YearArrangement;
import org.onevisit.casework.Consultations;
import org.onevisit.casework.CorrectionFile;
import org.onevisit.casework.Corrections;
import org.onevisit.casework.Deciding;
import org.onevisit.casework.JointMeeting;
import org.onevisit.casework.JointMeetings;
import org.onevisit.casework.Opinion;
import org.onevisit.casework.ReviewClock;
import org.onevisit.casework.Reviewing;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.Necessity;
import org.onevisit.catalog.SpecialProcedureKind;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.certificates.Certificate;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.certificates.CertificateVerifier;
import org.onevisit.delivery.Address;
import org.onevisit.delivery.CallbackSignature;
import org.onevisit.delivery.Deliveries;
import org.onevisit.evaluation.Answer;
import org.onevisit.evaluation.BadRatingHandling;
import org.onevisit.evaluation.Evaluation;
import org.onevisit.evaluation.Grade;
import org.onevisit.evaluation.Indicator;
import org.onevisit.evaluation.RatingChannel;
import org.onevisit.intake.BadCreditList;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.CaseSupplements;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.files.MaterialFiles;
import org.onevisit.intake.files.StoredFile;
import org.onevisit.catalog.HallCounter;
import org.onevisit.catalog.HallOrganisation;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantKind;
import org.onevisit.people.ApplicantRegistration;
import org.onevisit.people.DelegationGrant;
import org.onevisit.people.DelegationRegister;
import org.onevisit.people.AccountPasswords;
import org.onevisit.people.NewStaffMember;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffRole;
import org.onevisit.people.TestIdentities;
import org.onevisit.casework.WatchedClock;
import org.onevisit.supervision.alerts.AlertLevel;
import org.onevisit.supervision.alerts.AlertTimers;
import org.onevisit.supervision.DecisionKey;
import org.onevisit.supervision.ErrorCorrecting;
import org.onevisit.supervision.ErrorCorrection;
import org.onevisit.supervision.SpotCheckOpening;
import org.onevisit.supervision.SpotFindings;
import org.onevisit.supervision.SupervisionGroups;
import org.onevisit.supervision.complaints.ComplaintCategory;
import org.onevisit.supervision.complaints.ComplaintChannel;
import org.onevisit.supervision.complaints.ComplaintHandling;
import org.onevisit.supervision.complaints.Complaints;
import org.onevisit.supervision.complaints.NewComplaint;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * How the authorisation matrix calls each operation, and the real objects it acts on: cases of 个体工商户设立登记
 * (XK-SCJG-002, of SCJG, delegated to the demo SCJG chief representative) that applicant A applied for online, in the
 * state each action needs — received, with only a 容缺 material missing, pre-checked, accepted, reviewed, decided,
 * laid out for pickup, shipped — their review tasks (open, suspended, deemed to consent), certificate, joint meeting
 * and consultation; and, for the administrators' operations, a test department's items, draft calendar years, staff,
 * delegations and bad-credit entries. An object an action may have used up is made again for the next person.
 */
final class MatrixRequests {

    static final String CALLBACK_SECRET = "matrix-callback-secret";
    private static final String ITEM = "XK-SCJG-002";
    private static final String DEPARTMENT = "TMTX";
    private static final String MATRIX_ITEM = "XK-TMTX-001";
    private static final String SCJG_REVIEWER = "matrix-scjg-reviewer";
    private static final String PASSWORD_HOLDER = "matrix-password-holder";
    private static final String PASSWORD = "Matrix-Pass-2026";
    private static final String OPENING_PASSWORD = "Matrix-Opened-2026";
    private static final String KNOWN_PASSWORD = "Matrix-Known-2026";
    private static final String A_PHONE = "13600001234";
    private static final LocalDate TODAY = LocalDate.parse("2026-10-19");
    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    /** The request one person makes. */
    @FunctionalInterface
    interface Request {
        AbstractMockHttpServletRequestBuilder<?> to(Who who) throws Exception;
    }

    /** How to call an operation, and the objects it acts on. */
    static final class Recipe {
        private final Request request;
        private final List<Fresh<?>> uses;
        private final List<Runnable> undo = new ArrayList<>();

        Recipe(Request request, List<Fresh<?>> uses) {
            this.request = request;
            this.uses = uses;
        }

        /** Puts back what the last request changed that other tests rely on (a demo account's password). */
        void undo() {
            undo.forEach(Runnable::run);
            undo.clear();
        }

        AbstractMockHttpServletRequestBuilder<?> request(Who who) throws Exception {
            return request.to(who);
        }

        /** The last request may have gone through: the next person acts on new objects. */
        void spent() {
            uses.forEach(Fresh::spent);
        }
    }

    /** Makes an object for the matrix to act on. */
    @FunctionalInterface
    interface Make<T> {
        T make() throws Exception;
    }

    /** An object made when first needed and, unless it is only read, made again once an action may have used it. */
    static final class Fresh<T> {
        private final Make<T> make;
        private final boolean onlyRead;
        private @Nullable T current;

        Fresh(Make<T> make, boolean onlyRead) {
            this.make = make;
            this.onlyRead = onlyRead;
        }

        T get() throws Exception {
            if (current == null) {
                current = make.make();
            }
            return current;
        }

        void spent() {
            if (!onlyRead) {
                current = null;
            }
        }
    }

    record Task(String caseNumber, long id) {
    }

    record DraftYear(int year, long version, LocalDate day) {
    }

    record Shipped(String caseNumber, String trackingNumber) {
    }

    /** A file handed in for material M1 of applicant A's case. */
    record FileOfCase(String caseNumber, String fileId) {
    }

    private final Intake intake;
    private final CounterDecisions counter;
    private final Reviewing reviewing;
    private final ReviewClock reviewClock;
    private final Deciding deciding;
    private final Deliveries deliveries;
    private final CertificateRegister certificates;
    private final JointMeetings meetings;
    private final Consultations consultations;
    private final StaffAccounts staff;
    private final HallOrganisation organisation;
    private final DelegationRegister delegations;
    private final BadCreditList badCredit;
    private final CatalogEditing editing;
    private final Catalog catalog;
    private final CalendarAdministration calendarAdministration;
    private final WorkCalendars calendars;
    private final JdbcClient jdbc;
    private final Corrections corrections;
    private final SpotCheckOpening spotChecks;
    private final SupervisionGroups groups;
    private final DelegatedDecisionsOnFile delegatedDecisions;
    private final Complaints complaints;
    private final ComplaintHandling complaintHandling;
    private final CaseSupplements supplements;
    private final MaterialFiles files;
    private final UserDetailsService logins;
    private final AccountPasswords passwords;
    private final PasswordEncoder encoder;
    private final Evaluation evaluation;
    private final BadRatingHandling badRatings;
    private final AtomicInteger serial = new AtomicInteger();
    private final Map<String, Recipe> recipes = new LinkedHashMap<>();
    private final ApplicationContext context;

    private final String applicantA;
    private final ApplicantAccounts applicantAccounts;
    private final String idOfA;
    private final String applicantB;
    private final Map<String, MaterialStatus> all;
    private final Map<String, MaterialStatus> allButDeferrable;

    MatrixRequests(ApplicationContext context) {
        this.context = context;
        intake = context.getBean(Intake.class);
        counter = context.getBean(CounterDecisions.class);
        reviewing = context.getBean(Reviewing.class);
        reviewClock = context.getBean(ReviewClock.class);
        deciding = context.getBean(Deciding.class);
        deliveries = context.getBean(Deliveries.class);
        certificates = context.getBean(CertificateRegister.class);
        meetings = context.getBean(JointMeetings.class);
        consultations = context.getBean(Consultations.class);
        staff = context.getBean(StaffAccounts.class);
        organisation = context.getBean(HallOrganisation.class);
        delegations = context.getBean(DelegationRegister.class);
        badCredit = context.getBean(BadCreditList.class);
        editing = context.getBean(CatalogEditing.class);
        catalog = context.getBean(Catalog.class);
        calendarAdministration = context.getBean(CalendarAdministration.class);
        calendars = context.getBean(WorkCalendars.class);
        jdbc = context.getBean(JdbcClient.class);
        corrections = context.getBean(Corrections.class);
        spotChecks = context.getBean(SpotCheckOpening.class);
        groups = context.getBean(SupervisionGroups.class);
        delegatedDecisions = new DelegatedDecisionsOnFile(context);
        complaints = context.getBean(Complaints.class);
        complaintHandling = context.getBean(ComplaintHandling.class);
        supplements = context.getBean(CaseSupplements.class);
        files = context.getBean(MaterialFiles.class);
        logins = context.getBean(UserDetailsService.class);
        passwords = context.getBean(AccountPasswords.class);
        encoder = context.getBean(PasswordEncoder.class);
        evaluation = context.getBean(Evaluation.class);
        badRatings = context.getBean(BadRatingHandling.class);

        ApplicantAccounts applicants = context.getBean(ApplicantAccounts.class);
        applicantAccounts = applicants;
        idOfA = TestIdentities.aResidentIdNumber();
        applicantA = idOfA;
        applicants.register(new ApplicantRegistration(ApplicantKind.NATURAL_PERSON, idOfA, "矩阵甲", A_PHONE, null, PASSWORD));
        // applicant A's identity is verified at a counter: their wallet holds their certificates
        applicants.verifyIdentity(ApplicantKind.NATURAL_PERSON, idOfA,
                org.onevisit.people.Actor.staff(context.getBean(StaffAccounts.class).find("clerk").orElseThrow()));
        applicantB = TestIdentities.aResidentIdNumber();
        applicants.register(new ApplicantRegistration(ApplicantKind.NATURAL_PERSON, applicantB, "矩阵乙", "13600005678", null,
                PASSWORD));
        openStaff(SCJG_REVIEWER, "SCJG", StaffRole.REVIEWER);
        openStaff(PASSWORD_HOLDER, null, StaffRole.CLERK);
        importItem(MATRIX_ITEM);
        all = intake.materialsOf(ITEM, false).stream().collect(Collectors.toMap(CaseMaterial::key, m -> MaterialStatus.PROVIDED));
        allButDeferrable = intake.materialsOf(ITEM, false).stream().filter(m -> m.necessity() != Necessity.DEFERRABLE)
                .collect(Collectors.toMap(CaseMaterial::key, m -> MaterialStatus.PROVIDED));
        define();
    }

    /** Whom each column logs in as: the demo staff, an SCJG reviewer, and the two applicants. */
    UserDetails login(Who who) {
        return logins.loadUserByUsername(switch (who) {
            case APPLICANT -> applicantA;
            case OTHER_APPLICANT -> applicantB;
            case CLERK -> "clerk";
            case CHIEF -> "scjg-chief";
            case REVIEWER -> SCJG_REVIEWER;
            case COORDINATOR -> "coordinator";
            case SUPERVISOR -> "supervisor";
            case ADMIN -> "admin";
            case OTHER_CHIEF -> "bdc-chief";
            case OTHER_REVIEWER -> "swj-reviewer";
            case HEAD -> "scjg-head";
            case HOTLINE -> "hotline-12345";
            case ANONYMOUS -> throw new IllegalArgumentException("nobody logs in");
        });
    }

    Set<String> operations() {
        return recipes.keySet();
    }

    Recipe recipe(String operation) {
        Recipe recipe = recipes.get(operation);
        if (recipe == null) {
            throw new IllegalStateException("No request for " + operation);
        }
        return recipe;
    }

    // --- the objects ----------------------------------------------------------------------------------

    private <T> Fresh<T> fresh(Make<T> make) {
        return new Fresh<>(make, false);
    }

    private <T> Fresh<T> read(Make<T> make) {
        return new Fresh<>(make, true);
    }

    private int next() {
        return serial.incrementAndGet() * 1000 + ThreadLocalRandom.current().nextInt(1000);
    }

    private void openStaff(String username, @Nullable String department, StaffRole... roles) {
        if (staff.find(username).isEmpty()) {
            staff.open(new NewStaffMember(username, "矩阵 " + username, department, Set.of(roles), OPENING_PASSWORD));
            // an administrator chose the password: its holder changes it at the first login, as any new official does
            passwords.change(username, OPENING_PASSWORD, PASSWORD);
        }
    }

    /**
     * Changing one's own password through the API, as {@code who}: their password is first set to one the request
     * knows, and afterwards the password they had is put back, so that the demo accounts keep theirs for other tests.
     */
    private AbstractMockHttpServletRequestBuilder<?> ownPasswordChange(Recipe recipe, Who who) {
        if (who != Who.ANONYMOUS) {
            String principal = login(who).getUsername();
            boolean applicant = who == Who.APPLICANT || who == Who.OTHER_APPLICANT;
            String table = applicant ? "people_applicant" : "people_staff";
            String where = applicant ? "id = ?" : "username = ?";
            Object key = applicant ? Long.parseLong(principal.substring(principal.lastIndexOf('-') + 1)) : principal;
            String before = jdbc.sql("SELECT password_hash FROM " + table + " WHERE " + where).param(key)
                    .query(String.class).single();
            jdbc.sql("UPDATE " + table + " SET password_hash = ? WHERE " + where).params(encoder.encode(KNOWN_PASSWORD), key)
                    .update();
            recipe.undo.add(() -> jdbc.sql("UPDATE " + table + " SET password_hash = ? WHERE " + where).params(before, key)
                    .update());
        }
        return json(post("/api/v1/account/password"), """
                {"currentPassword": "%s", "newPassword": "Matrix-Changed-2027"}""".formatted(KNOWN_PASSWORD));
    }

    private String itemYaml(String code) {
        return "format: onevisit-catalog/1\ndepartments:\n" + TestCatalogs.department(DEPARTMENT, 9601) + "items:\n"
                + TestCatalogs.item(code, "矩阵测试许可", "ADMINISTRATIVE_LICENCE", DEPARTMENT, 20, 10);
    }

    private String importItem(String code) {
        editing.importCatalog(YamlCatalogReader.read(new StringReader(itemYaml(code))), "matrix");
        return code;
    }

    private String freshItemCode() {
        return "XK-TMTX-" + next();
    }

    /** A case applicant A applied for online on their own account. */
    private String appliedByA(Map<String, MaterialStatus> materials, boolean preCheck) {
        String account = logins.loadUserByUsername(applicantA).getUsername();
        return intake.submit(aCase().of(ITEM).on(Channel.WEB)
                .withApplicant(aPerson().identifiedBy(idOfA).named("矩阵甲").withPhone(A_PHONE)).withMaterials(materials)
                .preCheck(preCheck).byAccount(account).build(), account)
                .number().value();
    }

    private String received() {
        return appliedByA(all, false);
    }

    /** A freshly registered applicant, whose identity a clerk verifies: their ID number. */
    /** The account names of the unverified applicants made, by ID number. */
    private final Map<String, String> unverifiedPrincipals = new java.util.HashMap<>();

    private String unverifiedApplicant() {
        String id = TestIdentities.aResidentIdNumber();
        unverifiedPrincipals.put(id, applicantAccounts.register(new ApplicantRegistration(ApplicantKind.NATURAL_PERSON,
                id, "待核验人", "13700008888", null, PASSWORD)).principal());
        return id;
    }

    private String accepted() {
        String number = received();
        counter.accept(number, new CounterDecisions.Act("clerk", Channel.COUNTER, null));
        return number;
    }

    private long taskOf(String number) {
        return reviewing.ofCase(number).stream().filter(t -> t.department().equals("SCJG")).findFirst().orElseThrow().id();
    }

    private Task openTask() {
        String number = accepted();
        return new Task(number, taskOf(number));
    }

    private long versionOf(Task task) {
        return reviewing.ofCase(task.caseNumber()).stream().filter(t -> t.id() == task.id()).findFirst().orElseThrow()
                .version();
    }

    private String reviewed() {
        String number = accepted();
        reviewing.decide(taskOf(number), Opinion.CONSENT, "", "scjg-chief", null);
        return number;
    }

    private String decided() {
        String number = reviewed();
        deciding.decide(number, ITEM, true, "", "scjg-chief");
        return number;
    }

    private Certificate certificateOf(String number) {
        return certificates.issuedFor(number, ITEM).orElseThrow();
    }

    private String trackingNumber() {
        return "SF" + next() + ThreadLocalRandom.current().nextInt(100000, 999999);
    }

    /** A far-future year nobody has entered, so that the matrix never meets another test's. */
    private int freshYear() {
        Set<Integer> taken = calendars.years().stream().map(YearArrangement::year).collect(Collectors.toSet());
        int year;
        do {
            year = ThreadLocalRandom.current().nextInt(2100, 2900);
        } while (taken.contains(year));
        return year;
    }

    /** A draft year with one holiday entered. */
    private DraftYear draftYear() {
        int year = freshYear();
        YearArrangement added = calendarAdministration.addYear(year, new Notice("国务院办公厅关于" + year + "年部分节假日安排的通知",
                null, null));
        LocalDate day = LocalDate.of(year, 5, 1);
        YearArrangement withDay = calendarAdministration.putDay(year, added.version(), new SpecialDay(day, DayKind.HOLIDAY,
                "劳动节"));
        return new DraftYear(year, withDay.version(), day);
    }

    private String freshClerk() {
        String username = "matrix-clerk-" + next();
        openStaff(username, null, StaffRole.CLERK);
        return username;
    }

    private String freshDisabledClerk() {
        String username = freshClerk();
        staff.disable(username, "admin");
        return username;
    }

    private String freshChief() {
        String username = "matrix-chief-" + next();
        openStaff(username, "SCJG", StaffRole.CHIEF_REPRESENTATIVE);
        return username;
    }

    // --- bodies -------------------------------------------------------------------------------------

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String itemJson() {
        return """
                {"name": "矩阵接口许可", "type": "ADMINISTRATIVE_LICENCE", "department": "%s", "servedParty": "LEGAL_PERSON",
                 "lifeEvents": ["BUSINESS_START"], "legalLimit": {"days": 20, "unit": "WORKING"},
                 "promisedLimit": {"days": 10, "unit": "WORKING"}, "requiredVisits": 0, "resultType": "LICENCE",
                 "materials": [{"name": "申请书", "necessity": "REQUIRED", "form": "PAPER", "copyKind": "ORIGINAL",
                                "originals": 1, "copies": 0, "source": "APPLICANT"}]}""".formatted(DEPARTMENT);
    }

    private MockMultipartFile catalogFile() {
        return new MockMultipartFile("file", "catalog.yaml", "application/yaml",
                itemYaml(freshItemCode()).getBytes(StandardCharsets.UTF_8));
    }

    private static MockHttpServletRequestBuilder itemForm(MockHttpServletRequestBuilder request, int basedOn) {
        return request.param("basedOn", Integer.toString(basedOn)).param("name", "矩阵页面许可")
                .param("type", "ADMINISTRATIVE_LICENCE").param("department", DEPARTMENT).param("servedParty", "LEGAL_PERSON")
                .param("lifeEvents", "BUSINESS_START").param("legalDays", "20").param("legalUnit", "WORKING")
                .param("promisedDays", "10").param("promisedUnit", "WORKING").param("requiredVisits", "0")
                .param("expressAllowed", "true").param("_expressAllowed", "on").param("_limitsIllustrative", "on")
                .param("resultType", "LICENCE").param("onlineDepth", "CONSULT")
                .param("materials[0].name", "申请书").param("materials[0].necessity", "REQUIRED")
                .param("materials[0].form", "PAPER").param("materials[0].copyKind", "ORIGINAL")
                .param("materials[0].originals", "1").param("materials[0].copies", "0")
                .param("materials[0].source", "APPLICANT");
    }

    private static MockHttpServletRequestBuilder expressForm(MockHttpServletRequestBuilder request, String tracking) {
        return request.param("recipient", "矩阵甲").param("phone", A_PHONE).param("address", "示例市滨江路 1 号")
                .param("carrier", "顺丰速运").param("trackingNumber", tracking);
    }

    private MockHttpServletRequestBuilder newCaseAtCounterForm() {
        MockHttpServletRequestBuilder form = post("/staff/counter/new").param("step", "submit").param("kind", "NATURAL")
                .param("identifier", TestIdentities.aResidentIdNumber()).param("name", "柜台乙").param("phone", "13500001111")
                .param("subject", ITEM).param("shownSubject", ITEM).param("idempotencyKey", UUID.randomUUID().toString());
        all.keySet().forEach(key -> form.param("material_" + key, MaterialStatus.PROVIDED.name()));
        return form;
    }

    private String submission(Who who) {
        if (who.applicant()) {
            return "{\"channel\": \"WEB\", \"item\": \"" + ITEM + "\"}";
        }
        String materials = all.keySet().stream().map(k -> "\"" + k + "\": \"PROVIDED\"").collect(Collectors.joining(", "));
        return """
                {"channel": "COUNTER", "item": "%s", "applicant": {"kind": "NATURAL_PERSON", "idNumber": "%s",
                 "name": "柜台甲", "phone": "13500002222"}, "materials": {%s}}"""
                .formatted(ITEM, TestIdentities.aResidentIdNumber(), materials);
    }

    private static String verificationBody(Certificate certificate) {
        var c = certificate.content();
        return """
                {"number": "%s", "type": "%s", "holderName": "%s", "holderIdentifier": "%s", "holderLegalPerson": %s,
                 "department": "%s", "issuedOn": "%s", "validUntil": %s, "conditions": "%s", "code": "%s"}"""
                .formatted(c.number(), c.type(), c.holderName(), c.holderIdentifier(), c.holderLegalPerson(), c.department(),
                        c.issuedOn(), c.validUntil() == null ? "null" : "\"" + c.validUntil() + "\"", c.conditions(),
                        certificate.code());
    }

    // --- the operations -----------------------------------------------------------------------------

    private void on(String operation, Request request, Fresh<?>... uses) {
        if (recipes.put(operation, new Recipe(request, List.of(uses))) != null) {
            throw new IllegalStateException("Two requests for " + operation);
        }
    }

    private void define() {
        Fresh<String> received = fresh(this::received);
        Fresh<String> pledgeable = fresh(() -> appliedByA(allButDeferrable, false));
        Fresh<String> preChecked = fresh(() -> appliedByA(all, true));
        Fresh<String> accepted = fresh(this::accepted);
        Fresh<String> reviewed = fresh(this::reviewed);
        Fresh<String> decided = fresh(this::decided);
        Fresh<String> pickupReady = fresh(() -> {
            String number = decided();
            deliveries.readyForPickup(number, "clerk");
            return number;
        });
        Fresh<Task> openTask = fresh(this::openTask);
        Fresh<Task> suspended = fresh(() -> {
            Task task = openTask();
            reviewClock.suspend(task.id(), SpecialProcedureKind.EXPERT_REVIEW, "专家评审", "scjg-chief");
            return task;
        });
        Fresh<Task> deemed = fresh(() -> {
            Task task = openTask();
            jdbc.sql("""
                    UPDATE casework_task SET status = 'DEEMED_CONSENT', decided_by = 'system', opinion_owed_by = ?,
                        version = version + 1 WHERE id = ?""").params(TODAY.plusDays(4), task.id()).update();
            return task;
        });
        Fresh<Certificate> certificate = fresh(() -> certificateOf(decided()));
        Fresh<Long> meeting = fresh(() -> meetings.schedule(accepted(), JointMeeting.Kind.JOINT_REVIEW,
                Instant.parse("2026-10-26T02:00:00Z"), "三楼会商室", List.of("SCJG", "ZJJ"), "coordinator").id());
        Fresh<Long> consultation = fresh(() -> consultations.ask(accepted(), "经营场所是否涉及税务登记事项？",
                TODAY.plusDays(4), List.of("SWJ"), "scjg-chief").id());
        Fresh<DraftYear> draftYear = fresh(this::draftYear);
        Fresh<String> item = fresh(() -> importItem(freshItemCode()));
        Fresh<String> listed = fresh(() -> {
            String id = TestIdentities.aResidentIdNumber();
            badCredit.add(id, "矩阵测试", "admin");
            return id;
        });
        Fresh<Long> delegation = fresh(() -> delegations.grant(freshChief(), new DelegationGrant("XK-SCJG-003", TODAY, null),
                "admin").id());
        Fresh<String> chiefWithout = fresh(this::freshChief);

        Fresh<String> aCase = read(this::received);
        Fresh<String> anAcceptedCase = read(this::accepted);
        Fresh<String> aDecidedCase = read(this::decided);
        Fresh<Long> aMeeting = read(() -> meetings.schedule(accepted(), JointMeeting.Kind.JOINT_INSPECTION,
                Instant.parse("2026-10-27T02:00:00Z"), "经营场所现场", List.of("SCJG", "ZJJ"), "coordinator").id());
        Fresh<FileOfCase> aFile = read(() -> {
            String number = received();
            String id = files.store("申请书.png", new java.io.ByteArrayInputStream(PNG), "clerk").id().toString();
            supplements.supplement(number, "M1", id,
                    new CounterDecisions.Act("clerk", Channel.COUNTER, null));
            return new FileOfCase(number, id);
        });
        on("GET /api/v1/cases/{number}/materials/{key}/files/{id}", who -> get("/api/v1/cases/{n}/materials/{k}/files/{id}",
                aFile.get().caseNumber(), "M1", aFile.get().fileId()), aFile);
        Fresh<Shipped> shipped = read(() -> {
            String number = decided();
            String tracking = trackingNumber();
            deliveries.ship(number, new Address("矩阵甲", A_PHONE, "示例市滨江路 1 号"), "顺丰速运", tracking, "clerk");
            return new Shipped(number, tracking);
        });

        people(aCase);
        intakeApi(received, pledgeable, preChecked, accepted, aCase, anAcceptedCase);
        caseworkApi(accepted, reviewed, openTask, suspended, deemed, meeting, consultation, anAcceptedCase, aDecidedCase,
                aMeeting);
        resultsApi(decided, pickupReady, certificate, aDecidedCase, shipped);
        administration(draftYear, item, listed, delegation, chiefWithout);
        publicPages();
        counterPages(received, pledgeable, preChecked, aCase);
        on("GET /staff/counter/cases/{number}/pre-check", who -> get("/staff/counter/cases/{n}/pre-check",
                preChecked.get()), preChecked);
        portalPages(received, aCase, anAcceptedCase);
        staffPages(accepted, reviewed, decided, pickupReady, openTask, suspended, deemed, anAcceptedCase, meeting);
        adminPages(draftYear, item);
        corrections(aDecidedCase);
        administrationPages();
        alerts();
        spotChecks();
        errorCorrections();
        ratings();
        complaints();
        assessment();
        messages();
        hall();
        postal();
        kiosk();
    }

    /**
     * The hall (ADR 0040), on the demo counters: a walk-in's ticket; the demo clerk at A01 with a ticket called; an
     * appointment of a made-up account checked in at the door by its reference; applicant A's appointments of today
     * (one read, one to cancel, one to check in, each of a type of its own).
     */
    private void hall() {
        org.onevisit.hall.Tickets tickets = context.getBean(org.onevisit.hall.Tickets.class);
        org.onevisit.hall.Calling calling = context.getBean(org.onevisit.hall.Calling.class);
        org.onevisit.hall.Appointments appointments = context.getBean(org.onevisit.hall.Appointments.class);
        String accountA = logins.loadUserByUsername(applicantA).getUsername();
        org.onevisit.people.StaffCounters seats = context.getBean(org.onevisit.people.StaffCounters.class);
        Runnable seated = () -> seats.seat("clerk", "A01", "clerk", "WEB");
        Fresh<String> ticket = read(() -> tickets.take("B", org.onevisit.hall.TicketChannel.KIOSK).ticket().id());
        Fresh<String> called = fresh(() -> {
            seated.run();
            tickets.take("A", org.onevisit.hall.TicketChannel.KIOSK);
            return calling.next("clerk").orElseThrow().number();
        });
        Fresh<String> atTheDoor = fresh(() -> appointments.book("matrix-hall-" + next(), "A", TODAY,
                java.time.LocalTime.of(serial.get() % 2 == 0 ? 10 : 9, 30), null, "matrix-" + next()).appointment()
                .reference());
        Fresh<String> shown = read(() -> appointmentOfA(appointments, accountA, "A", java.time.LocalTime.of(11, 0)));
        Fresh<String> toCancel = fresh(() -> appointmentOfA(appointments, accountA, "B", java.time.LocalTime.of(14, 0)));
        Fresh<String> toCheckIn = fresh(() -> appointmentOfA(appointments, accountA, "C",
                serial.get() % 2 == 0 ? java.time.LocalTime.of(9, 30) : java.time.LocalTime.of(10, 0)));
        on("GET /api/v1/hall/types", who -> get("/api/v1/hall/types"));
        on("GET /api/v1/hall/slots", who -> get("/api/v1/hall/slots").param("type", "A").param("date", "2026-10-20"));
        on("GET /api/v1/hall/board", who -> get("/api/v1/hall/board"));
        on("GET /api/v1/hall/board/stream", who -> get("/api/v1/hall/board/stream"));
        on("GET /api/v1/hall/tickets/{id}", who -> get("/api/v1/hall/tickets/{id}", ticket.get()), ticket);
        on("GET /hall/board", who -> get("/hall/board"));
        on("GET /hall/wall", who -> get("/hall/wall"));
        on("GET /api/v1/hall/my-tickets", who -> get("/api/v1/hall/my-tickets"));
        on("GET /api/v1/hall/desk", who -> {
            seated.run();
            return get("/api/v1/hall/desk");
        });
        on("POST /api/v1/hall/desk/next", who -> {
            seated.run();
            return post("/api/v1/hall/desk/next");
        });
        for (String step : List.of("recall", "skip", "finish")) {
            on("POST /api/v1/hall/desk/" + step, who -> {
                called.get();
                return post("/api/v1/hall/desk/" + step);
            }, called);
        }
        on("POST /api/v1/hall/desk/transfer", who -> {
            called.get();
            return json(post("/api/v1/hall/desk/transfer"), "{\"type\": \"B\"}");
        }, called);
        on("POST /api/v1/hall/tickets", who -> json(post("/api/v1/hall/tickets"), "{\"type\": \"B\"}"));
        on("POST /api/v1/hall/check-ins", who -> json(post("/api/v1/hall/check-ins"),
                "{\"reference\": \"" + atTheDoor.get() + "\"}"), atTheDoor);
        on("POST /api/v1/appointments", who -> json(post("/api/v1/appointments"),
                "{\"type\": \"C\", \"date\": \"2026-10-20\", \"start\": \"09:00\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString()));
        on("GET /api/v1/me/appointments", who -> get("/api/v1/me/appointments"));
        on("GET /api/v1/appointments/{id}", who -> get("/api/v1/appointments/{id}", shown.get()), shown);
        on("POST /api/v1/appointments/{id}/cancellation", who -> post("/api/v1/appointments/{id}/cancellation",
                toCancel.get()), toCancel);
        on("POST /api/v1/appointments/{id}/check-in", who -> post("/api/v1/appointments/{id}/check-in", toCheckIn.get()),
                toCheckIn);
        on("GET /staff/hall", who -> {
            seated.run();
            return get("/staff/hall");
        });
        on("POST /staff/hall/next", who -> {
            seated.run();
            return post("/staff/hall/next");
        });
        for (String step : List.of("recall", "skip", "finish")) {
            on("POST /staff/hall/" + step, who -> {
                called.get();
                return post("/staff/hall/" + step);
            }, called);
        }
        on("POST /staff/hall/transfer", who -> {
            called.get();
            return post("/staff/hall/transfer").param("type", "B");
        }, called);
        on("POST /staff/hall/check-in", who -> post("/staff/hall/check-in").param("reference", atTheDoor.get()), atTheDoor);
        on("GET /portal/appointments", who -> get("/portal/appointments"));
        on("POST /portal/appointments", who -> post("/portal/appointments").param("type", "C").param("date", "2026-10-21")
                .param("start", "09:00").param("idempotencyKey", UUID.randomUUID().toString()));
        on("POST /portal/appointments/{id}/cancel", who -> post("/portal/appointments/{id}/cancel", toCancel.get()),
                toCancel);
        on("POST /portal/appointments/{id}/check-in", who -> post("/portal/appointments/{id}/check-in",
                toCheckIn.get()), toCheckIn);
    }

    /**
     * An appointment of applicant A of today: one of the type still booked (left by a request that was answered
     * elsewhere, such as the login page) is cancelled first, as A may hold one of a type a day.
     */
    private static String appointmentOfA(org.onevisit.hall.Appointments appointments, String account, String type,
            java.time.LocalTime start) {
        appointments.mine(account).stream().filter(a -> a.day().equals(TODAY) && a.type().equals(type)
                && a.status() == org.onevisit.hall.AppointmentStatus.BOOKED)
                .forEach(a -> appointments.cancel(a.id(), account));
        return appointments.book(account, type, TODAY, start, null, UUID.randomUUID().toString()).appointment().id();
    }

    /** 预警纠错: a reminder on a review step of SCJG, for its reviewers and chief representative, made afresh once used. */
    private void alerts() {
        Fresh<Long> warning = fresh(() -> {
            String key = "matrix-" + next();
            WatchedClock clock = new WatchedClock(WatchedClock.Watched.STEP, key, "330999-MATRIX-" + key, "个体工商户设立登记",
                    "SCJG", TODAY.plusDays(1), false);
            AlertTimers.raise(context, clock, AlertLevel.WARNING);
            return jdbc.sql("SELECT id FROM supervision_alert WHERE watched_key = ?").param(key).query(Long.class).single();
        });
        on("GET /api/v1/alerts", who -> get("/api/v1/alerts"));
        on("POST /api/v1/alerts/{id}/acknowledgement", who -> post("/api/v1/alerts/{id}/acknowledgement", warning.get()),
                warning);
        on("POST /api/v1/alerts/{id}/answer", who -> json(post("/api/v1/alerts/{id}/answer", warning.get()),
                "{\"version\": 0, \"answer\": \"已出具审查意见\"}"), warning);
        on("GET /staff/alerts", who -> get("/staff/alerts"));
        on("GET /supervision/alerts", who -> get("/supervision/alerts"));
        on("POST /staff/alerts/{id}/acknowledgement", who -> post("/staff/alerts/{id}/acknowledgement", warning.get()),
                warning);
        on("POST /staff/alerts/{id}/answer", who -> post("/staff/alerts/{id}/answer", warning.get()).param("version", "0")
                .param("answer", "已出具审查意见"), warning);
    }

    /**
     * Spot checks of SCJG's delegated decisions in a month that has ended ({@link DelegatedDecisionsOnFile}), opened by
     * the supervisor; and SCJG's demo supervision group.
     */
    private void spotChecks() {
        Fresh<Long> check = fresh(this::spotCheck);
        Fresh<Long> aCheck = read(this::spotCheck);
        Fresh<String> septemberDecision = read(() -> delegatedDecisions.decidedOn(15));
        on("POST /api/v1/spot-checks", who -> {
            septemberDecision.get();
            return json(post("/api/v1/spot-checks"),
                    "{\"department\": \"SCJG\", \"period\": \"" + DelegatedDecisionsOnFile.MONTH + "\"}")
                    .header("Idempotency-Key", "matrix-" + next());
        });
        on("GET /api/v1/spot-checks", who -> get("/api/v1/spot-checks"));
        on("GET /api/v1/spot-checks/{id}", who -> get("/api/v1/spot-checks/{id}", aCheck.get()), aCheck);
        on("GET /api/v1/spot-checks/{id}/verification", who -> get("/api/v1/spot-checks/{id}/verification", aCheck.get()),
                aCheck);
        on("POST /api/v1/spot-checks/{id}/findings", who -> json(post("/api/v1/spot-checks/{id}/findings", check.get()),
                "{\"caseNumber\": \"%s\", \"itemCode\": \"%s\", \"verdict\": \"COMPLIANT\", \"version\": 0}"
                        .formatted(sampled(check.get()).caseNumber(), sampled(check.get()).itemCode())), check);
        on("GET /api/v1/supervision-groups", who -> get("/api/v1/supervision-groups"));
        on("PUT /api/v1/supervision-groups/{department}", who -> json(put("/api/v1/supervision-groups/{d}", "SCJG"),
                "{\"leader\": \"scjg-head\", \"members\": [\"scjg-inspector\"], \"version\": %d}"
                        .formatted(groupVersion())));
        on("GET /supervision/spot-checks", who -> get("/supervision/spot-checks"));
        on("POST /supervision/spot-checks", who -> {
            septemberDecision.get();
            return post("/supervision/spot-checks").param("department", "SCJG").param("period", DelegatedDecisionsOnFile.MONTH)
                    .param("rate", "0.5").param("requestKey", "matrix-" + next());
        });
        on("GET /supervision/spot-checks/{id}", who -> get("/supervision/spot-checks/{id}", aCheck.get()), aCheck);
        on("POST /supervision/spot-checks/{id}/findings", who -> post("/supervision/spot-checks/{id}/findings",
                check.get()).param("caseNumber", sampled(check.get()).caseNumber()).param("itemCode", sampled(check.get()).itemCode()).param("verdict", "COMPLIANT")
                .param("notes", "").param("version", "0"), check);
        on("GET /supervision/groups", who -> get("/supervision/groups"));
        on("POST /supervision/groups/{department}", who -> post("/supervision/groups/{d}", "SCJG")
                .param("leader", "scjg-head").param("members", "scjg-inspector")
                .param("version", String.valueOf(groupVersion())));
    }

    /** How far a correction (纠错) of SCJG's delegated decision has gone. */
    private enum CorrectionStage {
        OPENED, HEARD, PROPOSED, DETERMINED, APPEALED
    }

    /**
     * Corrections of SCJG's delegated decisions, decided by the chief ({@code scjg-chief}, so the official heard and
     * appealing), each opened by a finding of violation in a spot check the supervisor opened, at the stage the action
     * needs.
     */
    private void errorCorrections() {
        Fresh<Long> opened = fresh(() -> errorCorrection(CorrectionStage.OPENED));
        Fresh<Long> heard = fresh(() -> errorCorrection(CorrectionStage.HEARD));
        Fresh<Long> proposed = fresh(() -> errorCorrection(CorrectionStage.PROPOSED));
        Fresh<Long> determined = fresh(() -> errorCorrection(CorrectionStage.DETERMINED));
        Fresh<Long> appealed = fresh(() -> errorCorrection(CorrectionStage.APPEALED));
        Fresh<Long> aCorrection = read(() -> errorCorrection(CorrectionStage.OPENED));
        String conditions = "{\"procedureFollowed\": true, \"noPersonalGain\": true, \"noCollusion\": true,"
                + " \"correctedOnOwnInitiative\": true}";
        on("GET /api/v1/corrections", who -> get("/api/v1/corrections"));
        on("GET /api/v1/corrections/{id}", who -> get("/api/v1/corrections/{id}", aCorrection.get()), aCorrection);
        on("POST /api/v1/corrections/{id}/corrective-decision", who -> json(post(
                "/api/v1/corrections/{id}/corrective-decision", opened.get()), "{\"action\": \"AMEND\", \"approve\": true,"
                + " \"text\": \"矩阵纠正\", \"causeAnalysis\": \"矩阵原因\", \"version\": %d}".formatted(
                        correctionVersion(opened.get()))), opened);
        on("POST /api/v1/corrections/{id}/hearing", who -> json(post("/api/v1/corrections/{id}/hearing", opened.get()),
                "{\"statement\": \"矩阵陈述\", \"version\": %d}".formatted(correctionVersion(opened.get()))), opened);
        on("POST /api/v1/corrections/{id}/excusal-proposal", who -> json(post(
                "/api/v1/corrections/{id}/excusal-proposal", heard.get()), "{\"excuse\": true, \"reasons\": \"矩阵\","
                + " \"version\": %d}".formatted(correctionVersion(heard.get()))), heard);
        on("POST /api/v1/corrections/{id}/determination", who -> json(post("/api/v1/corrections/{id}/determination",
                proposed.get()), ("{\"conditions\": %s, \"matter\": \"矩阵事项\", \"situation\": \"矩阵情形\","
                + " \"result\": \"EXEMPTED\", \"version\": %d}").formatted(conditions, correctionVersion(proposed.get()))),
                proposed);
        on("POST /api/v1/corrections/{id}/appeal", who -> json(post("/api/v1/corrections/{id}/appeal", determined.get()),
                "{\"grounds\": \"矩阵申诉\", \"version\": %d}".formatted(correctionVersion(determined.get()))), determined);
        on("POST /api/v1/corrections/{id}/appeal-decision", who -> json(post("/api/v1/corrections/{id}/appeal-decision",
                appealed.get()), ("{\"conditions\": %s, \"result\": \"EXEMPTED\", \"reasons\": \"维持\","
                + " \"version\": %d}").formatted(conditions, correctionVersion(appealed.get()))), appealed);
        on("GET /supervision/corrections", who -> get("/supervision/corrections"));
        on("GET /supervision/corrections/{id}", who -> get("/supervision/corrections/{id}", aCorrection.get()),
                aCorrection);
        on("POST /supervision/corrections/{id}/corrective-decision", who -> post(
                "/supervision/corrections/{id}/corrective-decision", opened.get()).param("action", "AMEND")
                .param("outcome", "APPROVE").param("text", "矩阵纠正").param("causeAnalysis", "矩阵原因")
                .param("version", String.valueOf(correctionVersion(opened.get()))), opened);
        on("POST /supervision/corrections/{id}/hearing", who -> post("/supervision/corrections/{id}/hearing",
                opened.get()).param("statement", "矩阵陈述").param("version",
                        String.valueOf(correctionVersion(opened.get()))), opened);
        on("POST /supervision/corrections/{id}/excusal-proposal", who -> post(
                "/supervision/corrections/{id}/excusal-proposal", heard.get()).param("excuse", "true")
                .param("reasons", "矩阵").param("version", String.valueOf(correctionVersion(heard.get()))), heard);
        on("POST /supervision/corrections/{id}/determination", who -> post("/supervision/corrections/{id}/determination",
                proposed.get()).param("procedureFollowed", "true").param("noPersonalGain", "true")
                .param("noCollusion", "true").param("correctedOnOwnInitiative", "true").param("matter", "矩阵事项")
                .param("situation", "矩阵情形").param("result", "EXEMPTED")
                .param("version", String.valueOf(correctionVersion(proposed.get()))), proposed);
        on("POST /supervision/corrections/{id}/appeal-decision", who -> post(
                "/supervision/corrections/{id}/appeal-decision", appealed.get()).param("procedureFollowed", "true")
                .param("noPersonalGain", "true").param("noCollusion", "true").param("correctedOnOwnInitiative", "true")
                .param("result", "EXEMPTED").param("reasons", "维持")
                .param("version", String.valueOf(correctionVersion(appealed.get()))), appealed);
        on("GET /staff/corrections", who -> get("/staff/corrections"));
        on("POST /staff/corrections/{id}/hearing", who -> post("/staff/corrections/{id}/hearing", opened.get())
                .param("statement", "矩阵陈述").param("version", String.valueOf(correctionVersion(opened.get()))), opened);
        on("POST /staff/corrections/{id}/appeal", who -> post("/staff/corrections/{id}/appeal", determined.get())
                .param("grounds", "矩阵申诉").param("version", String.valueOf(correctionVersion(determined.get()))),
                determined);
    }

    /** A correction opened by a violation found in a fresh spot check, taken as far as {@code stage}: its id. */
    private long errorCorrection(CorrectionStage stage) {
        long check = spotCheck();
        DecisionKey decision = sampled(check);
        context.getBean(SpotFindings.class).record(check, decision, org.onevisit.supervision.FindingVerdict.VIOLATION, "矩阵：违规", 0,
                "supervisor");
        long id = jdbc.sql("SELECT id FROM supervision_error_correction WHERE check_id = ?").param(check)
                .query(Long.class).single();
        ErrorCorrecting corrections = context.getBean(ErrorCorrecting.class);
        if (stage.compareTo(CorrectionStage.HEARD) >= 0) {
            corrections.hear(id, "矩阵陈述", correctionVersion(id), "scjg-chief");
        }
        if (stage.compareTo(CorrectionStage.PROPOSED) >= 0) {
            corrections.correct(id, ErrorCorrection.Action.AMEND, true, "矩阵纠正", "矩阵原因", correctionVersion(id),
                    "supervisor");
            corrections.propose(id, true, "矩阵", correctionVersion(id), "supervisor");
        }
        if (stage.compareTo(CorrectionStage.DETERMINED) >= 0) {
            corrections.determine(id, new ErrorCorrection.Conditions(true, true, true, true), "矩阵事项", "矩阵情形",
                    ErrorCorrection.ExcusalResult.EXEMPTED, correctionVersion(id), "supervisor");
        }
        if (stage.compareTo(CorrectionStage.APPEALED) >= 0) {
            corrections.appeal(id, "矩阵申诉", correctionVersion(id), "scjg-chief");
        }
        return id;
    }

    private long correctionVersion(long id) {
        return jdbc.sql("SELECT version FROM supervision_error_correction WHERE id = ?").param(id).query(Long.class)
                .single();
    }

    private long spotCheck() {
        delegatedDecisions.decidedOn(15);
        return spotChecks.open("SCJG", DelegatedDecisionsOnFile.MONTH, null, "matrix-" + next(), "supervisor").check().id();
    }

    /** A decision of the check's sample without a finding yet. */
    private DecisionKey sampled(long check) {
        return jdbc.sql("SELECT case_number, item_code FROM supervision_spot_check_decision WHERE check_id = ?"
                + " AND sampled = TRUE AND version = 0 ORDER BY case_number, item_code FETCH FIRST 1 ROWS ONLY").param(check)
                .query((rs, n) -> new DecisionKey(rs.getString("case_number"), rs.getString("item_code"))).single();
    }

    private long groupVersion() {
        return groups.of("SCJG").map(g -> g.version()).orElse(0L);
    }


    // --- 好差评 ------------------------------------------------------------------------------------------

    /** A case of applicant A decided and handed over at the counter: 办结, so A may rate it. */
    private String completed() {
        String number = decided();
        deliveries.readyForPickup(number, "clerk");
        deliveries.handOver(number, "clerk");
        return number;
    }

    /** A completed case that applicant A rated 不满意: its bad rating's id, in the step the action needs. */
    private long badRating() {
        String number = completed();
        String account = logins.loadUserByUsername(applicantA).getUsername();
        return evaluation.rate(number, new Answer(Grade.DISSATISFIED, Set.of(Indicator.EFFICIENCY), "", RatingChannel.PORTAL),
                account).id();
    }

    private long versionOfBadRating(long id) {
        return jdbc.sql("SELECT version FROM evaluation_bad_rating WHERE rating_id = ?").param(id).query(Long.class).single();
    }

    private static MockHttpServletRequestBuilder step(MockHttpServletRequestBuilder request, String text, long version) {
        return json(request, "{\"text\": \"%s\", \"version\": %d}".formatted(text, version));
    }

    private void ratings() {
        Fresh<String> completed = fresh(() -> completed());
        Fresh<String> link = fresh(() -> jdbcToken(completed()));
        Fresh<Long> assigned = fresh(() -> badRating());
        Fresh<Long> calledBack = fresh(() -> {
            long id = badRating();
            badRatings.callBack(id, 0, "已回访", "scjg-chief");
            return id;
        });
        Fresh<Long> fixed = fresh(() -> {
            long id = badRating();
            badRatings.callBack(id, 0, "已回访", "scjg-chief");
            badRatings.fix(id, 1, "已整改", "scjg-chief");
            return id;
        });
        Fresh<Long> appealed = fresh(() -> {
            long id = badRating();
            badRatings.appeal(id, 0, "恶意差评", "scjg-chief");
            return id;
        });
        Fresh<Long> anyBadRating = read(() -> badRating());
        on("POST /api/v1/cases/{number}/rating", who -> json(post("/api/v1/cases/{n}/rating", completed.get()),
                "{\"grade\": \"SATISFIED\"}"), completed);
        on("GET /api/v1/ratings", who -> get("/api/v1/ratings").param("month", TODAY.toString().substring(0, 7)));
        on("GET /api/v1/bad-ratings", who -> get("/api/v1/bad-ratings"), anyBadRating);
        on("POST /api/v1/bad-ratings/{id}/call-back", who -> step(post("/api/v1/bad-ratings/{id}/call-back",
                assigned.get()), "已回访", 0), assigned);
        on("POST /api/v1/bad-ratings/{id}/fix", who -> step(post("/api/v1/bad-ratings/{id}/fix", calledBack.get()),
                "已整改", versionOfBadRating(calledBack.get())), calledBack);
        on("POST /api/v1/bad-ratings/{id}/feedback", who -> step(post("/api/v1/bad-ratings/{id}/feedback", fixed.get()),
                "已整改并告知", versionOfBadRating(fixed.get())), fixed);
        on("POST /api/v1/bad-ratings/{id}/appeal", who -> step(post("/api/v1/bad-ratings/{id}/appeal", assigned.get()),
                "恶意差评", 0), assigned);
        on("POST /api/v1/bad-ratings/{id}/appeal-decision", who -> json(post("/api/v1/bad-ratings/{id}/appeal-decision",
                appealed.get()), "{\"upheld\": false, \"note\": \"不成立\", \"version\": %d}"
                .formatted(versionOfBadRating(appealed.get()))), appealed);
        on("GET /portal/cases/{number}/rating", who -> get("/portal/cases/{n}/rating", completed.get()), completed);
        on("POST /portal/cases/{number}/rating", who -> post("/portal/cases/{n}/rating", completed.get())
                .param("grade", "SATISFIED"), completed);
        on("GET /rate/{token}", who -> get("/rate/{t}", link.get()), link);
        on("POST /rate/{token}", who -> post("/rate/{t}", link.get()).param("grade", "SATISFIED"), link);
        on("GET /staff/counter/rating-pad", who -> get("/staff/counter/rating-pad"));
        on("POST /staff/counter/rating-pad", who -> post("/staff/counter/rating-pad").param("number", completed.get()),
                completed);
        on("GET /staff/bad-ratings", who -> get("/staff/bad-ratings"), anyBadRating);
        on("POST /staff/bad-ratings/{id}/call-back", who -> post("/staff/bad-ratings/{id}/call-back", assigned.get())
                .param("text", "已回访").param("version", "0"), assigned);
        on("POST /staff/bad-ratings/{id}/fix", who -> post("/staff/bad-ratings/{id}/fix", calledBack.get())
                .param("text", "已整改").param("version", Long.toString(versionOfBadRating(calledBack.get()))), calledBack);
        on("POST /staff/bad-ratings/{id}/feedback", who -> post("/staff/bad-ratings/{id}/feedback", fixed.get())
                .param("text", "已整改并告知").param("version", Long.toString(versionOfBadRating(fixed.get()))), fixed);
        on("POST /staff/bad-ratings/{id}/appeal", who -> post("/staff/bad-ratings/{id}/appeal", assigned.get())
                .param("text", "恶意差评").param("version", "0"), assigned);
        on("POST /staff/bad-ratings/{id}/appeal-decision", who -> post("/staff/bad-ratings/{id}/appeal-decision",
                appealed.get()).param("text", "不成立").param("upheld", "false")
                .param("version", Long.toString(versionOfBadRating(appealed.get()))), appealed);
        on("GET /ratings", who -> get("/ratings"));
        // Actuator (ADR 0053): the readiness probe stands for the health's groups; the monitoring account is none of
        // these people, nor is their address (TEST-NET-1) a monitoring network
        on("GET /actuator/health", who -> get("/actuator/health"));
        on("GET /actuator/health/**", who -> get("/actuator/health/readiness"));
        on("GET /actuator/prometheus", who -> get("/actuator/prometheus"));
    }

    /** The token of a rating link to the case, as the counter's pad hands it over. */
    private String jdbcToken(String number) {
        return evaluation.handPad(number, "clerk");
    }

    /** A case whose SCJG review waits for a correction, and the request's id. */
    record Awaited(String caseNumber, long id, @Nullable String fileId) {
    }

    private Awaited correctionRequested() {
        String number = accepted();
        reviewing.decide(taskOf(number), Opinion.CORRECTION, "请补充经营场所使用证明", "scjg-chief", null);
        return new Awaited(number, corrections.ofCase(number).get(0).id(), null);
    }

    private Awaited correctionSupplied() throws Exception {
        Awaited request = correctionRequested();
        StoredFile file = files.store("使用证明.png", new java.io.ByteArrayInputStream(PNG), "matrix");
        String account = logins.loadUserByUsername(applicantA).getUsername();
        supplements.supplyCorrection(request.caseNumber(), request.id(),
                List.of(new CorrectionFile(file.id().toString(), file.originalName(), file.mediaType(), file.size())), "",
                new CounterDecisions.Act(account, Channel.WEB, null));
        return new Awaited(request.caseNumber(), request.id(), file.id().toString());
    }

    /** The correction loop (补正), the case's certificates and decisions, the wallet and the message centre. */
    private void corrections(Fresh<String> aDecidedCase) {
        Fresh<Awaited> awaited = fresh(this::correctionRequested);
        Fresh<Awaited> supplied = read(this::correctionSupplied);
        on("GET /api/v1/cases/{number}/corrections", who -> get("/api/v1/cases/{n}/corrections",
                supplied.get().caseNumber()), supplied);
        on("POST /api/v1/cases/{number}/corrections/{id}", who -> multipart("/api/v1/cases/{n}/corrections/{id}",
                awaited.get().caseNumber(), awaited.get().id())
                .file(new MockMultipartFile("files", "使用证明.png", "image/png", PNG)).param("note", "已补充"), awaited);
        on("GET /api/v1/cases/{number}/corrections/{id}/files/{fileId}", who -> get(
                "/api/v1/cases/{n}/corrections/{id}/files/{f}", supplied.get().caseNumber(), supplied.get().id(),
                supplied.get().fileId()), supplied);
        on("POST /portal/cases/{number}/corrections/{id}", who -> multipart("/portal/cases/{n}/corrections/{id}",
                awaited.get().caseNumber(), awaited.get().id())
                .file(new MockMultipartFile("files", "使用证明.png", "image/png", PNG)), awaited);
        on("GET /api/v1/cases/{number}/certificates", who -> get("/api/v1/cases/{n}/certificates", aDecidedCase.get()),
                aDecidedCase);
        on("GET /portal/cases/{number}/decisions/{code}.pdf", who -> get("/portal/cases/{n}/decisions/{c}.pdf",
                aDecidedCase.get(), ITEM), aDecidedCase);
        on("GET /portal/cases/{number}/certificates/{certificate}.pdf", who -> get(
                "/portal/cases/{n}/certificates/{c}.pdf", aDecidedCase.get(), certificateOf(aDecidedCase.get()).number()),
                aDecidedCase);
        on("GET /api/v1/me/certificates", who -> get("/api/v1/me/certificates"));
        on("GET /api/v1/me/certificates/{number}/pdf", who -> get("/api/v1/me/certificates/{c}/pdf",
                certificateOf(aDecidedCase.get()).number()), aDecidedCase);
        on("GET /portal/certificates", who -> get("/portal/certificates"));
        on("GET /portal/certificates/{number}.pdf", who -> get("/portal/certificates/{c}.pdf",
                certificateOf(aDecidedCase.get()).number()), aDecidedCase);
        on("GET /api/v1/me/messages", who -> get("/api/v1/me/messages"));
        on("GET /portal/messages", who -> get("/portal/messages"));
    }

    /** The administrators' pages of staff, delegations, departments and counters. */
    private void administrationPages() {
        for (String page : List.of("/admin/staff/new", "/admin/delegations", "/admin/departments", "/admin/departments/new",
                "/admin/counters", "/admin/counters/new")) {
            on("GET " + page, who -> get(page));
        }
        on("GET /admin/staff/{username}", who -> get("/admin/staff/{u}", "clerk"));
        on("GET /supervision/dashboard", who -> get("/supervision/dashboard"));
        on("GET /supervision/dashboard/reviews", who -> get("/supervision/dashboard/reviews").param("figure", "RED"));
        on("GET /supervision/dashboard/cases", who -> get("/supervision/dashboard/cases"));
        on("GET /supervision/dashboard/stream", who -> get("/supervision/dashboard/stream"));
        on("GET /supervision/wall", who -> get("/supervision/wall"));
        on("GET /api/v1/supervision/dashboard", who -> get("/api/v1/supervision/dashboard"));
        on("POST /admin/staff/new", who -> post("/admin/staff/new").param("username", "matrix-page-" + next())
                .param("displayName", "新同事").param("departmentCode", "").param("roles", "CLERK").param("password", PASSWORD));
        Fresh<String> edited = fresh(this::freshClerk);
        on("POST /admin/staff/{username}", who -> post("/admin/staff/{u}", edited.get()).param("displayName", "改名同事")
                .param("departmentCode", "").param("roles", "CLERK")
                .param("version", String.valueOf(staff.edition(edited.get()).orElseThrow().version())), edited);
        Fresh<String> chief = fresh(this::freshChief);
        on("POST /admin/delegations", who -> post("/admin/delegations").param("username", chief.get())
                .param("itemCode", "XK-SCJG-003").param("validFrom", TODAY.toString()), chief);
        Fresh<Long> granted = fresh(() -> delegations.grant(freshChief(), new DelegationGrant("XK-SCJG-003", TODAY, null),
                "admin").id());
        on("POST /admin/delegations/{id}/revocation", who -> post("/admin/delegations/{id}/revocation", granted.get())
                .param("reason", "岗位调整"), granted);
        on("GET /admin/departments/{code}", who -> get("/admin/departments/{c}", "SCJG"));
        on("POST /admin/departments/new", who -> post("/admin/departments/new").param("code", "MX" + next())
                .param("name", "矩阵部门").param("nameEn", "Matrix department").param("kind", "DEPARTMENT")
                .param("sector", "OTHER_DEPARTMENT").param("creditCode", TestIdentities.aCreditCode()).param("phone", "12345"));
        on("POST /admin/departments/{code}", who -> {
            HallOrganisation.DepartmentEdition scjg = organisation.department("SCJG").orElseThrow();
            return post("/admin/departments/{c}", "SCJG").param("name", scjg.department().name())
                    .param("nameEn", scjg.department().nameEn()).param("kind", scjg.department().kind().name())
                    .param("sector", scjg.department().sector().name()).param("creditCode", scjg.department().creditCode())
                    .param("phone", scjg.department().phone()).param("version", String.valueOf(scjg.version()));
        });
        on("GET /admin/counters/{number}", who -> get("/admin/counters/{n}", organisation.counters().get(0).number()));
        on("POST /admin/counters/new", who -> post("/admin/counters/new").param("number", "MX" + next())
                .param("name", "矩阵窗口").param("kind", "COMPREHENSIVE").param("departmentCode", ""));
        on("POST /admin/counters/{number}", who -> {
            HallCounter first = organisation.counters().get(0);
            return post("/admin/counters/{n}", first.number()).param("name", first.name()).param("kind", first.kind().name())
                    .param("departmentCode", first.departmentCode() == null ? "" : first.departmentCode())
                    .param("version", String.valueOf(first.version()));
        });
    }

    private void people(Fresh<String> aCase) {
        on("POST /api/v1/applicants", who -> json(post("/api/v1/applicants"), """
                {"kind": "NATURAL_PERSON", "idNumber": "%s", "name": "注册人", "phone": "13700007777", "password": "%s"}"""
                .formatted(TestIdentities.aResidentIdNumber(), PASSWORD)));
        on("GET /api/v1/applicants/me", who -> get("/api/v1/applicants/me"));
        Fresh<String> unverified = fresh(this::unverifiedApplicant);
        on("POST /api/v1/applicants/identity-verifications", who -> json(post("/api/v1/applicants/identity-verifications"),
                "{\"kind\": \"NATURAL_PERSON\", \"idNumber\": \"" + unverified.get() + "\"}"), unverified);
        on("GET /api/v1/me/cases", who -> get("/api/v1/me/cases"));
        Recipe[] passwordChange = new Recipe[1];
        on("POST /api/v1/account/password", who -> ownPasswordChange(passwordChange[0], who));
        passwordChange[0] = recipes.get("POST /api/v1/account/password");
        on("GET /account/password", who -> get("/account/password"));
        // a wrong current password: the form answers beside the field, and nobody's password changes
        on("POST /account/password", who -> post("/account/password").param("currentPassword", "not-the-password")
                .param("newPassword", "Matrix-Changed-2027").param("newPasswordAgain", "Matrix-Changed-2027"));
        on("GET /api/v1/audit/records", who -> get("/api/v1/audit/records").param("subject", "case")
                .param("subjectId", aCase.get()), aCase);
        on("GET /api/v1/audit/verification", who -> get("/api/v1/audit/verification"));
        on("GET /api/v1/audit/checkpoints", who -> get("/api/v1/audit/checkpoints"));
        on("GET /api/v1/staff", who -> get("/api/v1/staff"));
        on("POST /api/v1/staff", who -> json(post("/api/v1/staff"), """
                {"username": "matrix-opened-%d", "displayName": "新同事", "roles": ["CLERK"], "password": "%s"}"""
                .formatted(next(), PASSWORD)));
        on("GET /api/v1/staff/{username}", who -> get("/api/v1/staff/{u}", "clerk"));
        on("POST /api/v1/staff/{username}/password", who -> json(post("/api/v1/staff/{u}/password", PASSWORD_HOLDER),
                "{\"password\": \"" + PASSWORD + "-new\"}"));
        Fresh<String> enabledClerk = fresh(this::freshClerk);
        on("POST /api/v1/staff/{username}/disable", who -> post("/api/v1/staff/{u}/disable", enabledClerk.get()),
                enabledClerk);
        Fresh<String> enabledOnPage = fresh(this::freshClerk);
        on("POST /admin/staff/{username}/disable", who -> post("/admin/staff/{u}/disable", enabledOnPage.get()),
                enabledOnPage);
        Fresh<String> disabledClerk = fresh(this::freshDisabledClerk);
        on("POST /api/v1/staff/{username}/enable", who -> post("/api/v1/staff/{u}/enable", disabledClerk.get()),
                disabledClerk);
        Fresh<String> seated = fresh(this::freshClerk);
        on("POST /admin/staff/{username}/counter", who -> post("/admin/staff/{u}/counter", seated.get())
                .param("counter", "A01"), seated);
        Fresh<String> seatedByApi = fresh(this::freshClerk);
        on("PUT /api/v1/staff/{username}/counter", who -> json(put("/api/v1/staff/{u}/counter", seatedByApi.get()),
                "{\"counter\": \"A02\"}"), seatedByApi);
        on("GET /api/v1/counters", who -> get("/api/v1/counters"));
        on("POST /api/v1/counters", who -> json(post("/api/v1/counters"), """
                {"number": "M%d", "name": "矩阵窗口", "kind": "COMPREHENSIVE"}""".formatted(next())));
        Fresh<String> disabledOnPage = fresh(this::freshDisabledClerk);
        on("POST /admin/staff/{username}/enable", who -> post("/admin/staff/{u}/enable", disabledOnPage.get()),
                disabledOnPage);
        on("GET /api/v1/staff/{username}/delegations", who -> get("/api/v1/staff/{u}/delegations", "scjg-chief"));
        on("GET /api/v1/staff/{username}/delegations/check", who -> get("/api/v1/staff/{u}/delegations/check", "scjg-chief")
                .param("item", ITEM).param("date", TODAY.toString()));
    }

    private void intakeApi(Fresh<String> received, Fresh<String> pledgeable, Fresh<String> preChecked,
            Fresh<String> accepted, Fresh<String> aCase, Fresh<String> anAcceptedCase) {
        on("POST /api/v1/cases", who -> json(post("/api/v1/cases").header("Idempotency-Key", UUID.randomUUID().toString()),
                submission(who)));
        on("GET /api/v1/cases/{number}", who -> get("/api/v1/cases/{n}", aCase.get()), aCase);
        on("POST /api/v1/cases/{number}/acceptance", who -> post("/api/v1/cases/{n}/acceptance", received.get()), received);
        on("POST /api/v1/cases/{number}/deficiency-notice", who -> json(post("/api/v1/cases/{n}/deficiency-notice",
                received.get()), "{\"deficiencies\": [{\"material\": \"M1\", \"problem\": \"申请书未签字\"}]}"), received);
        on("POST /api/v1/cases/{number}/pledge-acceptance", who -> json(post("/api/v1/cases/{n}/pledge-acceptance",
                pledgeable.get()), "{\"pledgeText\": \"本人承诺在期限内补交委托代理人授权委托书。\"}"), pledgeable);
        on("POST /api/v1/cases/{number}/pre-check", who -> json(post("/api/v1/cases/{n}/pre-check", preChecked.get()),
                "{\"note\": \"材料齐全，请携原件到窗口递交\"}"), preChecked);
        on("POST /api/v1/cases/{number}/receipt", who -> post("/api/v1/cases/{n}/receipt", preChecked.get()), preChecked);
        on("POST /api/v1/cases/{number}/refusal", who -> json(post("/api/v1/cases/{n}/refusal", received.get()),
                "{\"reason\": \"不属于本机关职权范围\", \"remedies\": \"可依法申请行政复议\"}"), received);
        on("POST /api/v1/cases/{number}/materials/{key}", who -> json(post("/api/v1/cases/{n}/materials/{k}", received.get(),
                "M1"), "{\"status\": \"PROVIDED\"}"), received);
        on("POST /api/v1/cases/{number}/materials/{key}/files", who -> multipart("/api/v1/cases/{n}/materials/{k}/files",
                received.get(), "M1").file(new MockMultipartFile("file", "申请书.png", "image/png", PNG)), received);
        on("POST /api/v1/cases/{number}/withdrawal", who -> json(post("/api/v1/cases/{n}/withdrawal", received.get()),
                "{\"reason\": \"不再申请\", \"signedRequest\": \"撤回申请 2026-0042\"}"), received);
        on("POST /api/v1/cases/{number}/withdrawal-after-acceptance", who -> json(post(
                "/api/v1/cases/{n}/withdrawal-after-acceptance", accepted.get()),
                "{\"reason\": \"不再申请\", \"signedRequest\": \"撤回申请 2026-0043\"}"), accepted);
        on("GET /api/v1/cases/{number}/documents/{kind}", who -> get("/api/v1/cases/{n}/documents/{k}", anAcceptedCase.get(),
                "receipt"), anAcceptedCase);
        on("GET /api/v1/intake/materials", who -> get("/api/v1/intake/materials").param("item", ITEM));
        on("GET /api/v1/intake/form-fields", who -> get("/api/v1/intake/form-fields").param("bundle", "YJS-BDCJY"));
        on("GET /api/v1/intake/applicant-roles", who -> get("/api/v1/intake/applicant-roles").param("bundle", "YJS-BDCJY"));
        on("GET /api/v1/public/cases/{number}", who -> get("/api/v1/public/cases/{n}", received.get())
                .param("phoneLastFour", A_PHONE.substring(7)), received);
    }

    private void caseworkApi(Fresh<String> accepted, Fresh<String> reviewed, Fresh<Task> openTask, Fresh<Task> suspended,
            Fresh<Task> deemed, Fresh<Long> meeting, Fresh<Long> consultation, Fresh<String> anAcceptedCase,
            Fresh<String> aDecidedCase, Fresh<Long> aMeeting) {
        on("POST /api/v1/cases/{number}/items/{code}/decision", who -> json(post("/api/v1/cases/{n}/items/{c}/decision",
                reviewed.get(), ITEM), "{\"approve\": true}"), reviewed);
        on("POST /api/v1/cases/{number}/items/{code}/decision-on-the-spot", who -> json(post(
                "/api/v1/cases/{n}/items/{c}/decision-on-the-spot", accepted.get(), ITEM), "{}"), accepted);
        on("GET /api/v1/cases/{number}/items/{code}/decision-document", who -> get(
                "/api/v1/cases/{n}/items/{c}/decision-document", aDecidedCase.get(), ITEM), aDecidedCase);
        on("GET /api/v1/cases/{number}/reviews", who -> get("/api/v1/cases/{n}/reviews", anAcceptedCase.get()),
                anAcceptedCase);
        on("POST /api/v1/cases/{number}/termination", who -> json(post("/api/v1/cases/{n}/termination", accepted.get()),
                "{\"reason\": \"申请人隐瞒有关情况\"}"), accepted);
        on("GET /api/v1/casework/inbox", who -> get("/api/v1/casework/inbox").param("department", "SCJG"));
        on("POST /api/v1/reviews/{id}/opinion", who -> json(post("/api/v1/reviews/{id}/opinion", openTask.get().id()),
                "{\"opinion\": \"CONSENT\"}"), openTask);
        on("POST /api/v1/reviews/{id}/late-opinion", who -> json(post("/api/v1/reviews/{id}/late-opinion",
                deemed.get().id()), "{\"opinion\": \"CONSENT\", \"text\": \"同意\"}"), deemed);
        on("POST /api/v1/reviews/{id}/suspension", who -> json(post("/api/v1/reviews/{id}/suspension", openTask.get().id()),
                "{\"reason\": \"EXPERT_REVIEW\", \"note\": \"经营场所需专家评审\"}"), openTask);
        on("POST /api/v1/reviews/{id}/resumption", who -> post("/api/v1/reviews/{id}/resumption", suspended.get().id()),
                suspended);
        on("POST /api/v1/reviews/{id}/extension", who -> json(post("/api/v1/reviews/{id}/extension", openTask.get().id()),
                "{\"approvedBy\": \"局长\", \"reason\": \"情况复杂，需延长审查期限\"}"), openTask);
        on("GET /api/v1/reviews/kpis", who -> get("/api/v1/reviews/kpis").param("month", "2026-10"));
        on("GET /api/v1/reviews/overdue", who -> get("/api/v1/reviews/overdue"));
        on("GET /api/v1/reviews/owed-opinions", who -> get("/api/v1/reviews/owed-opinions"));
        on("GET /api/v1/cases/{number}/consultations", who -> get("/api/v1/cases/{n}/consultations", anAcceptedCase.get()),
                anAcceptedCase);
        on("POST /api/v1/cases/{number}/consultations", who -> json(post("/api/v1/cases/{n}/consultations", accepted.get()),
                "{\"question\": \"经营场所是否涉及税务登记事项？\", \"replyBy\": \"2026-10-23\", \"departments\": [\"SWJ\"]}"),
                accepted);
        on("POST /api/v1/consultations/{id}/replies", who -> json(post("/api/v1/consultations/{id}/replies",
                consultation.get()), "{\"reply\": \"不涉及\"}"), consultation);
        on("GET /api/v1/cases/{number}/meetings", who -> get("/api/v1/cases/{n}/meetings", anAcceptedCase.get()),
                anAcceptedCase);
        on("POST /api/v1/cases/{number}/meetings", who -> json(post("/api/v1/cases/{n}/meetings", accepted.get()), """
                {"kind": "JOINT_REVIEW", "at": "2026-10-26T02:00:00Z", "place": "三楼会商室", "departments": ["SCJG", "ZJJ"]}"""),
                accepted);
        on("POST /api/v1/meetings/{id}/attendance", who -> json(post("/api/v1/meetings/{id}/attendance", meeting.get()),
                "{\"attended\": true, \"opinion\": \"同意\"}"), meeting);
        on("POST /api/v1/meetings/{id}/closing", who -> post("/api/v1/meetings/{id}/closing", meeting.get()), meeting);
        on("GET /api/v1/meetings/{id}/minutes", who -> get("/api/v1/meetings/{id}/minutes", aMeeting.get()), aMeeting);
    }

    private void resultsApi(Fresh<String> decided, Fresh<String> pickupReady, Fresh<Certificate> certificate,
            Fresh<String> aDecidedCase, Fresh<Shipped> shipped) {
        on("GET /api/v1/cases/{number}/delivery", who -> get("/api/v1/cases/{n}/delivery", aDecidedCase.get()), aDecidedCase);
        on("POST /api/v1/cases/{number}/delivery/express", who -> json(post("/api/v1/cases/{n}/delivery/express",
                decided.get()), """
                {"recipient": "矩阵甲", "phone": "%s", "address": "示例市滨江路 1 号", "carrier": "顺丰速运",
                 "trackingNumber": "%s"}""".formatted(A_PHONE, trackingNumber())), decided);
        on("POST /api/v1/cases/{number}/delivery/pickup", who -> post("/api/v1/cases/{n}/delivery/pickup", decided.get()),
                decided);
        on("POST /api/v1/cases/{number}/delivery/pickup/confirmation", who -> post(
                "/api/v1/cases/{n}/delivery/pickup/confirmation", pickupReady.get()), pickupReady);
        on("POST /api/v1/cases/{number}/delivery/release", who -> post("/api/v1/cases/{n}/delivery/release", decided.get()),
                decided);
        on("POST /api/v1/delivery/callbacks/{carrier}", who -> {
            byte[] body = ("{\"trackingNumber\": \"" + shipped.get().trackingNumber() + "\", \"status\": \"IN_TRANSIT\"}")
                    .getBytes(StandardCharsets.UTF_8);
            return post("/api/v1/delivery/callbacks/{c}", "sf").contentType(MediaType.APPLICATION_JSON).content(body)
                    .header("X-Signature", CallbackSignature.of(CALLBACK_SECRET).sign(body));
        }, shipped);
        Fresh<Certificate> issued = read(() -> certificateOf(aDecidedCase.get()));
        on("GET /api/v1/certificates/public-key", who -> get("/api/v1/certificates/public-key"));
        on("GET /api/v1/certificates/{number}", who -> get("/api/v1/certificates/{c}", issued.get().number()), issued);
        on("GET /api/v1/certificates/verification", who -> get("/api/v1/certificates/verification")
                .param("data", CertificateVerifier.qrData(issued.get())), issued);
        on("POST /api/v1/certificates/verification", who -> json(post("/api/v1/certificates/verification"),
                verificationBody(issued.get())), issued);
        on("GET /api/v1/certificates/{number}/pdf", who -> get("/api/v1/certificates/{c}/pdf", issued.get().number()), issued);
        on("POST /api/v1/certificates/{number}/revocation", who -> json(post("/api/v1/certificates/{c}/revocation",
                certificate.get().number()), "{\"reason\": \"以欺骗手段取得许可，依法撤销\"}"), certificate);
    }

    private void administration(Fresh<DraftYear> draftYear, Fresh<String> item, Fresh<String> listed,
            Fresh<Long> delegation, Fresh<String> chiefWithout) {
        on("GET /api/v1/bad-credit", who -> get("/api/v1/bad-credit"));
        on("POST /api/v1/bad-credit", who -> json(post("/api/v1/bad-credit"),
                "{\"identifier\": \"" + TestIdentities.aResidentIdNumber() + "\", \"reason\": \"虚假承诺\"}"));
        on("DELETE /api/v1/bad-credit/{identifier}", who -> delete("/api/v1/bad-credit/{id}", listed.get()), listed);
        on("GET /api/v1/bundles", who -> get("/api/v1/bundles"));
        on("GET /api/v1/bundles/{code}", who -> get("/api/v1/bundles/{c}", "YJS-BDCJY"));
        on("GET /api/v1/departments", who -> get("/api/v1/departments"));
        on("GET /api/v1/items", who -> get("/api/v1/items").param("q", "营业执照"));
        on("GET /api/v1/items/{code}", who -> get("/api/v1/items/{c}", ITEM));
        on("GET /api/v1/items/{code}/versions", who -> get("/api/v1/items/{c}/versions", ITEM));
        on("POST /api/v1/items", who -> json(post("/api/v1/items"),
                "{\"code\": \"" + freshItemCode() + "\", \"item\": " + itemJson() + "}"));
        on("POST /api/v1/items/{code}/versions", who -> json(post("/api/v1/items/{c}/versions", MATRIX_ITEM),
                "{\"basedOn\": " + catalog.item(MATRIX_ITEM).version() + ", \"item\": " + itemJson() + "}"));
        on("POST /api/v1/items/{code}/retire", who -> json(post("/api/v1/items/{c}/retire", item.get()),
                "{\"basedOn\": 1, \"reason\": \"职能调整\"}"), item);
        on("GET /api/v1/catalog/export", who -> get("/api/v1/catalog/export").param("format", "yaml"));
        on("POST /api/v1/catalog/import", who -> multipart("/api/v1/catalog/import").file(catalogFile()));
        on("GET /api/v1/calendar/deadline", who -> get("/api/v1/calendar/deadline").param("from", TODAY.toString())
                .param("workingDays", "5"));
        on("GET /api/v1/calendar/working-day", who -> get("/api/v1/calendar/working-day").param("date", TODAY.toString()));
        on("GET /api/v1/calendar/working-days", who -> get("/api/v1/calendar/working-days").param("from", "2026-10-01")
                .param("to", "2026-10-31"));
        on("GET /api/v1/calendar/years", who -> get("/api/v1/calendar/years"));
        on("GET /api/v1/calendar/years/{year}", who -> get("/api/v1/calendar/years/{y}", 2026));
        on("POST /api/v1/calendar/years", who -> {
            int year = freshYear();
            return json(post("/api/v1/calendar/years"), "{\"year\": " + year + ", \"noticeTitle\": \"国务院办公厅关于" + year
                    + "年部分节假日安排的通知\"}");
        });
        on("PUT /api/v1/calendar/years/{year}/days/{date}", who -> json(put("/api/v1/calendar/years/{y}/days/{d}",
                draftYear.get().year(), draftYear.get().year() + "-10-01"),
                "{\"kind\": \"HOLIDAY\", \"name\": \"国庆节\", \"version\": " + draftYear.get().version() + "}"), draftYear);
        on("DELETE /api/v1/calendar/years/{year}/days/{date}", who -> delete("/api/v1/calendar/years/{y}/days/{d}",
                draftYear.get().year(), draftYear.get().day()).param("version", String.valueOf(draftYear.get().version())),
                draftYear);
        on("POST /api/v1/calendar/years/{year}/publication", who -> json(post("/api/v1/calendar/years/{y}/publication",
                draftYear.get().year()), "{\"version\": " + draftYear.get().version() + "}"), draftYear);
        on("POST /api/v1/staff/{username}/delegations", who -> json(post("/api/v1/staff/{u}/delegations",
                chiefWithout.get()), "{\"itemCode\": \"XK-SCJG-003\", \"validFrom\": \"" + TODAY + "\"}"), chiefWithout);
        on("POST /api/v1/delegations/{id}/revocation", who -> json(post("/api/v1/delegations/{id}/revocation",
                delegation.get()), "{\"reason\": \"岗位调整\"}"), delegation);
    }

    private void publicPages() {
        for (String page : List.of("/", "/bundles", "/calendar", "/catalog", "/certificates/verify", "/login", "/register",
                "/status", "/staff", "/portal", "/portal/cases", "/portal/cases/new", "/supervision/audit", "/admin",
                "/admin/bad-credit", "/admin/calendar", "/admin/staff", "/admin/catalog", "/admin/catalog/import", "/admin/catalog/items/new",
                "/staff/counter", "/staff/counter/new", "/staff/deliveries", "/staff/meetings")) {
            on("GET " + page, who -> get(page));
        }
        on("GET /bundles/{code}", who -> get("/bundles/{c}", "YJS-BDCJY"));
        on("GET /catalog/items/{code}", who -> get("/catalog/items/{c}", ITEM));
        on("POST /register", who -> post("/register").param("kind", "NATURAL_PERSON")
                .param("idNumber", TestIdentities.aResidentIdNumber()).param("name", "注册人").param("phone", "13700007777")
                .param("password", PASSWORD).param("passwordAgain", PASSWORD));
        Fresh<String> looked = fresh(this::received);
        on("POST /status", who -> post("/status").param("caseNumber", looked.get()).param("lastFour", A_PHONE.substring(7)),
                looked);
        on("GET /staff/reviews", who -> get("/staff/reviews").param("department", "SCJG"));
        // the consent page of the apps' token login: for whoever is signed in (the authorization endpoint leads there)
        on("GET /oauth2/consent", who -> get("/oauth2/consent").param("client_id", "onevisit-app")
                .param("scope", "cases offline_access").param("state", "matrix-state"));
    }

    private void counterPages(Fresh<String> received, Fresh<String> pledgeable, Fresh<String> preChecked,
            Fresh<String> aCase) {
        on("GET /staff/counter/search", who -> get("/staff/counter/search").param("q", "个体工商户"));
        on("GET /staff/counter/missing", who -> get("/staff/counter/missing").param("shownSubject", ITEM)
                .param("material_M1", "PROVIDED"));
        on("GET /staff/counter/open", who -> get("/staff/counter/open").param("number", aCase.get()), aCase);
        on("GET /staff/counter/cases/{number}", who -> get("/staff/counter/cases/{n}", aCase.get()), aCase);
        on("POST /staff/counter/new", who -> newCaseAtCounterForm());
        on("POST /staff/counter/applicant-cases", who -> post("/staff/counter/applicant-cases").param("identifier", idOfA));
        // leaving one's counter (none before): the route is tried without moving the clerk the other stories use
        on("POST /staff/counter/seat", who -> post("/staff/counter/seat").param("counter", ""));
        on("GET /staff/identity-verifications", who -> get("/staff/identity-verifications"));
        on("POST /staff/identity-verifications/lookup", who -> post("/staff/identity-verifications/lookup")
                .param("lookup", idOfA));
        Fresh<String> toVerify = fresh(this::unverifiedApplicant);
        on("POST /staff/identity-verifications", who -> post("/staff/identity-verifications")
                .param("account", unverifiedPrincipals.get(toVerify.get())).param("identifier", toVerify.get())
                .param("seen", "on"), toVerify);
        on("POST /staff/counter/cases/{number}/accept", who -> post("/staff/counter/cases/{n}/accept", received.get()),
                received);
        on("POST /staff/counter/cases/{number}/notice", who -> post("/staff/counter/cases/{n}/notice", received.get())
                .param("problem_M1", "申请书未签字"), received);
        on("POST /staff/counter/cases/{number}/pledge", who -> post("/staff/counter/cases/{n}/pledge", pledgeable.get())
                .param("signed", "true"), pledgeable);
        on("POST /staff/counter/cases/{number}/refuse", who -> post("/staff/counter/cases/{n}/refuse", received.get())
                .param("reason", "不属于本机关职权范围").param("remedies", "可依法申请行政复议"), received);
        on("POST /staff/counter/cases/{number}/materials/{key}", who -> post("/staff/counter/cases/{n}/materials/{k}",
                received.get(), "M1").param("status", "PROVIDED"), received);
        on("POST /staff/counter/cases/{number}/pre-check", who -> post("/staff/counter/cases/{n}/pre-check",
                preChecked.get()).param("remark_M1", "请加盖公章").param("note", "补齐后到窗口递交"), preChecked);
        on("POST /staff/counter/cases/{number}/receive", who -> post("/staff/counter/cases/{n}/receive", preChecked.get()),
                preChecked);
    }

    private void portalPages(Fresh<String> received, Fresh<String> aCase, Fresh<String> anAcceptedCase) {
        on("POST /portal/cases", who -> multipart("/portal/cases").file(new MockMultipartFile("file_M1", "申请书.png",
                "image/png", PNG)).param("subject", ITEM).param("idempotencyKey", UUID.randomUUID().toString()));
        on("GET /portal/cases/{number}", who -> get("/portal/cases/{n}", aCase.get()), aCase);
        on("GET /portal/cases/{number}/withdraw", who -> get("/portal/cases/{n}/withdraw", received.get()), received);
        on("POST /portal/cases/{number}/materials/{key}", who -> multipart("/portal/cases/{n}/materials/{k}", received.get(),
                "M1").file(new MockMultipartFile("file", "申请书.png", "image/png", PNG)), received);
        on("POST /portal/cases/{number}/withdraw", who -> post("/portal/cases/{n}/withdraw", received.get())
                .param("reason", "不再申请"), received);
        on("GET /cases/{number}/documents/{kind}.pdf", who -> get("/cases/{n}/documents/{k}.pdf", anAcceptedCase.get(),
                "receipt"), anAcceptedCase);
    }

    private void staffPages(Fresh<String> accepted, Fresh<String> reviewed, Fresh<String> decided,
            Fresh<String> pickupReady, Fresh<Task> openTask, Fresh<Task> suspended, Fresh<Task> deemed,
            Fresh<String> anAcceptedCase, Fresh<Long> meeting) {
        on("POST /staff/deliveries/{number}/express", who -> expressForm(post("/staff/deliveries/{n}/express",
                decided.get()), trackingNumber()), decided);
        on("POST /staff/deliveries/{number}/pickup", who -> post("/staff/deliveries/{n}/pickup", decided.get()), decided);
        on("POST /staff/deliveries/{number}/handover", who -> post("/staff/deliveries/{n}/handover", pickupReady.get()),
                pickupReady);
        on("POST /staff/deliveries/{number}/release", who -> post("/staff/deliveries/{n}/release", decided.get()), decided);
        on("POST /staff/meetings", who -> post("/staff/meetings").param("caseNumber", accepted.get())
                .param("kind", "JOINT_REVIEW").param("at", "2026-10-26T10:00").param("place", "三楼会商室")
                .param("departments", "SCJG", "ZJJ"), accepted);
        on("GET /staff/meetings/{id}", who -> get("/staff/meetings/{id}", meeting.get()), meeting);
        on("POST /staff/meetings/{id}/attendance", who -> post("/staff/meetings/{id}/attendance", meeting.get())
                .param("department", "SCJG").param("attended", "true").param("opinion", "同意"), meeting);
        on("POST /staff/meetings/{id}/closing", who -> post("/staff/meetings/{id}/closing", meeting.get()), meeting);
        on("GET /staff/reviews/cases/{number}", who -> get("/staff/reviews/cases/{n}", anAcceptedCase.get()), anAcceptedCase);
        on("POST /staff/reviews/cases/{number}/tasks/{id}/opinion", who -> post("/staff/reviews/cases/{n}/tasks/{id}/opinion",
                openTask.get().caseNumber(), openTask.get().id()).param("opinion", "CONSENT").param("text", "")
                .param("version", String.valueOf(versionOf(openTask.get()))), openTask);
        on("POST /staff/reviews/cases/{number}/tasks/{id}/late-opinion", who -> post(
                "/staff/reviews/cases/{n}/tasks/{id}/late-opinion", deemed.get().caseNumber(), deemed.get().id())
                .param("opinion", "CONSENT").param("text", "同意"), deemed);
        on("POST /staff/reviews/cases/{number}/tasks/{id}/resumption", who -> post(
                "/staff/reviews/cases/{n}/tasks/{id}/resumption", suspended.get().caseNumber(), suspended.get().id()),
                suspended);
        on("POST /staff/reviews/cases/{number}/tasks/{id}/extension", who -> post(
                "/staff/reviews/cases/{n}/tasks/{id}/extension", openTask.get().caseNumber(), openTask.get().id())
                .param("approvedBy", "局长").param("reason", "情况复杂，需延长审查期限"), openTask);
        on("POST /staff/reviews/cases/{number}/items/{code}/decision", who -> post(
                "/staff/reviews/cases/{n}/items/{c}/decision", reviewed.get(), ITEM).param("approve", "true")
                .param("reasons", "").param("confirmed", "true"), reviewed);
        on("POST /staff/reviews/cases/{number}/items/{code}/decision-on-the-spot", who -> post(
                "/staff/reviews/cases/{n}/items/{c}/decision-on-the-spot", accepted.get(), ITEM).param("confirmed", "true"),
                accepted);
    }

    private void adminPages(Fresh<DraftYear> draftYear, Fresh<String> item) {
        on("POST /admin/bad-credit", who -> post("/admin/bad-credit").param("identifier", TestIdentities.aResidentIdNumber())
                .param("reason", "虚假承诺"));
        on("POST /admin/calendar/years", who -> {
            int year = freshYear();
            return post("/admin/calendar/years").param("year", String.valueOf(year))
                    .param("noticeTitle", "国务院办公厅关于" + year + "年部分节假日安排的通知");
        });
        on("POST /admin/calendar/{year}/days", who -> post("/admin/calendar/{y}/days", draftYear.get().year())
                .param("date", draftYear.get().year() + "-10-01").param("kind", "HOLIDAY").param("name", "国庆节")
                .param("version", String.valueOf(draftYear.get().version())), draftYear);
        on("POST /admin/calendar/{year}/days/{date}/remove", who -> post("/admin/calendar/{y}/days/{d}/remove",
                draftYear.get().year(), draftYear.get().day()).param("version", String.valueOf(draftYear.get().version())),
                draftYear);
        on("POST /admin/calendar/{year}/publish", who -> post("/admin/calendar/{y}/publish", draftYear.get().year())
                .param("version", String.valueOf(draftYear.get().version())), draftYear);
        on("POST /admin/catalog/import", who -> multipart("/admin/catalog/import").file(catalogFile()));
        on("POST /admin/catalog/items/new", who -> itemForm(post("/admin/catalog/items/new"), 0)
                .param("code", freshItemCode()));
        on("GET /admin/catalog/items/{code}", who -> get("/admin/catalog/items/{c}", MATRIX_ITEM));
        on("POST /admin/catalog/items/{code}", who -> itemForm(post("/admin/catalog/items/{c}", MATRIX_ITEM),
                catalog.item(MATRIX_ITEM).version()));
        on("POST /admin/catalog/items/{code}/retire", who -> post("/admin/catalog/items/{c}/retire", item.get())
                .param("basedOn", "1").param("reason", "职能调整"), item);
    }

    // --- complaints (投诉) ------------------------------------------------------------------------------

    /** A complaint applicant A made online, received. */
    private String complaintOfA() {
        String account = logins.loadUserByUsername(applicantA).getUsername();
        return complaints.file(new NewComplaint(ComplaintChannel.PORTAL, ComplaintCategory.SERVICE_EFFICIENCY,
                "矩阵投诉：办理太慢", null, null, null, UUID.randomUUID().toString()), account).complaint().number();
    }

    private String complaintAccepted() {
        String number = complaintOfA();
        complaintHandling.accept(number, 0, "supervisor");
        return number;
    }

    /** Applicant A's complaint, routed to SCJG. */
    private String complaintRouted() {
        String number = complaintAccepted();
        complaintHandling.route(number, 1, "SCJG", "supervisor");
        return number;
    }

    private String complaintAnswered() {
        String number = complaintRouted();
        complaintHandling.answer(number, 2, "已核查整改", "scjg-chief");
        return number;
    }

    private static String complaintBody(Who who) {
        if (who.applicant()) {
            return "{\"channel\": \"PORTAL\", \"category\": \"OTHER\", \"text\": \"矩阵网上投诉\"}";
        }
        if (who == Who.HOTLINE) {
            return """
                    {"channel": "HOTLINE_12345", "category": "OTHER", "text": "矩阵热线转办", "referral": "12345-%s",
                     "complainant": {"anonymous": false, "name": "矩阵来电人", "phone": "13600007777"}}"""
                    .formatted(UUID.randomUUID());
        }
        String channel = who == Who.CLERK ? "COUNTER" : "LETTER";
        return """
                {"channel": "%s", "category": "OTHER", "text": "矩阵投诉", "complainant": {"anonymous": false,
                 "name": "矩阵来信人", "phone": "13600009999"}}""".formatted(channel);
    }

    /** 绩效考核: this month's assessment, by department, by official and as a report. */
    /** 邮寄收件: a mail item registered by the counter, made afresh once used; its case made from it under a key. */
    private void postal() {
        org.onevisit.postal.PostalItems postal = context.getBean(org.onevisit.postal.PostalItems.class);
        Make<Long> registered = () -> postal.register(new org.onevisit.postal.NewMailItem(
                org.onevisit.postal.TrackingNumbers.anEmsNumber(), "中国邮政EMS",
                new org.onevisit.postal.Sender("矩阵邮寄", A_PHONE, "示例市滨江路 2 号"), TODAY, ITEM, ""), "clerk").id();
        Fresh<Long> item = fresh(registered);
        Fresh<Long> anItem = read(registered);
        String materials = all.keySet().stream().map(k -> "\"" + k + "\": \"PROVIDED\"").collect(Collectors.joining(", "));
        on("POST /api/v1/postal-items", who -> json(post("/api/v1/postal-items"), """
                {"trackingNumber": "%s", "carrier": "中国邮政EMS", "sender": {"name": "矩阵邮寄", "phone": "%s",
                 "address": "示例市滨江路 2 号"}, "appliedFor": "%s"}""".formatted(org.onevisit.postal.TrackingNumbers.anEmsNumber(),
                A_PHONE, ITEM)));
        on("GET /api/v1/postal-items", who -> get("/api/v1/postal-items").param("state", "REGISTERED"));
        on("GET /api/v1/postal-items/{id}", who -> get("/api/v1/postal-items/{id}", anItem.get()), anItem);
        on("POST /api/v1/postal-items/{id}/case", who -> json(post("/api/v1/postal-items/{id}/case", item.get())
                .header("Idempotency-Key", UUID.randomUUID().toString()), """
                {"item": "%s", "applicant": {"kind": "NATURAL_PERSON", "idNumber": "%s", "name": "矩阵邮寄", "phone": "%s"},
                 "materials": {%s}}""".formatted(ITEM, TestIdentities.aResidentIdNumber(), A_PHONE, materials)), item);
        on("POST /api/v1/postal-items/{id}/return", who -> json(post("/api/v1/postal-items/{id}/return", item.get()),
                "{\"reason\": \"不属于本中心受理事项\"}"), item);
        on("GET /staff/postal", who -> get("/staff/postal"));
        on("GET /staff/postal/new", who -> get("/staff/postal/new"));
        on("POST /staff/postal/new", who -> post("/staff/postal/new").param("trackingNumber",
                org.onevisit.postal.TrackingNumbers.anEmsNumber()).param("carrier", "中国邮政EMS").param("senderName", "矩阵邮寄")
                .param("senderPhone", A_PHONE).param("senderAddress", "示例市滨江路 2 号").param("receivedOn", TODAY.toString())
                .param("appliedFor", ITEM));
        on("GET /staff/postal/{id}", who -> get("/staff/postal/{id}", anItem.get()).param("subject", ITEM), anItem);
        on("POST /staff/postal/{id}/case", who -> {
            var form = multipart("/staff/postal/{id}/case", item.get()).param("subject", ITEM)
                    .param("idempotencyKey", UUID.randomUUID().toString()).param("kind", "NATURAL")
                    .param("identifier", TestIdentities.aResidentIdNumber()).param("name", "矩阵邮寄").param("phone", A_PHONE);
            all.keySet().forEach(k -> form.param("status_" + k, "PROVIDED"));
            return form;
        }, item);
        on("POST /staff/postal/{id}/return", who -> post("/staff/postal/{id}/return", item.get())
                .param("reason", "不属于本中心受理事项"), item);
    }

    private void assessment() {
        String month = TODAY.toString().substring(0, 7);
        on("GET /api/v1/assessment", who -> get("/api/v1/assessment").param("period", month));
        on("GET /api/v1/assessment/officials", who -> get("/api/v1/assessment/officials").param("period", month));
        on("GET /api/v1/assessment/report", who -> get("/api/v1/assessment/report").param("period", month)
                .param("format", "xlsx"));
        on("GET /evaluation/assessment", who -> get("/evaluation/assessment").param("period", month));
    }

    private void complaints() {
        Fresh<String> received = fresh(this::complaintOfA);
        Fresh<String> accepted = fresh(this::complaintAccepted);
        Fresh<String> routed = fresh(this::complaintRouted);
        Fresh<String> answered = fresh(this::complaintAnswered);
        Fresh<String> shown = read(this::complaintRouted);
        on("POST /api/v1/complaints", who -> json(post("/api/v1/complaints"), complaintBody(who))
                .header("Idempotency-Key", UUID.randomUUID().toString()));
        on("GET /api/v1/complaints", who -> get("/api/v1/complaints"));
        on("GET /api/v1/complaints/{number}", who -> get("/api/v1/complaints/{n}", shown.get()), shown);
        on("POST /api/v1/complaints/{number}/acceptance", who -> json(post("/api/v1/complaints/{n}/acceptance",
                received.get()), "{\"version\": 0}"), received);
        on("POST /api/v1/complaints/{number}/refusal", who -> json(post("/api/v1/complaints/{n}/refusal",
                received.get()), "{\"version\": 0, \"reason\": \"不属于投诉受理范围\"}"), received);
        on("POST /api/v1/complaints/{number}/routing", who -> json(post("/api/v1/complaints/{n}/routing",
                accepted.get()), "{\"version\": 1, \"department\": \"SCJG\"}"), accepted);
        on("POST /api/v1/complaints/{number}/answer", who -> json(post("/api/v1/complaints/{n}/answer",
                routed.get()), "{\"version\": 2, \"text\": \"已核查整改\"}"), routed);
        on("POST /api/v1/complaints/{number}/closure", who -> json(post("/api/v1/complaints/{n}/closure",
                answered.get()), "{\"version\": 3, \"result\": \"投诉属实，已整改\"}"), answered);
        on("GET /portal/complaints", who -> get("/portal/complaints"));
        on("GET /portal/complaints/new", who -> get("/portal/complaints/new"));
        on("POST /portal/complaints", who -> post("/portal/complaints").param("category", "OTHER")
                .param("text", "矩阵页面投诉").param("idempotencyKey", UUID.randomUUID().toString()));
        on("GET /portal/complaints/{number}", who -> get("/portal/complaints/{n}", shown.get()), shown);
        on("GET /staff/counter/complaints/new", who -> get("/staff/counter/complaints/new"));
        on("POST /staff/counter/complaints/new", who -> post("/staff/counter/complaints/new").param("category", "OTHER")
                .param("text", "窗口当面投诉").param("name", "窗口投诉人").param("phone", "13600008888")
                .param("idempotencyKey", UUID.randomUUID().toString()));
        on("GET /staff/complaints", who -> get("/staff/complaints"));
        on("GET /staff/complaints/{number}", who -> get("/staff/complaints/{n}", shown.get()), shown);
        on("POST /staff/complaints/{number}/answer", who -> post("/staff/complaints/{n}/answer", routed.get())
                .param("version", "2").param("text", "已核查整改"), routed);
        on("GET /supervision/complaints", who -> get("/supervision/complaints"));
        on("GET /supervision/complaints/{number}", who -> get("/supervision/complaints/{n}", shown.get()), shown);
        on("POST /supervision/complaints/{number}/accept", who -> post("/supervision/complaints/{n}/accept",
                received.get()).param("version", "0"), received);
        on("POST /supervision/complaints/{number}/refuse", who -> post("/supervision/complaints/{n}/refuse",
                received.get()).param("version", "0").param("reason", "不属于投诉受理范围"), received);
        on("POST /supervision/complaints/{number}/route", who -> post("/supervision/complaints/{n}/route",
                accepted.get()).param("version", "1").param("department", "SCJG"), accepted);
        on("POST /supervision/complaints/{number}/close", who -> post("/supervision/complaints/{n}/close",
                answered.get()).param("version", "3").param("result", "投诉属实，已整改"), answered);
    }

    /** Messages (ADR 0045, 0046): an applicant's settings, and the dead letters an administrator retries or discards. */
    private void messages() {
        on("GET /api/v1/me/message-preferences", who -> get("/api/v1/me/message-preferences"));
        on("PUT /api/v1/me/message-preferences", who -> json(put("/api/v1/me/message-preferences"),
                "{\"bySms\": true, \"byEmail\": false, \"switchedOff\": []}"));
        on("GET /portal/message-preferences", who -> get("/portal/message-preferences"));
        on("POST /portal/message-preferences", who -> post("/portal/message-preferences").param("bySms", "true")
                .param("language", "zh").param("on", "pre-check", "pledge-reminder", "rating"));
        Fresh<Long> dead = fresh(this::deadLetter);
        on("GET /api/v1/admin/message-deliveries", who -> get("/api/v1/admin/message-deliveries"));
        on("POST /api/v1/admin/message-deliveries/{id}/retry", who -> post("/api/v1/admin/message-deliveries/{id}/retry",
                dead.get()), dead);
        on("POST /api/v1/admin/message-deliveries/{id}/discard", who -> post(
                "/api/v1/admin/message-deliveries/{id}/discard", dead.get()), dead);
        on("GET /admin/messages", who -> get("/admin/messages"));
        on("POST /admin/messages/{id}/retry", who -> post("/admin/messages/{id}/retry", dead.get()), dead);
        on("POST /admin/messages/{id}/discard", who -> post("/admin/messages/{id}/discard", dead.get()), dead);
    }

    /** A message to a phone of no account whose delivery was given up (set so directly): its delivery's id. */
    private long deadLetter() {
        String subject = "matrix-message-" + next();
        context.getBean(org.onevisit.notification.Notifications.class).text("13600009876", subject,
                org.onevisit.notification.TextMessage.REFUSED, java.util.Map.of("subject", "矩阵事项", "number", subject));
        long id = jdbc.sql("""
                SELECT d.id FROM notification_delivery d JOIN notification_message m ON m.id = d.message_id
                 WHERE m.subject_id = ?""").param(subject).query(Long.class).single();
        jdbc.sql("UPDATE notification_delivery SET state = 'DEAD', attempts = 6, last_error = 'matrix' WHERE id = ?")
                .param(id).update();
        return id;
    }

    /**
     * 自助终端: the kiosk's screens are open to anyone; reading an ID card, a pre-check and taking a ticket need an
     * enrolled kiosk (a device cookie, no role), so every person is refused them in a browser that is none; enrolment
     * is the administrator's.
     */
    private void kiosk() {
        for (String page : List.of("/kiosk", "/kiosk/items", "/kiosk/ticket", "/kiosk/status", "/kiosk/me")) {
            on("GET " + page, who -> get(page));
        }
        on("GET /kiosk/items/{code}", who -> get("/kiosk/items/{c}", ITEM));
        on("POST /kiosk/end", who -> post("/kiosk/end"));
        on("POST /kiosk/status/scan", who -> post("/kiosk/status/scan").param("scanned",
                "http://localhost:8080/status?case=330999-20261019-00001"));
        Fresh<String> looked = fresh(this::received);
        on("POST /kiosk/status", who -> post("/kiosk/status").param("caseNumber", looked.get())
                .param("lastFour", A_PHONE.substring(7)), looked);
        on("POST /kiosk/status/print", who -> post("/kiosk/status/print"));
        on("POST /kiosk/identify", who -> post("/kiosk/identify"));
        on("POST /kiosk/me/cases/{number}/print", who -> post("/kiosk/me/cases/{n}/print", "330999-20261019-00001"));
        on("GET /kiosk/precheck/{item}", who -> get("/kiosk/precheck/{i}", ITEM));
        on("POST /kiosk/precheck/{item}", who -> post("/kiosk/precheck/{i}", ITEM).param("phone", "13912345678"));
        on("GET /admin/kiosks", who -> get("/admin/kiosks"));
        on("POST /admin/kiosks", who -> post("/admin/kiosks").param("device", "KIOSK-01"));
        // 取号 at the kiosk: an enrolled kiosk only, so that the queue is not flooded from the internet
        on("POST /kiosk/ticket", who -> post("/kiosk/ticket").param("type", "A").param("token", "none"));
        on("POST /kiosk/ticket/check-in", who -> post("/kiosk/ticket/check-in").param("appointment", "none")
                .param("token", "none"));
    }
}

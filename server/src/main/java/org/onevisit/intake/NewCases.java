package org.onevisit.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.onevisit.catalog.ItemVersion;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.people.Actor;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.stereotype.Component;

/**
 * A new case from a submission, in the caller's transaction: its items at the catalog's current versions, the answers
 * of its one form checked against their fields, its one set of materials (those a valid e-certificate of the applicant satisfies attached from it, 免提交), its number, the
 * visit of a hand-in in person, and its first entry on the audit trail.
 */
@Component
class NewCases {

    private final Cases cases;
    private final CaseNumbers numbers;
    private final MaterialSets materialSets;
    private final CaseChanges changes;
    private final CertificateRegister certificates;
    private final Clock clock;
    private final IntakeMeters meters;

    NewCases(Cases cases, CaseNumbers numbers, MaterialSets materialSets, CaseChanges changes,
            CertificateRegister certificates, Clock clock, IntakeMeters meters) {
        this.meters = meters;
        this.cases = cases;
        this.numbers = numbers;
        this.materialSets = materialSets;
        this.changes = changes;
        this.certificates = certificates;
        this.clock = clock;
    }

    /** The materials a submission of the item or bundle asks for, as a preview. */
    List<CaseMaterial> materialsOf(String subject, boolean bundle) {
        return materialSets.preview(subject, bundle);
    }

    /** The roles of the applicants a case of the item or bundle needs. */
    List<org.onevisit.catalog.ApplicantRole> applicantRolesOf(String subject, boolean bundle) {
        return materialSets.applicantRoles(subject, bundle);
    }

    /**
     * Stores the case {@code who} hands in, once {@code mayHandIn} accepted it for the departments of its items (it
     * throws otherwise).
     */
    IntakeCase create(Submission s, Actor who, @org.jspecify.annotations.Nullable String counter,
            Consumer<List<String>> mayHandIn) {
        return create(s, java.util.Map.of(), who, counter, mayHandIn);
    }

    /**
     * Stores the case with the files handed in with it, stored already (material key to file ids): each such material
     * is in hand from the start, as the applicant uploaded it. A hand-in in person is a visit at {@code counter}, the
     * clerk's (null: none).
     */
    IntakeCase create(Submission s, java.util.Map<String, List<String>> files, Actor who,
            @org.jspecify.annotations.Nullable String counter, Consumer<List<String>> mayHandIn) {
        return meters.creating().record(() -> store(s, files, who, counter, mayHandIn));
    }

    private IntakeCase store(Submission s, java.util.Map<String, List<String>> files, Actor who,
            @org.jspecify.annotations.Nullable String counter, Consumer<List<String>> mayHandIn) {
        List<ItemVersion> items = materialSets.items(s.subject(), s.bundle());
        mayHandIn.accept(items.stream().map(v -> v.details().department()).distinct().toList());
        Parties given = s.parties();
        given.checkRoles(materialSets.applicantRoles(s.subject(), s.bundle(), items));
        Parties parties = new Parties(given.applicant(), given.agent(), ApplicationForms.checked(items, given.form()),
                given.applicantRole(), given.coApplicants());
        String actor = who.name();
        LocalDate today = LocalDate.now(clock);
        java.util.Map<String, String> reused = new java.util.LinkedHashMap<>();
        List<CaseMaterial> materials = materialSets.materials(items).stream()
                .map(m -> s.materials().containsKey(m.key()) ? m.with(s.materials().get(m.key()), "") : m)
                .map(m -> withFiles(m, files.getOrDefault(m.key(), List.of())))
                .map(m -> byCertificate(m, s.applicant().identifier(), today, reused)).toList();
        java.util.stream.Stream.concat(s.materials().keySet().stream(), files.keySet().stream())
                .filter(k -> materials.stream().noneMatch(m -> m.key().equals(k))).findFirst()
                .ifPresent(k -> {
                    throw new DomainException(Kind.INVALID, "intake-material-unknown", "No material " + k, s.subject(), k);
                });
        CaseNumber number = numbers.next(today);
        List<CaseItem> caseItems = items.stream().map(v -> new CaseItem(v.code().value(), v.version(), v.details().name(),
                v.details().department(), v.details().promisedLimit(), v.details().legalLimit(),
                v.details().jointDepartments())).toList();
        String subjectName = s.bundle() ? materialSets.bundleName(s.subject()) : items.get(0).details().name();
        List<Visit> visits = s.channel().inPerson() ? List.of(new Visit(clock.instant(), "收件", actor, counter)) : List.of();
        IntakeCase created = IntakeCase.created(number,
                new Application(s.idempotencyKey(), s.channel(), s.subject(), subjectName, s.bundle(), caseItems,
                        clock.instant()),
                s.preCheck() ? CaseStatus.PRE_CHECK : CaseStatus.RECEIVED,
                parties, materials, visits, s.preCheck() ? null : today);
        cases.insert(created, s.account());
        reused.values().forEach(certificate -> certificates.recordReuse(certificate, number.value()));
        changes.audit(null, created, actor, s.channel().name(), s.preCheck() ? "requestPreCheck" : "receive");
        meters.created(created);
        return created;
    }

    private static CaseMaterial withFiles(CaseMaterial m, List<String> fileIds) {
        CaseMaterial with = m;
        for (String fileId : fileIds) {
            with = with.withFile(fileId);
        }
        return with;
    }

    /**
     * 免提交: a material still missing that a valid e-certificate of the applicant satisfies is attached from the
     * certificate, shown as such and counted.
     */
    private CaseMaterial byCertificate(CaseMaterial m, String holder, LocalDate day, java.util.Map<String, String> reused) {
        if (m.status() != MaterialStatus.MISSING || m.certificateType().isBlank()) {
            return m;
        }
        return certificates.validOfType(holder, m.certificateType(), day).map(number -> {
            reused.put(m.key(), number);
            return m.with(MaterialStatus.BY_CERTIFICATE, "电子证照 " + number);
        }).orElse(m);
    }
}

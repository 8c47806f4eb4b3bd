package org.onevisit.intake.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.intake.Applicant;
import org.onevisit.intake.Application;
import org.onevisit.catalog.Necessity;
import org.onevisit.intake.CaseFileReader;
import org.onevisit.intake.CaseItem;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterAnswer;
import org.onevisit.intake.CounterDates;
import org.onevisit.intake.Deadlines;
import org.onevisit.intake.Deficiency;
import org.onevisit.intake.FormAnswer;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.Pledge;
import org.onevisit.intake.Refusal;
import org.onevisit.intake.RoledApplicant;
import org.onevisit.intake.Visit;

/**
 * A case as the API shows it: the applicants' ID numbers and phones masked; {@code applicant} is the first of
 * {@code applicants}, each with their role where the item or bundle needs several; each material with the links of its
 * files ({@code GET /api/v1/cases/{number}/materials/{key}/files/{id}}); {@code form} the answers of the one form,
 * each with its field's key, labels and type (ADR 0026).
 */
record CaseView(String number, CaseStatus status, Channel channel, String subject, String subjectName, boolean bundle,
        List<CaseItem> items, ApplicantView applicant, List<ApplicantView> applicants, List<MaterialView> materials,
        List<String> missing, int visitCount,
        List<Visit> visits, @Nullable LocalDate receivedOn, @Nullable LocalDate completeOn, @Nullable LocalDate acceptedOn,
        boolean deemedAccepted, @Nullable Deadlines deadlines, List<Deficiency> deficiencies,
        @Nullable LocalDate noticeIssuedOn, @Nullable Pledge pledge, @Nullable Refusal refusal, String preCheckNote,
        String closingNote, List<FormAnswer> form, long version) {

    /**
     * An applicant, masked.
     *
     * @param role the key of the applicant's role (e.g. {@code buyer}), blank where the item takes one applicant
     */
    record ApplicantView(boolean legalPerson, String identifier, String name, String phone, boolean agent, String role) {

        static ApplicantView of(RoledApplicant r, boolean agent) {
            Applicant a = r.applicant();
            return new ApplicantView(a.legalPerson(), a.maskedIdentifier(), a.name(), a.maskedPhone(), agent, r.role());
        }
    }

    /** A material of the case, named, with its files' ids ({@code files}) and their links ({@code fileLinks}). */
    record MaterialView(String key, String name, Necessity necessity, List<String> neededBy, MaterialStatus status,
            List<String> files, List<FileLink> fileLinks, String note, String certificateType, String nameEn) {

        static MaterialView of(String caseNumber, CaseMaterial m) {
            return new MaterialView(m.key(), m.name(), m.necessity(), m.neededBy(), m.status(), m.files(),
                    m.files().stream().map(id -> new FileLink(id, CaseFileReader.href(caseNumber, m.key(), id),
                            CaseFileReader.href(caseNumber, m.key(), id) + "?download=true")).toList(),
                    m.note(), m.certificateType(), m.nameEn());
        }
    }

    /** Where to open a file in the browser ({@code href}, inline) or download it. */
    record FileLink(String id, String href, String download) {
    }

    /** The case with the answers of its form, as {@link CaseViews} gives them. */
    static CaseView of(IntakeCase c, List<FormAnswer> form) {
        Application applied = c.application();
        CounterDates dates = c.dates();
        CounterAnswer answer = c.answer();
        return new CaseView(c.number().value(), c.status(), applied.channel(), applied.subject(), applied.subjectName(),
                applied.bundle(), applied.items(),
                ApplicantView.of(c.parties().applicants().get(0), c.parties().agent() != null),
                c.parties().applicants().stream().map(r -> ApplicantView.of(r, c.parties().agent() != null)).toList(),
                c.materials().stream().map(m -> MaterialView.of(c.number().value(), m)).toList(),
                c.missing().stream().map(CaseMaterial::key).toList(), c.visitCount(), c.visits(),
                dates.receivedOn(), dates.completeOn(), dates.acceptedOn(), dates.deemedAccepted(), answer.deadlines(),
                answer.deficiencies(), dates.noticeIssuedOn(), answer.pledge(), answer.refusal(), answer.preCheckNote(),
                answer.closingNote(), form, c.version());
    }
}

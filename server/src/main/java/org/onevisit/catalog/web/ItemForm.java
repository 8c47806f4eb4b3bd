package org.onevisit.catalog.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.ApplicantRole;
import org.onevisit.catalog.CopyKind;
import org.onevisit.catalog.DayUnit;
import org.onevisit.catalog.DeemedConsent;
import org.onevisit.catalog.Fee;
import org.onevisit.catalog.FieldLimits;
import org.onevisit.catalog.FieldType;
import org.onevisit.catalog.FormField;
import org.onevisit.catalog.ItemDetails;
import org.onevisit.catalog.ItemType;
import org.onevisit.catalog.LifeEvent;
import org.onevisit.catalog.Material;
import org.onevisit.catalog.MaterialForm;
import org.onevisit.catalog.MaterialSource;
import org.onevisit.catalog.Necessity;
import org.onevisit.catalog.OnlineDepth;
import org.onevisit.catalog.ResultType;
import org.onevisit.catalog.ServedParty;
import org.onevisit.catalog.SpecialProcedure;
import org.onevisit.catalog.TimeLimit;

/**
 * The administrator's item form: the main fields of a version, its fees, its materials and the fields of its
 * application form as repeated rows.
 * Missing choices fall back to the most common value, so a half-filled form still shows again with the input
 * kept; the catalog's rules decide what may be published.
 */
record ItemForm(@Nullable String code, int basedOn, @Nullable String name, @Nullable String nameEn, @Nullable ItemType type,
        @Nullable String department, @Nullable List<String> jointDepartments, @Nullable ServedParty servedParty,
        @Nullable Set<LifeEvent> lifeEvents, int legalDays, @Nullable DayUnit legalUnit, int promisedDays,
        @Nullable DayUnit promisedUnit, boolean limitsIllustrative, int requiredVisits, @Nullable String visitsReason,
        @Nullable Set<OnlineDepth> onlineDepth, boolean expressAllowed, @Nullable List<FeeRow> fees,
        @Nullable String legalBasis, @Nullable String acceptanceConditions, @Nullable DeemedConsent deemedConsent,
        @Nullable ResultType resultType, @Nullable String resultName, @Nullable List<MaterialRow> materials,
        @Nullable List<FieldRow> formFields) {

    record FeeRow(@Nullable String name, @Nullable String standard, @Nullable String basis, boolean waivable) {
    }

    record MaterialRow(@Nullable String name, @Nullable Necessity necessity, @Nullable MaterialForm form,
            @Nullable CopyKind copyKind, int originals, int copies, @Nullable MaterialSource source,
            @Nullable String certificateType, @Nullable String note, @Nullable String nameEn) {

        static MaterialRow blank() {
            return new MaterialRow("", Necessity.REQUIRED, MaterialForm.PAPER, CopyKind.ORIGINAL, 1, 0,
                    MaterialSource.APPLICANT, "", "", "");
        }

        Material toMaterial() {
            return new Material(text(name), or(necessity, Necessity.REQUIRED), or(form, MaterialForm.PAPER),
                    or(copyKind, CopyKind.ORIGINAL), originals, copies, or(source, MaterialSource.APPLICANT),
                    text(certificateType), text(note), text(nameEn));
        }
    }

    /**
     * A field of the application form as the editor shows it; its choices one a line, each {@code 名称|English name}.
     */
    record FieldRow(@Nullable String key, @Nullable String label, @Nullable String labelEn, @Nullable FieldType type,
            boolean required, @Nullable Integer maxLength, @Nullable Long min, @Nullable Long max,
            @Nullable String options, @Nullable String hint, @Nullable String hintEn) {

        static FieldRow blank() {
            return new FieldRow("", "", "", FieldType.TEXT, false, null, null, null, "", "", "");
        }

        static FieldRow of(FormField f) {
            return new FieldRow(f.key(), f.label(), f.labelEn(), f.type(), f.required(), f.limits().maxLength(),
                    f.limits().min(), f.limits().max(), String.join("\n", f.options().stream()
                            .map(o -> o.nameEn().isEmpty() ? o.name() : o.name() + "|" + o.nameEn()).toList()),
                    f.hint(), f.hintEn());
        }

        FormField toField() {
            return new FormField(text(key), text(label), text(labelEn), or(type, FieldType.TEXT), required,
                    new FieldLimits(maxLength, min, max), FormField.decodeOptions(text(options).replace("\r", "")
                            .replace('\n', ';')), text(hint), text(hintEn));
        }
    }

    public ItemForm {
        jointDepartments = jointDepartments == null ? List.of() : jointDepartments.stream().filter(j -> !j.isBlank()).toList();
        lifeEvents = lifeEvents == null ? Set.of() : Set.copyOf(lifeEvents);
        onlineDepth = onlineDepth == null ? Set.of() : Set.copyOf(onlineDepth);
        fees = fees == null ? List.of() : List.copyOf(fees);
        materials = materials == null ? List.of() : List.copyOf(materials);
        formFields = formFields == null ? List.of() : List.copyOf(formFields);
    }

    /** An empty form for a new item, with one material row to fill. */
    static ItemForm blank() {
        return new ItemForm("", 0, "", "", ItemType.ADMINISTRATIVE_LICENCE, "", List.of(), ServedParty.NATURAL_PERSON,
                Set.of(), 20, DayUnit.WORKING, 10, DayUnit.WORKING, false, 0, "", Set.of(), true, List.of(), "", "",
                DeemedConsent.REGIONAL_DEFAULT, ResultType.LICENCE, "", List.of(MaterialRow.blank()), List.of());
    }

    /** The form filled with a published version, to edit it into the next one. */
    static ItemForm of(String code, int version, ItemDetails d) {
        return new ItemForm(code, version, d.name(), d.nameEn(), d.type(), d.department(), d.jointDepartments(),
                d.servedParty(), d.lifeEvents(), d.legalLimit().days(), d.legalLimit().unit(), d.promisedLimit().days(),
                d.promisedLimit().unit(), d.limitsIllustrative(), d.requiredVisits(), d.visitsReason(), d.onlineDepth(),
                d.expressAllowed(), d.fees().stream().map(f -> new FeeRow(f.name(), f.standard(), f.basis(), f.waivable())).toList(),
                d.legalBasis(), d.acceptanceConditions(), d.deemedConsent(), d.resultType(), d.resultName(),
                d.materials().stream().map(m -> new MaterialRow(m.name(), m.necessity(), m.form(), m.copyKind(),
                        m.originals(), m.copies(), m.source(), m.certificateType(), m.note(), m.nameEn())).toList(),
                d.formFields().stream().map(FieldRow::of).toList());
    }

    ItemForm withMaterials(List<MaterialRow> rows) {
        return new ItemForm(code, basedOn, name, nameEn, type, department, jointDepartments, servedParty, lifeEvents,
                legalDays, legalUnit, promisedDays, promisedUnit, limitsIllustrative, requiredVisits, visitsReason,
                onlineDepth, expressAllowed, fees, legalBasis, acceptanceConditions, deemedConsent, resultType, resultName,
                rows, formFields);
    }

    ItemForm withFees(List<FeeRow> rows) {
        return new ItemForm(code, basedOn, name, nameEn, type, department, jointDepartments, servedParty, lifeEvents,
                legalDays, legalUnit, promisedDays, promisedUnit, limitsIllustrative, requiredVisits, visitsReason,
                onlineDepth, expressAllowed, rows, legalBasis, acceptanceConditions, deemedConsent, resultType, resultName,
                materials, formFields);
    }

    ItemForm withFormFields(List<FieldRow> rows) {
        return new ItemForm(code, basedOn, name, nameEn, type, department, jointDepartments, servedParty, lifeEvents,
                legalDays, legalUnit, promisedDays, promisedUnit, limitsIllustrative, requiredVisits, visitsReason,
                onlineDepth, expressAllowed, fees, legalBasis, acceptanceConditions, deemedConsent, resultType, resultName,
                materials, rows);
    }

    /**
     * Applies a row button ({@code add-material}, {@code remove-material:2}, {@code add-fee}, {@code remove-fee:0},
     * {@code add-field}, {@code remove-field:1}): the form comes back with the rows changed and nothing published.
     */
    ItemForm edited(String action) {
        List<MaterialRow> m = new ArrayList<>(materials());
        List<FeeRow> f = new ArrayList<>(fees());
        List<FieldRow> fields = new ArrayList<>(formFields());
        if (action.equals("add-field")) {
            fields.add(FieldRow.blank());
        } else if (action.startsWith("remove-field:")) {
            remove(fields, action);
        }
        if (action.equals("add-material")) {
            m.add(MaterialRow.blank());
        } else if (action.equals("add-fee")) {
            f.add(new FeeRow("", "", "", false));
        } else if (action.startsWith("remove-material:")) {
            remove(m, action);
        } else if (action.startsWith("remove-fee:")) {
            remove(f, action);
        }
        return withMaterials(m).withFees(f).withFormFields(fields);
    }

    private static void remove(List<?> rows, String action) {
        int index = CatalogPages.number(action.substring(action.indexOf(':') + 1));
        if (index < rows.size()) {
            rows.remove(index);
        }
    }

    /**
     * The details this form publishes; rows left without a name (a field without a key) are dropped, and special
     * procedures and applicant roles, which the form does not edit, are kept from the version it was based on.
     */
    ItemDetails toDetails(List<SpecialProcedure> specialProcedures, List<ApplicantRole> applicantRoles) {
        return new ItemDetails(text(name), text(nameEn), or(type, ItemType.ADMINISTRATIVE_LICENCE), text(department),
                jointDepartments, or(servedParty, ServedParty.NATURAL_PERSON), lifeEvents,
                new TimeLimit(bounded(legalDays), or(legalUnit, DayUnit.WORKING)),
                new TimeLimit(bounded(promisedDays), or(promisedUnit, DayUnit.WORKING)), limitsIllustrative,
                requiredVisits, text(visitsReason), onlineDepth, expressAllowed,
                fees().stream().filter(r -> !text(r.name()).isEmpty())
                        .map(r -> new Fee(text(r.name()), text(r.standard()), text(r.basis()), r.waivable())).toList(),
                text(legalBasis), text(acceptanceConditions), specialProcedures,
                or(deemedConsent, DeemedConsent.REGIONAL_DEFAULT), or(resultType, ResultType.OTHER),
                text(resultName), materials().stream().filter(r -> !text(r.name()).isEmpty()).map(MaterialRow::toMaterial).toList(),
                applicantRoles, formFields().stream().filter(r -> !text(r.key()).isEmpty()).map(FieldRow::toField).toList());
    }

    private static int bounded(int days) {
        return Math.min(Math.max(days, 0), 3650);
    }

    static String text(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    static <T> T or(@Nullable T value, T fallback) {
        return value == null ? fallback : value;
    }
}

package org.onevisit.catalog.web;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.ApplicantRole;
import org.onevisit.catalog.CopyKind;
import org.onevisit.catalog.FieldLimits;
import org.onevisit.catalog.FieldOption;
import org.onevisit.catalog.FieldType;
import org.onevisit.catalog.FormField;
import org.onevisit.catalog.DayUnit;
import org.onevisit.catalog.DeemedConsent;
import org.onevisit.catalog.Fee;
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
import org.onevisit.catalog.SpecialProcedureKind;
import org.onevisit.catalog.TimeLimit;
import org.onevisit.platform.Limits;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The fields of an item version as the API takes them; lists left out are empty. */
record ItemRequest(@NotBlank @Size(max = Limits.LINE) String name, @Nullable @Size(max = Limits.LINE) String nameEn,
        @NotNull ItemType type, @NotBlank @Size(max = Limits.DEPARTMENT) String department,
        @Nullable @Size(max = 20) List<@NotBlank @Size(max = Limits.DEPARTMENT) String> jointDepartments,
        @NotNull ServedParty servedParty, @NotEmpty Set<@NotNull LifeEvent> lifeEvents,
        @NotNull @Valid Limit legalLimit, @NotNull @Valid Limit promisedLimit,
        boolean limitsIllustrative, @Min(0) @Max(9) int requiredVisits, @Nullable @Size(max = Limits.REMARK) String visitsReason,
        @Nullable Set<@NotNull OnlineDepth> onlineDepth, boolean expressAllowed,
        @Nullable @Size(max = Limits.ENTRIES) List<@NotNull @Valid FeeRequest> fees,
        @Nullable @Size(max = Limits.TEXT) String legalBasis, @Nullable @Size(max = Limits.TEXT) String acceptanceConditions,
        @Nullable @Size(max = 20) List<@NotNull @Valid SpecialProcedureRequest> specialProcedures,
        @Nullable DeemedConsent deemedConsent, @NotNull ResultType resultType,
        @Nullable @Size(max = Limits.LINE) String resultName,
        @NotEmpty @Size(max = Limits.ENTRIES) List<@NotNull @Valid MaterialRequest> materials,
        @Nullable @Size(max = 10) List<@NotNull @Valid RoleRequest> applicantRoles,
        @Nullable @Size(max = Limits.ENTRIES) List<@NotNull @Valid FieldRequest> formFields) {

    record Limit(@Min(0) @Max(3650) int days, @NotNull DayUnit unit) {
    }

    record FeeRequest(@NotBlank @Size(max = Limits.LINE) String name, @Nullable @Size(max = Limits.REMARK) String standard,
            @Nullable @Size(max = Limits.REMARK) String basis, boolean waivable) {
    }

    /** A special procedure (特别程序) and its usual length in working days. */
    record SpecialProcedureRequest(@NotNull SpecialProcedureKind kind, @Nullable @Min(0) @Max(3650) Integer maxDays,
            @Nullable @Size(max = Limits.REMARK) String note) {

        SpecialProcedure toProcedure() {
            return new SpecialProcedure(kind, maxDays, text(note));
        }
    }

    record MaterialRequest(@NotBlank @Size(max = Limits.LINE) String name, @NotNull Necessity necessity, @NotNull MaterialForm form,
            @NotNull CopyKind copyKind, @Min(0) @Max(99) int originals, @Min(0) @Max(99) int copies,
            @NotNull MaterialSource source, @Nullable @Size(max = Limits.NAME) String certificateType,
            @Nullable @Size(max = 2000) String note, @Nullable @Size(max = Limits.LINE) String nameEn) {

        Material toMaterial() {
            return new Material(name, necessity, form, copyKind, originals, copies, source, text(certificateType), text(note),
                    text(nameEn));
        }
    }

    /** The role of several applicants, e.g. {@code buyer} with at least one. */
    record RoleRequest(@NotBlank @Size(max = 32) String key, @NotBlank @Size(max = 20) String name,
            @Nullable @Size(max = 40) String nameEn, @Min(0) @Max(9) int atLeast) {
    }

    /** A field of the application form; the catalog's rules check the key, the options and the limits. */
    record FieldRequest(@NotBlank @Size(max = 32) String key, @NotBlank @Size(max = 50) String label,
            @Nullable @Size(max = 100) String labelEn, @NotNull FieldType type, boolean required,
            @Nullable Integer maxLength, @Nullable Long min, @Nullable Long max,
            @Nullable @Size(max = 30) List<@NotNull @Valid OptionRequest> options,
            @Nullable @Size(max = 200) String hint, @Nullable @Size(max = 400) String hintEn) {

        FormField toField() {
            return new FormField(key, label, text(labelEn), type, required, new FieldLimits(maxLength, min, max),
                    list(options).stream().map(o -> new FieldOption(o.name(), text(o.nameEn()))).toList(), text(hint),
                    text(hintEn));
        }
    }

    record OptionRequest(@NotBlank @Size(max = 50) String name, @Nullable @Size(max = 100) String nameEn) {
    }

    ItemDetails toDetails() {
        return new ItemDetails(name.strip(), text(nameEn), type, department, list(jointDepartments), servedParty, lifeEvents,
                new TimeLimit(legalLimit.days(), legalLimit.unit()), new TimeLimit(promisedLimit.days(), promisedLimit.unit()),
                limitsIllustrative, requiredVisits, text(visitsReason), onlineDepth == null ? Set.of() : onlineDepth,
                expressAllowed, list(fees).stream().map(f -> new Fee(f.name(), text(f.standard()), text(f.basis()), f.waivable()))
                        .toList(),
                text(legalBasis), text(acceptanceConditions),
                list(specialProcedures).stream().map(SpecialProcedureRequest::toProcedure).toList(),
                deemedConsent == null ? DeemedConsent.REGIONAL_DEFAULT : deemedConsent, resultType, text(resultName),
                materials.stream().map(MaterialRequest::toMaterial).toList(),
                list(applicantRoles).stream().map(r -> new ApplicantRole(r.key(), r.name(), text(r.nameEn()), r.atLeast()))
                        .toList(),
                list(formFields).stream().map(FieldRequest::toField).toList());
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    private static <T> List<T> list(@Nullable List<T> l) {
        return l == null ? List.of() : l;
    }
}

package org.onevisit.catalog.web;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.CopyKind;
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
        @NotEmpty @Size(max = Limits.ENTRIES) List<@NotNull @Valid MaterialRequest> materials) {

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
            @Nullable @Size(max = 2000) String note) {

        Material toMaterial() {
            return new Material(name, necessity, form, copyKind, originals, copies, source, text(certificateType), text(note));
        }
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
                materials.stream().map(MaterialRequest::toMaterial).toList());
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    private static <T> List<T> list(@Nullable List<T> l) {
        return l == null ? List.of() : l;
    }
}

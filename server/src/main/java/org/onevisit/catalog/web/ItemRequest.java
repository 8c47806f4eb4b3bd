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
import org.onevisit.catalog.TimeLimit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The fields of an item version as the API takes them; lists left out are empty. */
record ItemRequest(@NotBlank @Size(max = 300) String name, @Nullable String nameEn, @NotNull ItemType type,
        @NotBlank String department, @Nullable List<String> jointDepartments, @NotNull ServedParty servedParty,
        @NotEmpty Set<LifeEvent> lifeEvents, @NotNull @Valid Limit legalLimit, @NotNull @Valid Limit promisedLimit,
        boolean limitsIllustrative, @Min(0) @Max(9) int requiredVisits, @Nullable String visitsReason,
        @Nullable Set<OnlineDepth> onlineDepth, boolean expressAllowed, @Nullable List<@Valid FeeRequest> fees,
        @Nullable String legalBasis, @Nullable String acceptanceConditions,
        @Nullable List<SpecialProcedure> specialProcedures, @Nullable DeemedConsent deemedConsent,
        @NotNull ResultType resultType, @Nullable String resultName,
        @NotEmpty List<@Valid MaterialRequest> materials) {

    record Limit(@Min(0) @Max(3650) int days, @NotNull DayUnit unit) {
    }

    record FeeRequest(@NotBlank String name, @Nullable String standard, @Nullable String basis, boolean waivable) {
    }

    record MaterialRequest(@NotBlank @Size(max = 300) String name, @NotNull Necessity necessity, @NotNull MaterialForm form,
            @NotNull CopyKind copyKind, @Min(0) @Max(99) int originals, @Min(0) @Max(99) int copies,
            @NotNull MaterialSource source, @Nullable String certificateType, @Nullable String note) {

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
                text(legalBasis), text(acceptanceConditions), list(specialProcedures),
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

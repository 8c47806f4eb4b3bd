package org.onevisit.intake;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.Necessity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One material of a case's single set of materials. In a bundle a material several items need is handed in
 * once and serves all of them ({@code neededBy}); its necessity is the strictest of theirs.
 *
 * @param key a stable key within the case, used by clerks and the API to refer to it
 * @param files the stored files handed in for it (ids of the file store)
 * @param note what is wrong with it, for the deficiency notice, or the clerk's pre-check remark
 * @param certificateType the e-certificate that satisfies it when the government issued it, else empty
 * @param nameEn the English name the catalog gave the material, empty when none (and in bodies stored before there
 *     were English names)
 */
public record CaseMaterial(String key, String name, Necessity necessity, List<String> neededBy, MaterialStatus status,
        List<String> files, String note, @Nullable String certificateType,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable String nameEn) {

    public CaseMaterial {
        neededBy = List.copyOf(neededBy);
        files = List.copyOf(files);
        certificateType = certificateType == null ? "" : certificateType;
        nameEn = nameEn == null ? "" : nameEn;
    }

    public CaseMaterial with(MaterialStatus newStatus, String newNote) {
        return new CaseMaterial(key, name, necessity, neededBy, newStatus, files, newNote, certificateType, nameEn);
    }

    public CaseMaterial withFile(String fileId) {
        List<String> more = new java.util.ArrayList<>(files);
        more.add(fileId);
        return new CaseMaterial(key, name, necessity, neededBy, MaterialStatus.PROVIDED, more, "", certificateType, nameEn);
    }

    /** The name English pages show: the English one where there is one, else the Chinese one. */
    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) && !nameEn.isBlank() ? nameEn : name;
    }

    /** Required for acceptance: required materials and those that may be pledged but are not pledged. */
    public boolean neededForAcceptance() {
        return necessity != Necessity.OPTIONAL;
    }
}

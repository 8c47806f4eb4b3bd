package org.onevisit.casework;

import java.util.List;

/**
 * The materials of an accepted case and their files, as the reviewers read them. Casework does not keep the materials:
 * the module that received them (intake) implements this, giving each file's link to its own file endpoint, so
 * casework reads them without depending on that module ({@code intake} → {@code casework} stays the only direction).
 */
public interface MaterialsOnFile {

    /** The case's materials in the order of its checklist, as {@code reader} may see them. */
    List<MaterialOnFile> of(String caseNumber, String reader);

    /** The answers of the case's one form (申请表), in the order of its fields, as {@code reader} may see them. */
    List<AnswerOnFile> answers(String caseNumber, String reader);

    /**
     * An answer of the application form, with its field's label and the answer as pages show it, in Chinese and in
     * English (the Chinese where the catalog gives no English).
     */
    record AnswerOnFile(String key, String label, String labelEn, String value, String valueEn) {

        public String label(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? labelEn : label;
        }

        public String value(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? valueEn : value;
        }
    }

    /**
     * A material of the case.
     *
     * @param necessity the catalog's necessity (REQUIRED, OPTIONAL, PLEDGEABLE …), by name
     * @param status the material's status at intake (PROVIDED, PLEDGED, BY_CERTIFICATE …), by name
     * @param neededBy the codes of the items that need it
     * @param certificateType the e-certificate that stands in for it, empty when none
     * @param nameEn the English name of the material, empty when the catalog gives none
     */
    record MaterialOnFile(String key, String name, String necessity, String status, List<String> neededBy,
            List<FileOnFile> files, String note, String certificateType, String nameEn) {

        public MaterialOnFile {
            neededBy = List.copyOf(neededBy);
            files = List.copyOf(files);
        }

        /** The name English pages show: the English one where there is one, else the Chinese one. */
        public String name(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) && !nameEn.isBlank() ? nameEn : name;
        }
    }

    /**
     * A file handed in for a material.
     *
     * @param href where to open it in the browser (inline)
     * @param download where to download it (attachment)
     */
    record FileOnFile(String id, String name, String mediaType, long size, String href, String download) {
    }
}

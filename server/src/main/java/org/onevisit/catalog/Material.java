package org.onevisit.catalog;

/**
 * An application material (申请材料) of an item: what to hand in, whether it may be missing or supplied
 * later (容缺后补), in which form and how many, and who issues it — a certificate the government issued can
 * later be fetched instead of handed in.
 *
 * @param nameEn the English name English pages show, may be empty
 */
public record Material(String name, Necessity necessity, MaterialForm form, CopyKind copyKind, int originals,
        int copies, MaterialSource source, String certificateType, String note, String nameEn) {

    public Material {
        name = name.strip();
        nameEn = nameEn == null ? "" : nameEn.strip();
        certificateType = certificateType.strip();
        note = note.strip();
    }

    /** A material with no English name. */
    public Material(String name, Necessity necessity, MaterialForm form, CopyKind copyKind, int originals, int copies,
            MaterialSource source, String certificateType, String note) {
        this(name, necessity, form, copyKind, originals, copies, source, certificateType, note, "");
    }

    /** The name English pages show: the English one where there is one, else the Chinese one. */
    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) && !nameEn.isBlank() ? nameEn : name;
    }

    public boolean required() {
        return necessity == Necessity.REQUIRED;
    }

    public boolean deferrable() {
        return necessity == Necessity.DEFERRABLE;
    }
}

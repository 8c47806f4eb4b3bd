package org.onevisit.catalog;

/**
 * An application material (申请材料) of an item: what to hand in, whether it may be missing or supplied
 * later (容缺后补), in which form and how many, and who issues it — a certificate the government issued can
 * later be fetched instead of handed in.
 */
public record Material(String name, Necessity necessity, MaterialForm form, CopyKind copyKind, int originals,
        int copies, MaterialSource source, String certificateType, String note) {

    public Material {
        name = name.strip();
        certificateType = certificateType.strip();
        note = note.strip();
    }

    public boolean required() {
        return necessity == Necessity.REQUIRED;
    }

    public boolean deferrable() {
        return necessity == Necessity.DEFERRABLE;
    }
}

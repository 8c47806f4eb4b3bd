package org.onevisit.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A 容缺 pledge: the text the applicant signed, when, the materials pledged, the supplement deadline and
 * whether the reminder went out and the pledge was kept.
 */
public record Pledge(String text, Instant signedAt, List<String> materials, LocalDate supplementBy, LocalDate remindOn,
        boolean reminded, boolean kept) {

    public Pledge {
        materials = List.copyOf(materials);
    }

    Pledge asReminded() {
        return new Pledge(text, signedAt, materials, supplementBy, remindOn, true, kept);
    }

    Pledge asKept() {
        return new Pledge(text, signedAt, materials, supplementBy, remindOn, reminded, true);
    }
}

package org.onevisit.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A 容缺 pledge as the applicant signed it: the text, when, the materials pledged, the supplement deadline and the day
 * of the reminder. Whether it is kept is casework's to follow (cases stored earlier carried that here: it is ignored).
 */
@JsonIgnoreProperties({"reminded", "kept"})
public record Pledge(String text, Instant signedAt, List<String> materials, LocalDate supplementBy, LocalDate remindOn) {

    public Pledge {
        materials = List.copyOf(materials);
    }
}

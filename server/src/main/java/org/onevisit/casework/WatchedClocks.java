package org.onevisit.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * The clocks electronic supervision watches for its alerts (预警纠错): each review step's deadline and each case's
 * promised deadline (casework's), and the counter's answers due at intake (intake's, which implements this interface
 * beside casework, for intake stands on casework), still running or standing still, as supervision reads them.
 */
public interface WatchedClocks {

    /** The unfinished clocks whose deadline is on or before {@code horizon}, the earliest first. */
    List<WatchedClock> dueBy(LocalDate horizon);
}

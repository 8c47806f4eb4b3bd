package org.onevisit.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * The clocks electronic supervision watches for its alerts (预警纠错): each review step's deadline and each case's
 * promised deadline, still running or standing still. The module that keeps them provides it (it depends on this
 * module, not the other way round); supervision only reads.
 */
public interface WatchedClocks {

    /** The unfinished clocks whose deadline is on or before {@code horizon}, the earliest first. */
    List<WatchedClock> dueBy(LocalDate horizon);
}

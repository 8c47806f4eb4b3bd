package org.onevisit.hall;

/** A type's queue changed (a ticket taken, skipped or transferred), announced once the change has committed. */
public record QueueChanged(String type, int waiting, long estimatedMinutes) {
}

package org.onevisit.casework;

/**
 * A file that answered a correction request (补正材料), kept by intake's file store under its id.
 *
 * @param name the name the applicant's file had, for display only
 * @param mediaType read from the content when it was received
 */
public record CorrectionFile(String fileId, String name, String mediaType, long size) {
}

package org.onevisit.intake;

import java.io.InputStream;

import org.onevisit.intake.files.MaterialFiles;
import org.springframework.stereotype.Component;

/**
 * Files a clerk scans in for a case not yet received, e.g. the paper materials of an application that came by post
 * (ADR 0044): checked and kept as every upload is ({@link MaterialFiles}: PDF, JPEG, PNG or OFD, by content, within the
 * size limit), their ids then handed to {@link Intake#submit(Submission, java.util.Map, String)} with the case.
 */
@Component
public class ScannedMaterials {

    private final MaterialFiles files;

    ScannedMaterials(MaterialFiles files) {
        this.files = files;
    }

    /**
     * Keeps a scanned file and answers its id; the caller closes {@code content}.
     *
     * @throws org.onevisit.platform.DomainException (invalid) when the file is empty, too large or of a type not accepted
     */
    public String store(String originalName, InputStream content, String clerk) {
        return files.store(originalName, content, clerk).id().toString();
    }
}

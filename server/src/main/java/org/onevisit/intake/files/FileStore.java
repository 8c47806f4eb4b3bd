package org.onevisit.intake.files;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of stored files live. The default keeps them on the file system under the data folder;
 * a deployment with several nodes may provide another implementation as a bean (shared storage, an
 * object store). A file, once put, is never changed.
 */
public interface FileStore {

    /**
     * Keeps the content under the id. The file becomes visible only when it is complete.
     *
     * @throws java.nio.file.FileAlreadyExistsException when the id is already taken
     */
    void put(StoredFileId id, InputStream content) throws IOException;

    /** @throws java.nio.file.NoSuchFileException when nothing is stored under the id */
    InputStream open(StoredFileId id) throws IOException;

    /** Removes the file if it exists. */
    void delete(StoredFileId id) throws IOException;

    boolean exists(StoredFileId id);
}

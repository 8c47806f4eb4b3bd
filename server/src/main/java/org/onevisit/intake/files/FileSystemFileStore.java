package org.onevisit.intake.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Files under a root folder, in two levels of sub-folders named by the first four hex digits of the id
 * ({@code 3f/2a/3f2a…}), so no folder grows past a few thousand entries. Content is written to a temporary
 * file in the target folder, forced to disk and then moved into place atomically: a reader never sees a
 * half-written file and a crash leaves at most a temporary file behind.
 */
class FileSystemFileStore implements FileStore {

    private final Path root;

    FileSystemFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(StoredFileId id, InputStream content) throws IOException {
        Path target = pathOf(id);
        Path folder = target.getParent();
        Files.createDirectories(folder);
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path temporary = Files.createTempFile(folder, ".put-", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                content.transferTo(out);
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public InputStream open(StoredFileId id) throws IOException {
        return Files.newInputStream(pathOf(id));
    }

    @Override
    public void delete(StoredFileId id) throws IOException {
        Files.deleteIfExists(pathOf(id));
    }

    @Override
    public boolean exists(StoredFileId id) {
        return Files.isRegularFile(pathOf(id));
    }

    /** The path is made from the id alone, never from a name a client sent. */
    Path pathOf(StoredFileId id) {
        String name = id.toString();
        return root.resolve(name.substring(0, 2)).resolve(name.substring(2, 4)).resolve(name);
    }

    /** Makes the new directory entry durable where the platform allows it (Linux does, Windows does not). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the move itself is complete; only the extra durability guarantee is unavailable here
        }
    }
}

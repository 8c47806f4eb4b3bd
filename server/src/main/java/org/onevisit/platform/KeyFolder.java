package org.onevisit.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The centre's keys (signing and encryption), kept in a folder of files apart from the data, so that a copy of the
 * database alone reveals nothing they protect ({@code onevisit.keys.dir}). A key missing on the first start is
 * generated and stored; from then on it is only read, because a new key would make everything protected by the old
 * one unreadable or unverifiable. A secret file is written readable by its owner only (mode 0600), and a secret whose
 * file others may read is refused rather than used. Several nodes share one folder, or copies of it: a key is
 * generated holding the folder's lock file ({@value #LOCK_FILE}), so nodes starting at once on an empty folder
 * generate each key once and all use that one (without it, one node's key could replace another's after the
 * other had begun to use it, or a key pair's two files come from two nodes).
 *
 * <p>A key generated while demo data is on is marked as such by a file {@code <name>.demo} beside it: it protects
 * demo data on a machine set up for a trial, and production refuses to start on it ({@link #demoKeys()}).
 */
public final class KeyFolder {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);
    private static final String DEMO_MARKER = ".demo";
    static final String LOCK_FILE = ".generating.lock";
    /** A file lock is held by a process: threads of one process line up here first. */
    private static final Object GENERATING_IN_THIS_PROCESS = new Object();

    private final Path directory;
    private final boolean demo;
    private final SecureRandom random = new SecureRandom();

    public KeyFolder(Path directory) {
        this(directory, false);
    }

    /** @param demo whether demo data is on: keys generated now are marked as demo keys */
    public KeyFolder(Path directory, boolean demo) {
        this.directory = directory.toAbsolutePath().normalize();
        this.demo = demo;
    }

    public Path directory() {
        return directory;
    }

    /**
     * The secret of {@code bytes} random bytes stored as {@code <name>.key}, generated first if there is none.
     *
     * @throws IllegalStateException when the file has another length or others may read it
     */
    public byte[] secret(String name, int bytes) {
        Path file = file(name, ".key");
        try {
            if (!Files.exists(file)) {
                generating(() -> {
                    if (!Files.exists(file)) {
                        byte[] fresh = new byte[bytes];
                        random.nextBytes(fresh);
                        if (store(file, fresh, true)) {
                            markIfDemo(name);
                        }
                    }
                });
            }
            checkOwnerOnly(file);
            byte[] secret = Files.readAllBytes(file);
            if (secret.length != bytes) {
                throw new IllegalStateException("The key " + file + " has " + secret.length + " bytes, not " + bytes);
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("The key " + file + " cannot be read or stored", e);
        }
    }

    /**
     * The key pair of {@code algorithm} (e.g. Ed25519) stored as {@code <name>.key} (PKCS#8, owner only) and
     * {@code <name>.pub} (X.509), generated first if there is none.
     */
    public KeyPair keyPair(String name, String algorithm) {
        Path privateFile = file(name, ".key");
        Path publicFile = file(name, ".pub");
        try {
            if (!Files.exists(privateFile)) {
                generating(() -> {
                    if (!Files.exists(privateFile)) {
                        KeyPair pair = generate(algorithm);
                        // The public key first: a private key on disk always has its public key beside it.
                        store(publicFile, pair.getPublic().getEncoded(), false);
                        if (store(privateFile, pair.getPrivate().getEncoded(), true)) {
                            markIfDemo(name);
                        }
                    }
                });
            }
            checkOwnerOnly(privateFile);
            return decode(algorithm, Files.readAllBytes(privateFile), Files.readAllBytes(publicFile), privateFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("The key pair " + privateFile + " cannot be read or stored", e);
        }
    }

    /** Whether the folder holds the key {@code name} (a secret or a pair). */
    public boolean has(String name) {
        return Files.exists(file(name, ".key"));
    }

    /** The files of the keys in the folder that were generated while demo data was on, each with its marker. */
    public List<Path> demoKeys() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(DEMO_MARKER)).sorted()
                    .map(marker -> directory.resolve(marker.getFileName().toString().replace(DEMO_MARKER, ".key")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The key folder " + directory + " cannot be read", e);
        }
    }

    private interface Generation {
        void run() throws IOException;
    }

    /** Runs a key's generation holding the folder's lock file, so that only one node or thread generates at a time. */
    private void generating(Generation generation) throws IOException {
        Files.createDirectories(directory);
        synchronized (GENERATING_IN_THIS_PROCESS) {
            try (FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock held = channel.lock()) {
                generation.run();
            }
        }
    }

    private void markIfDemo(String name) throws IOException {
        if (demo) {
            Files.writeString(file(name, DEMO_MARKER), "Generated while demo data was on (onevisit.demo-data=true): "
                    + "it protects demo data only, and production (onevisit.demo-data=false) refuses to start on it.\n");
        }
    }

    private Path file(String name, String suffix) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A key's name is lower-case letters, digits and '-': " + name);
        }
        return directory.resolve(name + suffix);
    }

    private static KeyPair generate(String algorithm) {
        try {
            return KeyPairGenerator.getInstance(algorithm).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no " + algorithm, e);
        }
    }

    /**
     * The key pair of {@code algorithm} in its PKCS#8 and X.509 encodings, e.g. given by configuration to several
     * nodes; {@code source} names where it came from in the message of a pair that does not decode.
     */
    public static KeyPair decode(String algorithm, byte[] privateKey, byte[] publicKey, String source) {
        try {
            KeyFactory keys = KeyFactory.getInstance(algorithm);
            return new KeyPair(keys.generatePublic(new X509EncodedKeySpec(publicKey)),
                    keys.generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The key " + source + " is not an " + algorithm + " key pair", e);
        }
    }

    /**
     * Writes a new file whole or not at all; a file another node stored meanwhile is kept, not replaced. True when
     * this file is the one stored.
     */
    private boolean store(Path target, byte[] content, boolean secret) throws IOException {
        Files.createDirectories(directory);
        Path temp;
        try {
            temp = Files.createTempFile(directory, ".key-", ".tmp", PosixFilePermissions.asFileAttribute(
                    secret ? OWNER_ONLY : PosixFilePermissions.fromString("rw-r--r--")));
        } catch (UnsupportedOperationException noPosix) {
            temp = Files.createTempFile(directory, ".key-", ".tmp");
        }
        Files.write(temp, content);
        if (Files.exists(target)) {
            Files.deleteIfExists(temp);
            return false;
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            try {
                Files.move(temp, target);
            } catch (FileAlreadyExistsException raced) {
                Files.deleteIfExists(temp);
                return false;
            }
        }
        return true;
    }

    private static void checkOwnerOnly(Path file) throws IOException {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException noPosix) {
            return;
        }
        if (!OWNER_ONLY.containsAll(permissions)) {
            throw new IllegalStateException("The key " + file + " may be read by others ("
                    + PosixFilePermissions.toString(permissions) + "); allow its owner only: chmod 600 " + file);
        }
    }
}

package org.onevisit.certificates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The centre's Ed25519 key pair for signing certificates, kept in a directory: the private key as PKCS#8 in
 * {@value #PRIVATE_FILE} (readable by the owner only where the file system has POSIX permissions), the public
 * key as X.509 in {@value #PUBLIC_FILE}. A missing pair is generated on first start and then reused for good:
 * a new key would make every certificate issued before it unverifiable. Several server nodes must share one key,
 * given to each by configuration ({@link #fromBase64}).
 */
final class CertificateKeyStore {

    static final String PRIVATE_FILE = "certificates-ed25519.key";
    static final String PUBLIC_FILE = "certificates-ed25519.pub";
    static final String ALGORITHM = "Ed25519";

    private final Path directory;

    CertificateKeyStore(Path directory) {
        this.directory = directory;
    }

    /** The stored pair, generated and stored first if there is none. */
    KeyPair loadOrCreate() {
        Path privateFile = directory.resolve(PRIVATE_FILE);
        Path publicFile = directory.resolve(PUBLIC_FILE);
        try {
            if (!Files.exists(privateFile)) {
                create(privateFile, publicFile);
            }
            return decode(Files.readAllBytes(privateFile), Files.readAllBytes(publicFile));
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate signing key in " + directory + " cannot be read or stored", e);
        }
    }

    /** A pair given as Base64 of its PKCS#8 and X.509 encodings, e.g. by configuration shared by all nodes. */
    static KeyPair fromBase64(String privateKey, String publicKey) {
        try {
            return decode(Base64.getMimeDecoder().decode(privateKey), Base64.getMimeDecoder().decode(publicKey));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("onevisit.certificates.private-key and public-key must be Base64", e);
        }
    }

    private void create(Path privateFile, Path publicFile) throws IOException {
        Files.createDirectories(directory);
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no " + ALGORITHM, e);
        }
        // The public key first, the private key last: a private key on disk always has its public key beside it.
        Path publicTemp = write(pair.getPublic().getEncoded(), false);
        Path privateTemp = write(pair.getPrivate().getEncoded(), true);
        if (Files.exists(privateFile)) {
            // another node or process sharing the directory stored its pair meanwhile: keep that one
            Files.deleteIfExists(publicTemp);
            Files.deleteIfExists(privateTemp);
            return;
        }
        move(publicTemp, publicFile);
        move(privateTemp, privateFile);
    }

    private Path write(byte[] encoded, boolean secret) throws IOException {
        Path temp;
        try {
            temp = Files.createTempFile(directory, ".certificates-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(secret ? "rw-------" : "rw-r--r--")));
        } catch (UnsupportedOperationException noPosix) {
            temp = Files.createTempFile(directory, ".certificates-", ".tmp");
        }
        Files.write(temp, encoded);
        return temp;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            try {
                Files.move(from, to);
            } catch (FileAlreadyExistsException raced) {
                Files.deleteIfExists(from);
            }
        }
    }

    private static KeyPair decode(byte[] privateKey, byte[] publicKey) {
        try {
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            return new KeyPair(keys.generatePublic(new X509EncodedKeySpec(publicKey)),
                    keys.generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The certificate signing key is not an " + ALGORITHM + " key pair", e);
        }
    }
}

package org.openbenefits.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;

import org.openbenefits.contract.token.SigningKeySet;

/**
 * The access-token signing keys of the local platform: made on the first start, kept in the data folder (readable
 * by its owner only) and handed to platform-api as {@code JWT_SIGNING_KEYS_FILE}, so that sessions survive a restart
 * and no key is ever committed. {@code --fresh} wipes the folder, and with it the key.
 */
final class LocalSigningKeys {

    static final String FILE = "signing-keys.json";

    private LocalSigningKeys() {
    }

    /** The key file in {@code dataDir}, made now if there is none; whether it was made is told by {@code made}. */
    static Path ensure(Path dataDir, Clock clock) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            SigningKeySet.parse(Files.readString(file, StandardCharsets.UTF_8)); // a damaged file says so now
            return file;
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            return file;
        }
        Files.writeString(file, SigningKeySet.generate(LocalDate.now(clock)).toPrivateJson(), StandardCharsets.UTF_8);
        return file;
    }
}

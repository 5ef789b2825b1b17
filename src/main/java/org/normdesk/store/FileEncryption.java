package org.normdesk.store;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.h2.tools.ChangeFileEncryption;
import org.normdesk.domain.Texts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one place that knows whether a data folder's database is encrypted and with which key.
 *
 * <p>H2 encrypts the file with AES ({@code ;CIPHER=AES}); the key it is given is derived from the
 * user's 数据文件密码 with PBKDF2-HMAC-SHA256 and a random salt, so that guessing passwords costs
 * {@value #ITERATIONS} hash rounds each. The salt and the iteration count live in the folder's
 * {@value #MARKER}, which holds no key and no password. It also holds a check value (a hash of a
 * second part of the derived bytes) that tells a wrong password from a damaged file before H2 is
 * even asked, so that a wrong password is never taken for damage (which would offer to restore a
 * backup).
 *
 * <p>Whether the folder is encrypted is read from the database file itself (H2 starts an encrypted
 * file with {@code H2encrypt}), not from the marker's presence: the file is the truth, and a marker
 * left behind by an interrupted switch cannot make a plain file look encrypted. The marker names
 * the file it belongs to by the random salt H2 writes in that header, so that a marker and a file
 * that do not belong together are recognised as such.
 *
 * <p>Switching (on, new password, off) runs on a copy: the copy is re-encrypted with H2's
 * {@link ChangeFileEncryption}, opened and read through with the new key, its marker written as
 * {@value #PENDING}, then the copy replaces the database in one atomic rename, then the pending
 * marker replaces the old one. A crash at any point leaves a whole database and, after
 * {@link #recover}, the marker that belongs to it: the old file with the old marker, or the new file
 * with the new one.
 */
public final class FileEncryption {
    /** The marker: present (and naming the database file) when the folder's database is encrypted. */
    public static final String MARKER = "encryption.json";
    /** The marker of a switch in progress, until the new file is in place. */
    static final String PENDING = MARKER + ".new";
    /** The working folder of a switch, inside the data folder (same disk, so the final rename is atomic). */
    static final String WORK_PREFIX = ".encryption";
    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 210_000;
    static final int VERSION = 1;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BYTES = 32;
    private static final byte[] H2_HEADER = "H2encrypt\n".getBytes(US_ASCII);
    /** H2 writes 8 random bytes after its header; a new encrypted file gets new ones. */
    private static final int H2_SALT_LENGTH = 8;

    /**
     * Jackson and the random source, made when first needed: every start asks {@link #isEncrypted}
     * before the window's toolkit starts, and a plain folder needs neither of them.
     */
    private static final class Lazy {
        static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        static final SecureRandom RANDOM = new SecureRandom();
    }

    private FileEncryption() {
    }

    /**
     * What the marker says: how to derive the key, how to check it, which file it belongs to.
     *
     * @param salt  PBKDF2 salt, hex
     * @param check SHA-256 of the second half of the derived bytes, hex (the first half is the key)
     * @param file  the random bytes in the H2 header of the database file this marker belongs to, hex
     */
    public record Marker(int version, String algorithm, int iterations, String salt, String check, String file) {
    }

    /**
     * The key of one database file, or {@link #plain()} for an unencrypted one. Holds the derived key,
     * never the password; prints as neither.
     */
    public static final class Key {
        private static final Key PLAIN = new Key(null, null);
        private final Marker marker;
        private final String hex;

        private Key(Marker marker, String hex) {
            this.marker = marker;
            this.hex = hex;
        }

        public boolean encrypted() {
            return hex != null;
        }

        /** The marker this key was derived for (empty for a plain file). */
        public Optional<Marker> marker() {
            return Optional.ofNullable(marker);
        }

        /** Whether this key opens files described by {@code other}: same salt and rounds, same password. */
        public boolean fits(Marker other) {
            return marker != null && other != null && marker.salt().equals(other.salt())
                    && marker.iterations() == other.iterations() && marker.check().equals(other.check());
        }

        /** The same key, bound to another copy of the file (a backup holds the same bytes as its source). */
        Key forFile(String fileSalt) {
            return new Key(new Marker(marker.version(), marker.algorithm(), marker.iterations(), marker.salt(),
                    marker.check(), fileSalt), hex);
        }

        /** The JDBC URL options that make H2 decrypt the file. */
        String urlOptions() {
            return encrypted() ? ";CIPHER=AES" : "";
        }

        /** H2 takes the file password and the user's password in one string, separated by a space. */
        String h2Password(String userPassword) {
            return encrypted() ? hex + " " + userPassword : userPassword;
        }

        private char[] fileKey() {
            return hex == null ? null : hex.toCharArray();
        }

        @Override
        public String toString() {
            return encrypted() ? "Key[AES]" : "Key[plain]";
        }
    }

    public static Key plain() {
        return Key.PLAIN;
    }

    /** Whether the folder's database file is encrypted (false when there is none yet). */
    public static boolean isEncrypted(Path folder) {
        return h2Salt(folder.resolve(Backup.DATABASE_FILE)).isPresent();
    }

    /**
     * The marker of the folder's encrypted database.
     *
     * @throws DataFolderException when it is missing or belongs to another file: the key cannot be derived
     */
    public static Marker marker(Path folder) {
        Path db = folder.resolve(Backup.DATABASE_FILE);
        Optional<String> fileSalt = h2Salt(db);
        Optional<Marker> marker = read(folder.resolve(MARKER));
        if (marker.isEmpty() || fileSalt.isEmpty() || !fileSalt.get().equals(marker.get().file())) {
            throw new DataFolderException(Texts.get("encryption.markerMissing", folder, MARKER));
        }
        if (!ALGORITHM.equals(marker.get().algorithm()) || marker.get().version() > VERSION) {
            throw new DataFolderException(Texts.get("encryption.markerUnknown", folder.resolve(MARKER)));
        }
        return marker.get();
    }

    /**
     * The key for the folder's database: {@link #plain()} when it is not encrypted, else derived from
     * the password {@code source} gives, asked again (with {@code retry}) while it is wrong.
     *
     * @throws WrongDataPasswordException when the source gives up (no password, or a wrong one not asked again)
     */
    public static Key key(Path folder, PasswordSource source) {
        if (!isEncrypted(folder)) {
            return plain();
        }
        Marker marker = marker(folder);
        Optional<Key> known = source.known().filter(k -> k.fits(marker));
        if (known.isPresent()) {
            return known.get().forFile(marker.file());
        }
        boolean retry = false;
        while (true) {
            Optional<char[]> password = source.ask(folder, retry);
            if (password.isEmpty()) {
                throw retry ? wrong(folder) : new WrongDataPasswordException(Texts.get("encryption.passwordNeeded",
                        folder), true);
            }
            Optional<Key> key = unlock(marker, password.get());
            Arrays.fill(password.get(), '\0');
            if (key.isPresent()) {
                return key.get();
            }
            retry = true;
        }
    }

    /**
     * The key for {@code password}, checked against the folder's marker.
     *
     * @throws WrongDataPasswordException when the password is wrong
     */
    public static Key unlock(Path folder, char[] password) {
        if (!isEncrypted(folder)) {
            return plain();
        }
        return unlock(marker(folder), password).orElseThrow(() -> wrong(folder));
    }

    /** The key, when the password is the one the marker was made with. */
    static Optional<Key> unlock(Marker marker, char[] password) {
        byte[] derived = derive(password, HexFormat.of().parseHex(marker.salt()), marker.iterations());
        String check = checkOf(derived);
        String hex = HexFormat.of().formatHex(derived, 0, KEY_BYTES);
        Arrays.fill(derived, (byte) 0);
        // constant-time comparison: the check is public, but there is no reason to leak timing either
        if (!MessageDigest.isEqual(check.getBytes(US_ASCII), marker.check().getBytes(US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(new Key(marker, hex));
    }

    private static WrongDataPasswordException wrong(Path folder) {
        return new WrongDataPasswordException(Texts.get("encryption.wrongPassword", folder), false);
    }

    /**
     * Encrypts the folder's database with a new password: turns encryption on for a plain folder,
     * changes the password of an encrypted one. The folder must not be open.
     *
     * @param current the key that opens the database now ({@link #plain()} when it is not encrypted)
     * @return the new key
     * @throws DataFolderException when the folder is in use, {@code current} does not fit, or the rewrite fails
     *                             (the database is then as it was)
     */
    public static Key encrypt(Path folder, Key current, char[] newPassword) {
        return rewrite(folder, current, newPassword);
    }

    /** Decrypts the folder's database (turns encryption off); the same guarantees as {@link #encrypt}. */
    public static void decrypt(Path folder, Key current) {
        if (!isEncrypted(folder)) {
            throw new DataFolderException(Texts.get("encryption.notOn", folder));
        }
        rewrite(folder, current, null);
    }

    private static Key rewrite(Path folder, Key current, char[] newPassword) {
        Path dataFolder = folder.toAbsolutePath();
        try (FolderLock lock = FolderLock.take(dataFolder)) {
            recover(dataFolder);
            Path db = dataFolder.resolve(Backup.DATABASE_FILE);
            if (!Files.exists(db)) {
                throw new DataFolderException(Texts.get("encryption.noDatabase", dataFolder));
            }
            requireFits(dataFolder, current);
            Path work = Files.createTempDirectory(dataFolder, WORK_PREFIX);
            try {
                Path copy = work.resolve(Backup.DATABASE_FILE);
                Files.copy(db, copy);
                Key next = newPassword == null ? plain() : fresh(newPassword);
                ChangeFileEncryption.execute(work.toString(), Database.DB_NAME, "AES", current.fileKey(),
                        next.fileKey(), true);
                if (next.encrypted()) {
                    next = next.forFile(h2Salt(copy).orElseThrow(() -> new IOException("H2 wrote no encrypted header")));
                }
                try {
                    Backup.inspect(work, next); // the new file opens with the new key and every row reads
                } catch (DataFolderException e) {
                    throw new DataFolderException(Texts.get("encryption.switchFailed", e.getMessage()), e);
                }
                force(copy);
                if (next.encrypted()) {
                    write(dataFolder.resolve(PENDING), next.marker);
                }
                Files.move(copy, db, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Files.deleteIfExists(dataFolder.resolve(Database.DB_NAME + ".trace.db"));
                if (next.encrypted()) {
                    Files.move(dataFolder.resolve(PENDING), dataFolder.resolve(MARKER),
                            StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.deleteIfExists(dataFolder.resolve(MARKER));
                }
                return next;
            } finally {
                recover(dataFolder); // after a failure: a pending marker of a file that never came; the working copy
            }
        } catch (IOException | SQLException e) {
            throw new DataFolderException(Texts.get("encryption.switchFailed", rootMessage(e)), e);
        }
    }

    private static void requireFits(Path folder, Key current) {
        boolean encrypted = isEncrypted(folder);
        if (encrypted != current.encrypted()) {
            throw new DataFolderException(Texts.get(encrypted ? "encryption.alreadyOn" : "encryption.notOn", folder));
        }
        if (encrypted && !current.fits(marker(folder))) {
            throw wrong(folder);
        }
    }

    /** A key for a new password, with a new salt (bound to its file once the file is written). */
    private static Key fresh(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        Lazy.RANDOM.nextBytes(salt);
        byte[] derived = derive(password, salt, ITERATIONS);
        String hex = HexFormat.of().formatHex(derived, 0, KEY_BYTES);
        Marker marker = new Marker(VERSION, ALGORITHM, ITERATIONS, HexFormat.of().formatHex(salt), checkOf(derived), null);
        Arrays.fill(derived, (byte) 0);
        return new Key(marker, hex);
    }

    /**
     * Brings the marker in line with the database file after an interrupted switch: a pending marker
     * that belongs to the file becomes the marker (the rename did not happen), one that does not is
     * dropped (the file never came); a marker next to a plain file is dropped (turning off was
     * interrupted after the plain file was in place). Called with the folder's lock held.
     */
    static void recover(Path folder) throws IOException {
        Path db = folder.resolve(Backup.DATABASE_FILE);
        Optional<String> fileSalt = h2Salt(db);
        Path pending = folder.resolve(PENDING);
        Optional<Marker> waiting = read(pending);
        if (waiting.isPresent() && fileSalt.isPresent() && fileSalt.get().equals(waiting.get().file())) {
            Files.move(pending, folder.resolve(MARKER), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.deleteIfExists(pending);
        }
        if (Files.exists(db) && fileSalt.isEmpty()) {
            Files.deleteIfExists(folder.resolve(MARKER));
        }
        // a switch cut off by a crash leaves its working copy behind, plain when turning encryption on
        try (Stream<Path> left = Files.list(folder)) {
            left.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith(WORK_PREFIX))
                    .forEach(FileEncryption::deleteTree);
        }
    }

    /**
     * Before a restore puts the file {@code incoming/normdesk.mv.db} in place: its marker (when it is
     * encrypted) waits as the pending marker, which {@link #recover} makes the folder's once the file
     * is there; the folder's own marker is kept aside under {@code suffix} for an undo.
     */
    static void prepareReplacement(Path folder, Path incoming, String suffix) throws IOException {
        Path marker = folder.resolve(MARKER);
        Path aside = folder.resolve(MARKER + suffix);
        if (Files.exists(marker)) {
            Files.copy(marker, aside, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(aside);
        }
        Path incomingMarker = incoming.resolve(MARKER);
        if (Files.exists(incomingMarker) && isEncrypted(incoming)) {
            write(folder.resolve(PENDING), read(incomingMarker).orElseThrow(() -> new IOException("unreadable " + MARKER)));
        } else {
            Files.deleteIfExists(folder.resolve(PENDING));
        }
    }

    /** The replaced database went back in place: so does its marker (or none, when it had none). */
    static void undoReplacement(Path folder, String suffix) throws IOException {
        Path aside = folder.resolve(MARKER + suffix);
        if (Files.exists(aside)) {
            Files.move(aside, folder.resolve(MARKER), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.deleteIfExists(folder.resolve(MARKER));
        }
        recover(folder);
    }

    /** The replacement is kept: the old marker set aside is no longer needed. */
    static void keepReplacement(Path folder, String suffix) throws IOException {
        Files.deleteIfExists(folder.resolve(MARKER + suffix));
    }

    /** Writes the key's marker into {@code folder} (a backup's working folder), bound to the file there. */
    static void writeMarker(Path folder, Key key) throws IOException {
        if (key.encrypted()) {
            write(folder.resolve(MARKER), key.marker);
        }
    }

    /** The key again, for the copy of its file in {@code folder} (a backup's working folder). */
    static Key forCopyIn(Path folder, Key key) {
        if (!key.encrypted()) {
            return key;
        }
        return key.forFile(h2Salt(folder.resolve(Backup.DATABASE_FILE)).orElse(key.marker.file()));
    }

    /** Reads a marker file; empty when there is none or it cannot be read. */
    public static Optional<Marker> read(Path markerFile) {
        if (!Files.isRegularFile(markerFile)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Lazy.JSON.readValue(markerFile.toFile(), Marker.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Reads a marker from a stream (a backup's entry). */
    public static Optional<Marker> read(InputStream in) {
        try {
            return Optional.of(Lazy.JSON.readValue(in, Marker.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void write(Path file, Marker marker) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.write(partial, Lazy.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(marker));
        force(partial);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The random bytes of H2's encryption header, hex; empty when the file is missing or not encrypted. */
    static Optional<String> h2Salt(Path db) {
        if (!Files.isRegularFile(db)) {
            return Optional.empty();
        }
        byte[] head = new byte[H2_HEADER.length + H2_SALT_LENGTH];
        try (InputStream in = Files.newInputStream(db)) {
            if (in.readNBytes(head, 0, head.length) < head.length
                    || !Arrays.equals(head, 0, H2_HEADER.length, H2_HEADER, 0, H2_HEADER.length)) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(head, H2_HEADER.length, head.length));
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 2 * KEY_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK 17 has " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String checkOf(byte[] derived) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(derived, KEY_BYTES, KEY_BYTES);
            return HexFormat.of().formatHex(sha.digest());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind holds a copy encrypted or not; the next switch uses a new one
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}

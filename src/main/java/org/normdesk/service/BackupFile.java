package org.normdesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.normdesk.domain.Texts;
import org.normdesk.store.Backup;
import org.normdesk.store.FileEncryption;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;

/**
 * The backup file: a zip holding {@code manifest.json} and {@code database/normdesk.mv.db}. Written
 * to a temporary name and renamed when complete, so a crash never leaves a half file under the
 * real name; read back with every check a restore needs before it touches anything.
 */
final class BackupFile {
    static final String MANIFEST = "manifest.json";
    static final String DATABASE_ENTRY = "database/" + Backup.DATABASE_FILE;
    /** The encryption marker of an encrypted database (salt and check, no key), next to it. */
    static final String MARKER_ENTRY = "database/" + FileEncryption.MARKER;

    private BackupFile() {
    }

    /**
     * Writes the zip; the manifest's hash and size are those of {@code database} as written. An
     * encryption marker next to {@code database} goes in too (the manifest then says encrypted).
     */
    static BackupManifest write(Path target, Path database, BackupManifest draft) throws IOException {
        return write(target, database, draft, zip -> {
            zip.putArchiveEntry(new ZipArchiveEntry(DATABASE_ENTRY));
            Files.copy(database, zip);
            zip.closeArchiveEntry();
        });
    }

    /**
     * The same for H2's copy of the running database: the database entry is taken from the zip H2
     * wrote, compressed bytes as they are (compressing 100 MB again took seconds of every backup).
     */
    static BackupManifest write(Path target, Backup.Copy copy, BackupManifest draft) throws IOException {
        try (org.apache.commons.compress.archivers.zip.ZipFile h2 =
                org.apache.commons.compress.archivers.zip.ZipFile.builder().setPath(copy.zip()).get()) {
            ZipArchiveEntry source = h2.getEntry(copy.entry());
            if (source == null) {
                throw new IOException("no " + copy.entry() + " in " + copy.zip());
            }
            return write(target, copy.file(), draft, zip -> {
                ZipArchiveEntry entry = new ZipArchiveEntry(DATABASE_ENTRY);
                entry.setMethod(source.getMethod());
                entry.setCrc(source.getCrc());
                entry.setSize(source.getSize());
                entry.setCompressedSize(source.getCompressedSize());
                entry.setTime(source.getTime());
                try (InputStream raw = h2.getRawInputStream(source)) {
                    zip.addRawArchiveEntry(entry, raw);
                }
            });
        }
    }

    /** Puts the database's entry in the zip. */
    private interface DatabaseEntry {
        void writeTo(ZipArchiveOutputStream zip) throws IOException;
    }

    private static BackupManifest write(Path target, Path database, BackupManifest draft, DatabaseEntry databaseEntry)
            throws IOException {
        Path marker = database.resolveSibling(FileEncryption.MARKER);
        boolean encrypted = Files.exists(marker);
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        BackupManifest manifest;
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(partial)) {
            zip.setUseZip64(Zip64Mode.AsNeeded);
            databaseEntry.writeTo(zip);
            MessageDigest sha = sha256();
            long bytes;
            try (InputStream in = new DigestInputStream(Files.newInputStream(database), sha)) {
                bytes = in.transferTo(OutputStream.nullOutputStream());
            }
            manifest = new BackupManifest(draft.app(), draft.format(), draft.appVersion(), draft.schemaVersion(),
                    draft.createdAt(), draft.sourceFolder(), draft.documents(), draft.originals(), DATABASE_ENTRY,
                    bytes, HexFormat.of().formatHex(sha.digest()), encrypted);
            if (encrypted) {
                zip.putArchiveEntry(new ZipArchiveEntry(MARKER_ENTRY));
                Files.copy(marker, zip);
                zip.closeArchiveEntry();
            }
            zip.putArchiveEntry(new ZipArchiveEntry(MANIFEST));
            zip.write(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeArchiveEntry();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return manifest;
    }

    /**
     * Reads the manifest and extracts the database to {@code databaseTarget}, checking that the file
     * is a whole zip, is a normdesk backup, and that the database's bytes match the manifest's hash.
     *
     * @throws BackupException with the Chinese reason when any check fails
     */
    static BackupManifest extract(Path file, Path databaseTarget) {
        if (!Files.isRegularFile(file)) {
            throw new BackupException(Texts.get("backup.fileMissing", file));
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            if (manifestEntry == null) {
                throw new BackupException(Texts.get("backup.foreign", file.getFileName()));
            }
            BackupManifest manifest;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                // a later normdesk may add fields: what this one knows is enough to decide
                manifest = Json.mapper().readerFor(BackupManifest.class)
                        .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in);
            } catch (JsonProcessingException e) {
                throw new BackupException(Texts.get("backup.foreign", file.getFileName()), e);
            }
            if (!BackupManifest.APP.equals(manifest.app()) || manifest.databaseEntry() == null
                    || manifest.databaseSha256() == null) {
                throw new BackupException(Texts.get("backup.foreign", file.getFileName()));
            }
            if (manifest.format() > BackupManifest.FORMAT) {
                throw new BackupException(Texts.get("backup.newerFormat", file.getFileName()));
            }
            ZipEntry db = zip.getEntry(manifest.databaseEntry());
            if (db == null) {
                throw new BackupException(Texts.get("backup.damaged", file.getFileName(), Texts.get("backup.noDatabase")));
            }
            MessageDigest sha = sha256();
            try (InputStream in = new DigestInputStream(zip.getInputStream(db), sha)) {
                Files.copy(in, databaseTarget, StandardCopyOption.REPLACE_EXISTING);
            }
            String actual = HexFormat.of().formatHex(sha.digest());
            if (!actual.equalsIgnoreCase(manifest.databaseSha256())) {
                throw new BackupException(Texts.get("backup.damaged", file.getFileName(), Texts.get("backup.hashMismatch")));
            }
            ZipEntry marker = zip.getEntry(MARKER_ENTRY);
            Path markerTarget = databaseTarget.resolveSibling(FileEncryption.MARKER);
            if (marker != null) {
                try (InputStream in = zip.getInputStream(marker)) {
                    Files.copy(in, markerTarget, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                Files.deleteIfExists(markerTarget);
            }
            return manifest;
        } catch (ZipException e) {
            throw new BackupException(Texts.get("backup.notZip", file.getFileName()), e);
        } catch (IOException e) {
            // a truncated zip fails while its entries are read: the file is damaged, not foreign
            throw new BackupException(Texts.get("backup.damaged", file.getFileName(), e.getMessage()), e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

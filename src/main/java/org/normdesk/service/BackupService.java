package org.normdesk.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.normdesk.domain.DateText;
import org.normdesk.domain.Texts;
import org.normdesk.store.Backup;
import org.normdesk.store.DataFolderException;
import org.normdesk.store.Database;
import org.normdesk.store.DatabaseBrokenException;
import org.normdesk.store.PasswordSource;
import org.normdesk.store.FileEncryption;
import org.normdesk.store.WrongDataPasswordException;
import org.normdesk.store.Store;
import org.normdesk.domain.access.Permission;

/**
 * Backups of the data folder: one zip file holding the database (the original files of imported
 * documents live in it) and a manifest, verified after writing. Automatic backups are generations
 * named by their time in {@code <data folder>/backups/}, N kept, each also copied to an optional
 * second folder. Restoring is {@link Services#restore}, on a folder no normdesk has open.
 */
public final class BackupService implements AutoCloseable {
    public static final String FOLDER = "backups";
    static final String GENERATION_PREFIX = "normdesk-backup-";
    static final String SAFETY_PREFIX = "normdesk-before-restore-";
    static final String SUFFIX = ".zip";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

    private final Store store;
    private final Backup backup;
    private final Path folder;
    private final Clock clock;
    private final Auditor auditor;
    /** One thread for the daily backup, so that closing can wait for it instead of cutting it off. */
    private ExecutorService background;

    BackupService(Database database, Store store, Clock clock, Session session) {
        this.store = store;
        this.backup = new Backup(database);
        this.folder = database.folder();
        this.clock = clock;
        this.auditor = new Auditor(clock, session);
    }

    /** What was written. */
    public record BackupResult(Path file, long bytes, LocalDateTime createdAt, long documents, long originals) {
    }

    /**
     * An automatic (or manual, in the data folder) backup.
     *
     * @param secondCopy         the copy in the second folder, when one is set and it worked
     * @param secondFolderProblem why the second folder got no copy (null when it did or none is set)
     */
    public record GenerationResult(BackupResult backup, List<Path> pruned, Optional<Path> secondCopy,
                                   String secondFolderProblem) {
    }

    public BackupSettings settings() {
        return store.read(r -> BackupSettings.read(r.settings()));
    }

    /** @throws org.normdesk.domain.RuleViolation when a value is out of range */
    public void saveSettings(BackupSettings settings) {
        auditor.require(Permission.SETTINGS);
        store.inTransaction(r -> {
            BackupSettings before = BackupSettings.read(r.settings());
            settings.write(r.settings());
            auditor.record(r.audit(), "SETTING", 0, "UPDATE", Texts.get("backup.audit.settings"), before, settings);
            return null;
        });
    }

    /** The key of the open data: an encrypted backup made with the same one opens without asking. */
    public DataKey dataKey() {
        return DataKey.of(backup.key());
    }

    public Path backupFolder() {
        return folder.resolve(FOLDER);
    }

    /**
     * Writes a backup to {@code target} and verifies it: the zip is read back, the database's hash
     * checked against the manifest, and the copy opened read-only in a temporary folder and its
     * documents counted. A backup that fails its check is deleted and reported.
     */
    public synchronized BackupResult backupTo(Path target) {
        auditor.require(Permission.BACKUP);
        Path file = target.toAbsolutePath();
        Path work = null;
        try {
            Files.createDirectories(file.getParent());
            work = Files.createTempDirectory(file.getParent(), ".normdesk-backup");
            Backup.Copy copy = backup.copyDatabase(work);
            FileEncryption.Key key = copy.key();
            Backup.Contents contents = Backup.inspect(work, key);
            LocalDateTime now = LocalDateTime.now(clock).withNano(0);
            BackupManifest manifest = BackupFile.write(file, copy, new BackupManifest(BackupManifest.APP,
                    BackupManifest.FORMAT, appVersion(), contents.schemaVersion(), now, folder.toString(),
                    contents.documents(), contents.originals(), null, 0, null));
            verify(file, manifest, work, key);
            return new BackupResult(file, Files.size(file), now, manifest.documents(), manifest.originals());
        } catch (IOException | DataFolderException e) {
            throw new BackupException(Texts.get("backup.writeFailed", file, rootMessage(e)), e);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Reopens the written file as a restore would and compares it with what was meant to be written.
     * Its database's bytes must hash to the manifest's hash, which is that of the copy read through
     * before writing: opening it and counting its documents is enough, without reading it through again.
     */
    private static void verify(Path file, BackupManifest written, Path work, FileEncryption.Key key) throws IOException {
        Path check = Files.createDirectory(work.resolve("verify"));
        try {
            BackupManifest read = BackupFile.extract(file, check.resolve(Backup.DATABASE_FILE));
            // an encrypted backup must open with the same key (from its own marker, in the zip)
            Backup.Contents contents = Backup.contents(check, FileEncryption.key(check, PasswordSource.known(key,
                    PasswordSource.NONE)));
            if (!read.equals(written) || contents.documents() != written.documents()) {
                throw new BackupException(Texts.get("backup.verifyFailed", file));
            }
        } catch (BackupException | DataFolderException e) {
            Files.deleteIfExists(file);
            throw new BackupException(Texts.get("backup.verifyFailed", file), e);
        }
    }

    /**
     * A new generation in {@code backups/}, the oldest beyond the setting's number deleted, and a copy
     * in the second folder when one is set. A second folder that cannot be written (the USB drive is
     * not plugged in) is reported in the result, not thrown: the backup in the data folder stands.
     */
    public synchronized GenerationResult backupGeneration() {
        auditor.require(Permission.BACKUP);
        BackupSettings settings = settings();
        BackupResult result = backupTo(freeName(backupFolder(), GENERATION_PREFIX));
        List<Path> pruned = new ArrayList<>(prune(backupFolder(), settings.generations()));
        Optional<Path> secondCopy = Optional.empty();
        String problem = null;
        if (settings.secondFolderPath().isPresent()) {
            Path second = settings.secondFolderPath().get();
            try {
                secondCopy = Optional.of(copyTo(result.file(), second));
                pruned.addAll(prune(second, settings.generations()));
            } catch (IOException | RuntimeException e) {
                problem = Texts.get("backup.secondFolderFailed", second, rootMessage(e));
            }
        }
        return new GenerationResult(result, pruned, secondCopy, problem);
    }

    /**
     * Opens the folder's database; when it is damaged, the refusal names the newest automatic backup
     * (and carries it, for the window's 从最新备份恢复) so that the user knows the way back.
     */
    static Database openOrPointAtBackup(Path folder, DataPassword password) {
        try {
            return Database.open(folder, DataKey.source(password));
        } catch (DatabaseBrokenException e) {
            Optional<Path> newest = generations(folder.resolve(FOLDER)).stream().findFirst();
            if (newest.isEmpty()) {
                throw e;
            }
            String hint = Texts.get("startup.newestBackup", newest.get(),
                    DateText.minute(stampOf(newest.get()).orElse(null)));
            throw new DatabaseBrokenException(e.getMessage() + hint, e.getCause(), newest.get());
        }
    }

    /** The automatic backups in the data folder, newest first. */
    public List<Path> generations() {
        return generations(backupFolder());
    }

    /** Whether the newest automatic backup is older than the setting's interval (or there is none). */
    public boolean generationDue() {
        int days = settings().intervalDays();
        if (days == 0) {
            return false;
        }
        Optional<LocalDateTime> newest = generations().stream().findFirst().flatMap(BackupService::stampOf);
        return newest.map(t -> !t.plusDays(days).isAfter(LocalDateTime.now(clock))).orElse(true);
    }

    /**
     * The daily backup: when one is due, a generation is written in the background and its outcome
     * handed to {@code done} (a failure as a {@link BackupException}). Returns the running task.
     */
    public synchronized Optional<Future<?>> backupInBackgroundIfDue(Consumer<Object> done) {
        if (!generationDue()) {
            return Optional.empty();
        }
        if (background == null) {
            background = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "normdesk-daily-backup");
                t.setDaemon(true);
                return t;
            });
        }
        return Optional.of(background.submit(() -> {
            try {
                done.accept(backupGeneration());
            } catch (RuntimeException e) {
                done.accept(e);
            }
        }));
    }

    /** Waits for a daily backup still being written, so that the database is not closed under it. */
    @Override
    public synchronized void close() {
        if (background != null) {
            background.shutdown();
            try {
                background.awaitTermination(10, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * What a backup file holds, after every check a restore makes; nothing is changed.
     *
     * @param key the key that opened it (plain for an unencrypted backup): a restore reuses it
     */
    public record BackupInfo(BackupManifest manifest, long documents, long originals, DataKey key) {
        public boolean encrypted() {
            return key.encrypted();
        }
    }

    /**
     * Checks a backup file without restoring it (the window shows this before asking to confirm).
     *
     * @throws BackupException damaged, foreign, or from a newer normdesk
     * @throws WrongDataPasswordException the backup is encrypted: use {@link #check(Path, DataPassword)}
     */
    public static BackupInfo check(Path file) {
        return check(file, DataPassword.NONE);
    }

    /**
     * The same for a backup that may be encrypted: {@code password} is asked when it is (its known
     * key, the open data's, is tried first).
     *
     * @throws WrongDataPasswordException when no password, or a wrong one, was given
     */
    public static BackupInfo check(Path file, DataPassword password) {
        Path work = null;
        try {
            work = Files.createTempDirectory("normdesk-check");
            return check(file, work, password);
        } catch (IOException e) {
            throw new BackupException(Texts.get("backup.damaged", file.getFileName(), e.getMessage()), e);
        } finally {
            deleteTree(work);
        }
    }

    /** Extracts the database into {@code work} and looks inside it read-only. */
    static BackupInfo check(Path file, Path work, DataPassword password) {
        BackupManifest manifest = BackupFile.extract(file, work.resolve(Backup.DATABASE_FILE));
        FileEncryption.Key key;
        try {
            key = FileEncryption.key(work, DataKey.source(DataPassword.known(password.known().orElse(null),
                    (folder, retry) -> password.ask(file, retry))));
        } catch (WrongDataPasswordException e) {
            throw new WrongDataPasswordException(Texts.get(e.missing() ? "encryption.backupPasswordNeeded"
                    : "encryption.backupWrongPassword", file.getFileName()), e.missing());
        } catch (DataFolderException e) {
            throw new BackupException(Texts.get("backup.damaged", file.getFileName(), e.getMessage()), e);
        }
        Backup.Contents contents;
        try {
            contents = Backup.inspect(work, key);
        } catch (DataFolderException e) {
            throw new BackupException(Texts.get("backup.damaged", file.getFileName(), e.getMessage()), e);
        }
        if (contents.newerThanThisProgram()) {
            throw new BackupException(Texts.get("backup.newerSchema", file.getFileName(), contents.schemaVersion(),
                    contents.newestKnownVersion()));
        }
        if (contents.documents() != manifest.documents()) {
            throw new BackupException(Texts.get("backup.damaged", file.getFileName(), Texts.get("backup.countMismatch")));
        }
        return new BackupInfo(manifest, contents.documents(), contents.originals(), DataKey.of(key));
    }

    /**
     * What a restore did.
     *
     * @param key the key of the data now in the folder (the backup's; plain when it is not encrypted)
     */
    public record RestoreReport(Path file, LocalDateTime backupCreatedAt, long documents, long originals,
                                Path safetyBackup, DataKey key) {
    }

    /**
     * Restores a backup file into a data folder that no normdesk has open. The file is checked
     * first; then the current data is saved as a safety backup in {@code backups/}; then the
     * database is replaced and opened (an older backup is migrated). Any refusal or failure leaves
     * the current data as it was.
     */
    static RestoreReport restore(Path folder, Path file, Clock clock, String actor) {
        return restore(folder, file, clock, actor, DataPassword.NONE, DataPassword.NONE);
    }

    /**
     * The same for folders and backups that may be encrypted.
     *
     * @param current opens the data in place (for the safety backup); when it cannot, a plain copy of
     *                the file (and its marker) is kept instead
     * @param incoming opens the backup; a wrong or missing password refuses the restore before
     *                 anything is changed
     */
    static RestoreReport restore(Path folder, Path file, Clock clock, String actor, DataPassword current,
                                 DataPassword incoming) {
        Path dataFolder = folder.toAbsolutePath();
        Path work = null;
        try {
            Files.createDirectories(dataFolder);
            work = Files.createTempDirectory(dataFolder, ".restore");
            BackupInfo info = check(file.toAbsolutePath(), work, incoming);
            Path safety = safetyBackup(dataFolder, clock, actor, current);
            Backup.replaceDatabase(dataFolder, work.resolve(Backup.DATABASE_FILE));
            try (Services restored = Services.open(dataFolder, clock, Session.trusted(actor),
                    DataPassword.known(info.key(), DataPassword.NONE))) {
                restored.backups().recordRestore(file, info, safety);
            } catch (RuntimeException e) {
                Backup.undoRestore(dataFolder);
                throw new BackupException(Texts.get("backup.restoreFailed", file.getFileName(), rootMessage(e)), e);
            }
            Backup.keepRestored(dataFolder);
            return new RestoreReport(file.toAbsolutePath(), info.manifest().createdAt(), info.documents(),
                    info.originals(), safety, info.key());
        } catch (IOException e) {
            throw new BackupException(Texts.get("backup.restoreFailed", file.getFileName(), e.getMessage()), e);
        } finally {
            deleteTree(work);
        }
    }

    /** An event about the data as a whole (a restore, an encryption switch), in the session's name. */
    void recordDataEvent(String action, String summary, Object before, Object after) {
        store.inTransaction(r -> {
            auditor.record(r.audit(), "DATA", 0, action, summary, before, after);
            return null;
        });
    }

    private void recordRestore(Path file, BackupInfo info, Path safety) {
        store.inTransaction(r -> {
            auditor.record(r.audit(), "DATA", 0, "RESTORE", Texts.get("backup.audit.restored", file.getFileName(),
                    info.manifest().createdAt(), safety == null ? "—" : safety), null, info.manifest());
            return null;
        });
    }

    /**
     * The data in place before a restore, saved so the restore can be undone: a full backup when
     * the database opens, else (it is damaged, which is often why one restores) a plain copy of its
     * file. None when the folder holds no database yet.
     *
     * @throws DataFolderException when another normdesk has the folder open
     */
    private static Path safetyBackup(Path folder, Clock clock, String actor, DataPassword password) throws IOException {
        Path current = folder.resolve(Backup.DATABASE_FILE);
        if (!Files.exists(current)) {
            return null;
        }
        Path backups = folder.resolve(FOLDER);
        Database db;
        try {
            db = Database.open(folder, DataKey.source(password));
        } catch (DataFolderException e) {
            if (Backup.inUse(folder)) {
                throw e;
            }
            Files.createDirectories(backups);
            Path raw = freeName(backups, SAFETY_PREFIX, ".mv.db", clock);
            Files.copy(current, raw);
            // an encrypted file without its marker could never be opened again: keep the marker beside it
            Path marker = folder.resolve(FileEncryption.MARKER);
            if (FileEncryption.isEncrypted(folder) && Files.exists(marker)) {
                Files.copy(marker, raw.resolveSibling(raw.getFileName() + "." + FileEncryption.MARKER));
            }
            return raw;
        }
        try (db) {
            BackupService service = new BackupService(db, new Store(db), clock, Session.trusted(actor));
            return service.backupTo(freeName(backups, SAFETY_PREFIX, SUFFIX, clock)).file();
        }
    }

    private Path freeName(Path dir, String prefix) {
        return freeName(dir, prefix, SUFFIX, clock);
    }

    /** {@code prefix + time + suffix}, with -2, -3 … when two backups fall in the same second. */
    private static Path freeName(Path dir, String prefix, String suffix, Clock clock) {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path p = dir.resolve(prefix + stamp + suffix);
        for (int i = 2; Files.exists(p); i++) {
            p = dir.resolve(prefix + stamp + "-" + i + suffix);
        }
        return p;
    }

    private static List<Path> generations(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> stampOf(p).isPresent())
                    .sorted(Comparator.comparing((Path p) -> stampOf(p).get())
                            .thenComparing(p -> p.getFileName().toString().length())
                            .thenComparing(Path::getFileName).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The time in an automatic backup's name; empty for any other file (safety backups, the user's own). */
    static Optional<LocalDateTime> stampOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(GENERATION_PREFIX) || !name.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        String stamp = name.substring(GENERATION_PREFIX.length(), name.length() - SUFFIX.length());
        int dash = stamp.indexOf('-', "yyyy-MM-dd_HH-mm-ss".length());
        try {
            return Optional.of(LocalDateTime.parse(dash < 0 ? stamp : stamp.substring(0, dash), STAMP));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Deletes the automatic backups beyond the newest {@code keep}. */
    private static List<Path> prune(Path dir, int keep) {
        List<Path> all = generations(dir);
        List<Path> deleted = new ArrayList<>();
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
                deleted.add(old);
            } catch (IOException e) {
                // an old backup that cannot be deleted now is deleted next time; no reason to fail this one
            }
        }
        return deleted;
    }

    private static Path copyTo(Path file, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(file.getFileName());
        Path partial = dir.resolve(file.getFileName() + ".partial");
        try {
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }

    private static String appVersion() {
        String v = BackupService.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            });
        } catch (IOException ignored) {
            // idem
        }
    }
}

package org.normdesk.service;

import java.nio.file.Path;
import java.time.Clock;

import org.normdesk.store.Database;
import org.normdesk.store.Store;

/**
 * The services of one open data folder, shared by the window and the command line. Closing it
 * closes the database and releases the folder.
 */
public final class Services implements AutoCloseable {
    private final Database database;
    private final RegisterService register;
    private final IssuerService issuers;
    private final DemoDataService demo;
    private final CalendarService calendar;
    private final RulePackService rules;
    private final ReviewService reviews;
    private final PublicationService publication;
    private final ImportService imports;
    private final FilingService filings;
    private final RiskRulesService riskRules;
    private final UpperLawService laws;
    private final RiskScanService risk;
    private final BackupService backups;
    private final FullExportService fullExport;
    private final Session session;
    private final UserService users;
    private final AuditService audit;
    private final CleanupService cleanup;
    private final IncomingFilingService incoming;
    private final SimilarDocumentsService similar;

    private Services(Database database, Clock clock, Session actor) {
        this.database = database;
        this.session = actor;
        Store store = new Store(database);
        this.register = new RegisterService(store, clock, actor);
        this.issuers = new IssuerService(store, clock, actor);
        this.calendar = new CalendarService(store, clock, actor);
        this.rules = new RulePackService(store, clock, actor);
        this.reviews = new ReviewService(store, clock, actor, rules, calendar::current);
        this.demo = new DemoDataService(register, issuers, reviews, clock);
        this.filings = new FilingService(store, clock, actor, register);
        this.publication = new PublicationService(store, clock, actor, filings);
        this.imports = new ImportService(store, register, issuers, clock);
        this.riskRules = new RiskRulesService(store, clock, actor);
        this.laws = new UpperLawService(store, clock, actor);
        this.risk = new RiskScanService(store, clock, actor, riskRules, laws, () -> rules.current().effectiveGapDays());
        this.backups = new BackupService(database, store, clock, actor);
        this.fullExport = new FullExportService(new org.normdesk.store.TableDump(database));
        this.users = new UserService(store, clock, actor);
        this.audit = new AuditService(store);
        this.cleanup = new CleanupService(store, clock, actor, register, laws);
        this.incoming = new IncomingFilingService(imports, issuers, filings);
        this.similar = new SimilarDocumentsService(store);
    }

    /**
     * Opens the data folder (creating and migrating its database), brings the derived 时效性 up to
     * today and writes the built-in holiday years the database lacks.
     *
     * @throws org.normdesk.store.DataFolderException with a Chinese message when the folder cannot be used
     */
    public static Services open(Path folder, Clock clock, String actor) {
        // Trusted: the named account may do everything, as the local system account. Tests and the
        // program's own work use this; people sign in through openSignedOut.
        return open(folder, clock, Session.trusted(actor));
    }

    /**
     * The same for a folder that may be encrypted: {@code password} gives its 数据文件密码 when it is.
     *
     * @throws org.normdesk.store.WrongDataPasswordException when none or a wrong one was given
     */
    public static Services open(Path folder, Clock clock, String actor, DataPassword password) {
        return open(folder, clock, Session.trusted(actor), password);
    }

    /** {@link #openSignedOut(Path, Clock, String)} for a folder that may be encrypted. */
    public static Services openSignedOut(Path folder, Clock clock, String localAccount, DataPassword password) {
        return openSignedOut(folder, clock, localAccount, password, () -> { });
    }

    /**
     * The same, running {@code beforeUpkeep} once the database is open and before the upkeep on
     * opening: the window's start holds the upkeep there until its first window is on screen.
     */
    public static Services openSignedOut(Path folder, Clock clock, String localAccount, DataPassword password,
            Runnable beforeUpkeep) {
        Services s = open(folder, clock, Session.trusted(localAccount), password, beforeUpkeep);
        if (s.users.hasUsers()) {
            s.session.become(org.normdesk.domain.access.Actor.nobody());
        }
        return s;
    }

    /**
     * Opens the data folder for a person: when it has user accounts, nothing may be changed until
     * someone signs in ({@link UserService#signIn}); when it has none yet, it runs as the trusted
     * local system account {@code localAccount} until the first 管理员 is created. The upkeep on
     * opening is done in the name of {@code localAccount}.
     */
    public static Services openSignedOut(Path folder, Clock clock, String localAccount) {
        return openSignedOut(folder, clock, localAccount, DataPassword.NONE);
    }

    private static Services open(Path folder, Clock clock, Session session) {
        return open(folder, clock, session, DataPassword.NONE);
    }

    static Services open(Path folder, Clock clock, Session session, DataPassword password) {
        return open(folder, clock, session, password, () -> { });
    }

    private static Services open(Path folder, Clock clock, Session session, DataPassword password, Runnable beforeUpkeep) {
        Services s = new Services(BackupService.openOrPointAtBackup(folder, password), clock, session);
        try {
            beforeUpkeep.run();
            s.register.refreshValidity();
            s.calendar.seedBuiltIn();
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    /** Who is acting: the signed-in user, or the trusted local account. */
    public Session session() {
        return session;
    }

    /** User accounts and signing in. */
    public UserService users() {
        return users;
    }

    /** The audit log's hash chain. */
    public AuditService audit() {
        return audit;
    }

    public RegisterService register() {
        return register;
    }

    public IssuerService issuers() {
        return issuers;
    }

    public ImportService imports() {
        return imports;
    }

    public DemoDataService demo() {
        return demo;
    }

    /** The working-day calendar (法定节假日 and 调休). */
    public CalendarService calendar() {
        return calendar;
    }

    public RulePackService rules() {
        return rules;
    }

    public ReviewService reviews() {
        return reviews;
    }

    public PublicationService publication() {
        return publication;
    }

    /** 备案: filings, their authorities, registers, catalog and figures. */
    /** 收到备案: a department's or township's document received as its Word file. */
    public IncomingFilingService incoming() {
        return incoming;
    }

    public FilingService filings() {
        return filings;
    }

    /** 风险提示: scans and dismissals. */
    public RiskScanService risk() {
        return risk;
    }

    /** The risk rule pack (import, export in 设置). */
    public RiskRulesService riskRules() {
        return riskRules;
    }

    /** 上位法库: the upper-law table and the links from citations to it. */
    public UpperLawService laws() {
        return laws;
    }

    /** The damaged database file that opening this folder replaced with a rescued copy, when it did. */
    public java.util.Optional<java.nio.file.Path> rescuedDamagedFile() {
        return database.rescuedFrom();
    }

    /** Backups of this data folder (restoring is {@link #restore}, with the folder closed). */
    public BackupService backups() {
        return backups;
    }

    /** The whole register as .xlsx sheets and original files (open formats). */
    public FullExportService fullExport() {
        return fullExport;
    }

    /**
     * Restores a backup file into a data folder no normdesk has open (close the services first): checks
     * the file, keeps the current data as a safety backup in {@code backups/}, replaces the database.
     *
     * @throws BackupException when the file is refused or the restore fails; the data is then untouched
     */
    public static BackupService.RestoreReport restore(Path folder, Path file, Clock clock, String actor) {
        return BackupService.restore(folder, file, clock, actor);
    }

    /**
     * The same, for a person: refused unless {@code actor} (the session's actor, taken before the
     * services were closed) may restore — a 管理员 or the trusted local account.
     */
    public static BackupService.RestoreReport restore(Path folder, Path file, Clock clock,
                                                      org.normdesk.domain.access.Actor actor) {
        actor.require(org.normdesk.domain.access.Permission.RESTORE);
        return BackupService.restore(folder, file, clock, actor.name());
    }

    /**
     * The same for folders and backups that may be encrypted.
     *
     * @param current  opens the data in place, for the safety backup (the window passes its key)
     * @param incoming opens the backup (the current key is worth trying first; then the password)
     * @throws org.normdesk.store.WrongDataPasswordException the backup's password is missing or wrong; nothing changed
     */
    public static BackupService.RestoreReport restore(Path folder, Path file, Clock clock,
                                                      org.normdesk.domain.access.Actor actor, DataPassword current,
                                                      DataPassword incoming) {
        actor.require(org.normdesk.domain.access.Permission.RESTORE);
        return BackupService.restore(folder, file, clock, actor.name(), current, incoming);
    }

    /** The key this folder was opened with (to reopen it, restore into it, or switch its encryption). */
    public DataKey dataKey() {
        return DataKey.of(database.key());
    }

    /** Whether this folder's database file is encrypted. */
    public boolean encrypted() {
        return database.key().encrypted();
    }

    /** 清理: campaigns, suggestions, decisions, closing, tallies and result lists. */
    public CleanupService cleanup() {
        return cleanup;
    }

    /** 相似文件: the documents in force that deal with the same matter as a draft or a file. */
    public SimilarDocumentsService similar() {
        return similar;
    }

    public Path folder() {
        return database.folder();
    }

    @Override
    public void close() {
        backups.close();
        database.close();
    }
}

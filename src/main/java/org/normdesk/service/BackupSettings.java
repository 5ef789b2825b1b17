package org.normdesk.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;
import org.normdesk.store.SettingRepository;

/**
 * The office's choices for automatic backups.
 *
 * @param generations  how many automatic backups to keep (in the data folder, and in the second folder)
 * @param secondFolder a second place a copy of each automatic backup goes (a USB drive, a network
 *                     share); blank for none
 * @param intervalDays back up on start when the newest automatic backup is this many days old; 0: only on exit
 */
public record BackupSettings(int generations, String secondFolder, int intervalDays) {
    public static final BackupSettings DEFAULTS = new BackupSettings(10, "", 1);
    static final int MAX_GENERATIONS = 999;
    static final int MAX_INTERVAL_DAYS = 365;

    private static final String GENERATIONS = "backup.generations";
    private static final String SECOND_FOLDER = "backup.secondFolder";
    private static final String INTERVAL_DAYS = "backup.intervalDays";

    public BackupSettings {
        secondFolder = secondFolder == null ? "" : secondFolder.strip();
    }

    public Optional<java.nio.file.Path> secondFolderPath() {
        return secondFolder.isEmpty() ? Optional.empty() : Optional.of(java.nio.file.Path.of(secondFolder));
    }

    /** The problems that refuse these settings; empty when they can be saved. */
    List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        if (generations < 1 || generations > MAX_GENERATIONS) {
            out.add(Problem.error("generations", "backup.settings.generations", MAX_GENERATIONS));
        }
        if (intervalDays < 0 || intervalDays > MAX_INTERVAL_DAYS) {
            out.add(Problem.error("intervalDays", "backup.settings.interval", MAX_INTERVAL_DAYS));
        }
        if (!secondFolder.isEmpty() && !secondFolderPath().get().isAbsolute()) {
            out.add(Problem.error("secondFolder", "backup.settings.secondFolderRelative", secondFolder));
        }
        return out;
    }

    static BackupSettings read(SettingRepository settings) {
        return new BackupSettings(number(settings, GENERATIONS, DEFAULTS.generations),
                settings.get(SECOND_FOLDER).orElse(DEFAULTS.secondFolder),
                number(settings, INTERVAL_DAYS, DEFAULTS.intervalDays));
    }

    void write(SettingRepository settings) {
        List<Problem> problems = problems();
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        settings.put(GENERATIONS, String.valueOf(generations));
        settings.put(SECOND_FOLDER, secondFolder);
        settings.put(INTERVAL_DAYS, String.valueOf(intervalDays));
    }

    private static int number(SettingRepository settings, String name, int fallback) {
        try {
            return settings.get(name).map(String::strip).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback; // a hand-edited value that is no number: the default rather than no backups
        }
    }
}

package org.normdesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.normdesk.domain.Texts;

/**
 * The lock of a data folder: one normdesk at a time may have it, whether to run on the database or
 * to replace it with a backup. The operating system releases it when the process dies, so a crash
 * never leaves the folder locked.
 */
final class FolderLock implements AutoCloseable {
    static final String FILE = "normdesk.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws DataFolderException (folder in use) when another normdesk, or this one, holds it */
    static FolderLock take(Path folder) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new FolderLock(channel, lock);
            }
            closeQuietly(channel);
            throw new DataFolderException(Texts.get("startup.folderInUse", folder));
        } catch (IOException | OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new DataFolderException(Texts.get("startup.folderInUse", folder), e);
        }
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // the channel is being closed anyway
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // nothing left to do
        }
    }
}

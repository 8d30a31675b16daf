package io.cdpkit.cdp.launch;

import io.cdpkit.cdp.internal.Directories;
import io.cdpkit.cdp.internal.ProcessTree;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The browser's {@code --user-data-dir}: a fresh temporary directory or the caller's, and the
 * {@code DevToolsActivePort} file the browser writes into it.
 *
 * @param path the directory
 * @param temporary whether the launcher created it (and deletes it on close)
 * @param activePortFileUsable false if a stale {@code DevToolsActivePort} could not be removed, so
 *     only the stderr announcement can be trusted
 */
record ProfileDirectory(Path path, boolean temporary, boolean activePortFileUsable) {

    private static final System.Logger LOG = System.getLogger(ProfileDirectory.class.getName());
    private static final String SINGLETON_LOCK = "SingletonLock";
    private static final String SINGLETON_SOCKET = "SingletonSocket";
    /** How Chrome names its socket directory: {@code org.chromium.Chromium.XXXXXX}, {@code com.google.Chrome.XXXXXX}. */
    private static final String SOCKET_DIRECTORY_NAME = "(org\\.chromium\\.Chromium|com\\.google\\.Chrome)\\.\\w+";

    /** Creates the directory the options ask for and removes a stale {@code DevToolsActivePort}. */
    static ProfileDirectory prepare(LaunchOptions options) throws IOException {
        if (options.userDataDir().isEmpty()) {
            return new ProfileDirectory(Files.createTempDirectory("cdpkit-profile-"), true, true);
        }
        Path path = Files.createDirectories(options.userDataDir().get());
        Path activePortFile = path.resolve(DevToolsAddress.ACTIVE_PORT_FILE);
        try {
            Files.deleteIfExists(activePortFile);
            return new ProfileDirectory(path, false, true);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot remove the stale " + activePortFile
                    + "; waiting for the DevTools address on stderr instead", e);
            return new ProfileDirectory(path, false, false);
        }
    }

    /**
     * The address in {@code DevToolsActivePort}, once the browser {@code browser} has written it
     * completely. In a caller's profile the file counts only while the profile's
     * {@code SingletonLock} names that browser (or a process it started): another browser using
     * the same profile may write the file after the stale one was removed, and the launched one
     * then only hands over to it and exits.
     */
    Optional<DevToolsAddress> readActivePort(ProcessHandle browser) {
        if (!activePortFileUsable || !temporary && !isLockedBy(browser)) {
            return Optional.empty();
        }
        try {
            return DevToolsAddress.fromActivePortFile(Files.readString(path.resolve(DevToolsAddress.ACTIVE_PORT_FILE)));
        } catch (IOException notYetWritten) {
            return Optional.empty();
        }
    }

    /**
     * Cleans up after the browser {@code browserPid} has stopped: removes the directory Chrome made
     * in the system temp dir for its {@code SingletonSocket} (Chrome leaves it behind even on a clean
     * SIGTERM exit) if that browser holds the profile's {@code SingletonLock}, then deletes the profile
     * if it is temporary, retrying for up to {@code retryFor}. Failures are logged, not thrown.
     */
    void cleanUpAfter(long browserPid, Duration retryFor) throws InterruptedException {
        if (isLockedBy(browserPid)) {
            deleteSingletonSocketDirectory(retryFor);
        }
        deleteIfTemporary(retryFor);
    }

    /** Deletes the directory if the launcher created it (a failure is logged, not thrown). */
    void deleteIfTemporary(Duration retryFor) throws InterruptedException {
        if (temporary) {
            delete(path, retryFor);
        }
    }

    /**
     * The running processes started with this profile by the browser {@code browserPid}, including
     * helpers orphaned by its crash: none unless the profile is temporary or locked by that browser,
     * so another browser sharing a caller's profile is never included.
     */
    List<ProcessHandle> processesOf(long browserPid) {
        if (!temporary && !isLockedBy(browserPid)) {
            return List.of();
        }
        return ProcessTree.withArgument(ChromeCommandLine.userDataDirArgument(path));
    }

    /** Whether the profile's {@code SingletonLock} names {@code browser} or one of its descendants. */
    private boolean isLockedBy(ProcessHandle browser) {
        return isLockedBy(browser.pid()) || browser.descendants().anyMatch(child -> isLockedBy(child.pid()));
    }

    /** Whether the profile's {@code SingletonLock} link ({@code <hostname>-<pid>}) names {@code pid}. */
    private boolean isLockedBy(long pid) {
        try {
            return Files.readSymbolicLink(path.resolve(SINGLETON_LOCK)).toString().endsWith("-" + pid);
        } catch (IOException | UnsupportedOperationException noLock) {
            return false;
        }
    }

    private void deleteSingletonSocketDirectory(Duration retryFor) throws InterruptedException {
        try {
            Path socketDirectory = Files.readSymbolicLink(path.resolve(SINGLETON_SOCKET)).getParent();
            if (socketDirectory != null && !socketDirectory.startsWith(path)
                    && socketDirectory.getFileName().toString().matches(SOCKET_DIRECTORY_NAME)) {
                delete(socketDirectory, retryFor);
            }
        } catch (IOException | UnsupportedOperationException noSocket) {
            LOG.log(Level.DEBUG, "No SingletonSocket link in " + path, noSocket);
        }
    }

    private static void delete(Path directory, Duration retryFor) throws InterruptedException {
        try {
            Directories.deleteRecursively(directory, retryFor);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + directory, e);
        }
    }
}

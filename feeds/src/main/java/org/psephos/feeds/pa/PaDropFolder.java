package org.psephos.feeds.pa;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.psephos.tally.LiveTally;

/**
 * Watches the folder PA drops its files into, and applies each result to a {@link LiveTally} as
 * it arrives. A {@link WatchService} wakes it, and every wake-up (and every poll interval, in case
 * an event is lost) scans the whole folder, so nothing depends on events alone.
 *
 * <ul>
 *   <li>Only {@code *.xml} files are read; names starting with a dot or ending in {@code .tmp} or
 *       {@code .part} are left alone, so a file written under a temporary name and renamed
 *       atomically is read once, whole.
 *   <li>A file that does not parse is read again while it keeps changing (it may still be being
 *       written); once its size and time have not changed for the settle time, it is reported as
 *       bad and skipped. A file is read again whenever its size or time changes.
 *   <li>Results of a scan are applied in order of revision, then name; {@link PaFeed} holds back a
 *       revision whose predecessor is missing, so the order of arrival does not matter.
 *   <li>A malformed or unknown file, or one {@link PaFeed} rejects, is reported to the listener
 *       and skipped; the folder is watched on. Nominations are read once, before watching (see
 *       {@link #election(Path)}); a nominations file arriving later is reported as skipped.
 * </ul>
 *
 * <p>Restarting on a folder that already holds files gives the same tally: {@link #start} applies
 * the files present before it returns. The listener is called on the watching thread, after each
 * file; an exception it throws is caught so the night goes on.
 */
public final class PaDropFolder implements AutoCloseable {
  private final Path folder;
  private final LiveTally live;
  private final Listener listener;
  private final Duration poll;
  private final Duration settle;
  private final WatchService watcher;
  private final Map<Path, Seen> seen = new HashMap<>();
  private final Thread thread;
  private volatile PaFeed feed;
  private volatile boolean running = true;
  private boolean watching;

  /** What happens to the files of a drop folder, reported on the watching thread. */
  public interface Listener {
    /**
     * A result file was applied (its revisions may also have been held back or ignored: see the
     * step's gaps and notices).
     *
     * @param file the file
     * @param step what it did; {@code step.feed().tally()} is the live tally now
     */
    void applied(Path file, PaFeedStep step);

    /**
     * A file was bad and is skipped: not PA's XML, truncated and no longer changing, or rejected
     * by the feed.
     *
     * @param file the file
     * @param problem why, naming the file, the element and the figures
     */
    void rejected(Path file, RuntimeException problem);

    /**
     * A file was left alone: a nominations or state-of-parties file arriving while watching.
     *
     * @param file the file
     * @param reason why
     */
    default void skipped(Path file, String reason) {}
  }

  private PaDropFolder(
      Path folder, PaFeed feed, LiveTally live, Listener listener, Duration poll, Duration settle)
      throws IOException {
    this.folder = folder;
    this.feed = feed;
    this.live = live;
    this.listener = listener;
    this.poll = poll;
    this.settle = settle;
    this.watcher = folder.getFileSystem().newWatchService();
    folder.register(
        watcher,
        StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_MODIFY,
        StandardWatchEventKinds.ENTRY_DELETE);
    this.thread = new Thread(this::watch, "psephos-pa-drop-folder " + folder.getFileName());
    this.thread.setDaemon(true);
  }

  /**
   * The election of the nominations files in a folder (every {@code *.xml} file whose root is
   * {@code LocalElectionNominations}), each council whose boundaries changed sized by the {@code
   * NewCouncil} of its result in the folder, if any ({@link PaElection#of(java.util.Collection,
   * java.util.Collection)}).
   *
   * @param folder the folder
   * @return the election
   * @throws PaFeedException if a nominations file is bad, or there is none
   * @throws UncheckedIOException if the folder cannot be read
   */
  public static PaElection election(Path folder) {
    List<PaNominations> nominations = new ArrayList<>();
    List<PaResult> results = new ArrayList<>();
    for (Path file : xmlFiles(folder)) {
      PaMessage message;
      try {
        message = PaReader.read(file);
      } catch (PaFeedException e) {
        continue; // not nominations; reported when the folder's files are applied
      }
      if (message instanceof PaNominations read) {
        nominations.add(read);
      } else if (message instanceof PaResult read) {
        results.add(read);
      }
    }
    if (nominations.isEmpty()) {
      throw new PaFeedException(
          PaFeedException.Kind.NOT_PA_XML,
          folder.toString(),
          "/",
          "no LocalElectionNominations file in the folder",
          org.psephos.DataSubject.none());
    }
    return PaElection.of(nominations, results);
  }

  /**
   * Applies the results already in the folder, then watches it on a thread of its own.
   *
   * @param folder the folder
   * @param election the election, as {@link #election(Path)} reads it
   * @param live the live tally to update; it should start as {@link PaElection#emptyTally()}
   * @param listener what to tell after each file
   * @param poll how long to wait for an event before scanning anyway
   * @param settle how long a file that does not parse must stay unchanged to count as bad; zero
   *     reports it at once (for a folder read once, whose files are complete)
   * @return the running drop folder; close it to stop
   * @throws UncheckedIOException if the folder cannot be watched
   */
  public static PaDropFolder start(
      Path folder,
      PaElection election,
      LiveTally live,
      Listener listener,
      Duration poll,
      Duration settle) {
    requireNonNull(folder, "folder");
    try {
      PaDropFolder drop =
          new PaDropFolder(
              folder,
              PaFeed.start(requireNonNull(election, "election")),
              requireNonNull(live, "live"),
              requireNonNull(listener, "listener"),
              requireNonNull(poll, "poll"),
              requireNonNull(settle, "settle"));
      drop.scan();
      drop.watching = true;
      drop.thread.start();
      return drop;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch " + folder, e);
    }
  }

  /**
   * The feed as it stands: the tally, the revisions applied and held back.
   *
   * @return the feed
   */
  public PaFeed feed() {
    return feed;
  }

  /** Stops watching; waits for the watching thread to end. */
  @Override
  public void close() {
    running = false;
    try {
      watcher.close();
    } catch (IOException e) {
      // the watch service holds no data; the thread ends on running == false either way
    }
    thread.interrupt();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void watch() {
    while (running) {
      try {
        WatchKey key = watcher.poll(poll.toMillis(), TimeUnit.MILLISECONDS);
        if (key != null) {
          key.pollEvents();
          key.reset();
        }
        scan();
      } catch (InterruptedException | ClosedWatchServiceException e) {
        return;
      } catch (UncheckedIOException e) {
        // the folder could not be listed this time; the next poll tries again
      }
    }
  }

  /** Reads every new or changed file once, results in order of revision then name. */
  synchronized void scan() {
    List<Candidate> ready = new ArrayList<>();
    for (Path file : xmlFiles(folder)) {
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(file, BasicFileAttributes.class);
      } catch (IOException e) {
        continue; // gone between listing and reading: it will show again if it comes back
      }
      Seen now = new Seen(attributes.size(), attributes.lastModifiedTime().toMillis(), 0L);
      Seen before = seen.get(file);
      if (before != null && before.done && before.sameFile(now)) {
        continue;
      }
      ready.add(new Candidate(file, now, before));
    }
    List<Parsed> parsed = new ArrayList<>();
    for (Candidate candidate : ready) {
      Parsed one = parse(candidate);
      if (one != null) {
        parsed.add(one);
      }
    }
    parsed.sort(Comparator.comparingInt(Parsed::revision).thenComparing(p -> p.file.toString()));
    for (Parsed one : parsed) {
      apply(one);
    }
  }

  private @Nullable Parsed parse(Candidate candidate) {
    Path file = candidate.file;
    long now = System.nanoTime();
    try {
      PaMessage message = PaReader.read(file);
      if (changedWhileRead(candidate, now)) {
        return null;
      }
      seen.put(file, candidate.attributes.finished());
      return new Parsed(file, message);
    } catch (PaFeedException e) {
      if (changedWhileRead(candidate, now)
          || e.kind() == PaFeedException.Kind.MALFORMED && stillChanging(candidate, now)) {
        return null;
      }
      seen.put(file, candidate.attributes.finished());
      report(file, e);
    } catch (UncheckedIOException e) {
      seen.put(file, candidate.attributes.unfinished(now));
    }
    return null;
  }

  /**
   * Whether the file's size or time moved between the listing and the end of its reading (being
   * written meanwhile, or gone): what was read may be a mix of two versions, so it is neither
   * applied nor reported, and the next scan reads it again. Without this, a file seen empty and
   * read complete was judged and then judged again once its new size was seen.
   */
  private boolean changedWhileRead(Candidate candidate, long now) {
    Seen after;
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(candidate.file, BasicFileAttributes.class);
      after = new Seen(attributes.size(), attributes.lastModifiedTime().toMillis(), 0L);
    } catch (IOException e) {
      seen.remove(candidate.file);
      return true;
    }
    if (after.sameFile(candidate.attributes)) {
      return false;
    }
    seen.put(candidate.file, after.unfinished(now));
    return true;
  }

  /** Whether a file that does not parse may still be being written. */
  private boolean stillChanging(Candidate candidate, long now) {
    if (settle.isZero()) {
      return false;
    }
    Seen before = candidate.before;
    if (before == null || !before.sameFile(candidate.attributes)) {
      seen.put(candidate.file, candidate.attributes.unfinished(now));
      return true;
    }
    seen.put(candidate.file, before);
    return now - before.unchangedSince < settle.toNanos();
  }

  private void apply(Parsed one) {
    if (!(one.message instanceof PaResult result)) {
      if (watching || !(one.message instanceof PaNominations)) {
        safely(() -> listener.skipped(one.file, skipReason(one.message)));
      }
      return;
    }
    try {
      PaFeedStep step = feed.apply(result);
      feed = step.feed();
      live.update(tally -> step.feed().tally());
      safely(() -> listener.applied(one.file, step));
    } catch (PaFeedException e) {
      report(one.file, e);
    }
  }

  private static String skipReason(PaMessage message) {
    return message instanceof PaNominations
        ? "nominations are read before watching; restart to take new nominations"
        : "a state-of-parties message is not applied to the tally";
  }

  private void report(Path file, RuntimeException problem) {
    safely(() -> listener.rejected(file, problem));
  }

  private static void safely(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      // a listener's failure must not stop the night; the next file is read as usual
    }
  }

  private static List<Path> xmlFiles(Path folder) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.xml")) {
      for (Path file : stream) {
        String name = String.valueOf(file.getFileName());
        if (!name.startsWith(".") && Files.isRegularFile(file)) {
          files.add(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    files.sort(Comparator.naturalOrder());
    return files;
  }

  /** What was last seen of a file: its size and time, and whether it was dealt with. */
  private static final class Seen {
    final long size;
    final long modified;
    final long unchangedSince;
    final boolean done;

    Seen(long size, long modified, long unchangedSince) {
      this(size, modified, unchangedSince, false);
    }

    private Seen(long size, long modified, long unchangedSince, boolean done) {
      this.size = size;
      this.modified = modified;
      this.unchangedSince = unchangedSince;
      this.done = done;
    }

    boolean sameFile(Seen other) {
      return size == other.size && modified == other.modified;
    }

    Seen finished() {
      return new Seen(size, modified, unchangedSince, true);
    }

    Seen unfinished(long since) {
      return new Seen(size, modified, since, false);
    }
  }

  /** A file to read. */
  private static final class Candidate {
    final Path file;
    final Seen attributes;
    final @Nullable Seen before;

    Candidate(Path file, Seen attributes, @Nullable Seen before) {
      this.file = file;
      this.attributes = attributes;
      this.before = before;
    }
  }

  /** A file read. */
  private static final class Parsed {
    final Path file;
    final PaMessage message;

    Parsed(Path file, PaMessage message) {
      this.file = file;
      this.message = message;
    }

    int revision() {
      return message instanceof PaResult result ? result.revision() : 0;
    }
  }
}

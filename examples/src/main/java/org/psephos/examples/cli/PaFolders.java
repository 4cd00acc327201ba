package org.psephos.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.psephos.Council;
import org.psephos.feeds.pa.PaDifference;
import org.psephos.feeds.pa.PaDropFolder;
import org.psephos.feeds.pa.PaElection;
import org.psephos.feeds.pa.PaFeed;
import org.psephos.feeds.pa.PaFeedException;
import org.psephos.feeds.pa.PaFeedStep;
import org.psephos.feeds.pa.PaMessage;
import org.psephos.feeds.pa.PaNominations;
import org.psephos.feeds.pa.PaReader;
import org.psephos.feeds.pa.PaResult;
import org.psephos.json.PublishedDeclaration;
import org.psephos.tally.CouncilResult;
import org.psephos.tally.LiveTally;

/** Reading a PA folder for the commands, and writing files atomically. */
final class PaFolders {
  private PaFolders() {}

  /** The election of a PA folder's nominations; a bad folder is bad data. */
  static PaElection election(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new BadDataException(folder + ": not a folder");
    }
    try {
      return PaDropFolder.election(folder);
    } catch (PaFeedException | UncheckedIOException e) {
      throw new BadDataException(String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * A PA folder read once: its election, the feed of all its results, and every problem found:
   * bad files (skipped), revisions held back for a gap, PA's figures that disagree, notices.
   */
  record Read(
      PaElection election, PaFeed feed, List<String> problems, int badFiles,
      List<Council> arrivals) {
    boolean isClean() {
      return badFiles == 0 && feed.gaps().isEmpty() && problems.isEmpty();
    }
  }

  /** Reads a PA folder once: every file there now, none awaited. */
  static Read read(Path folder) {
    PaElection election = election(folder);
    List<String> problems = new ArrayList<>();
    Set<Council> arrivals = new LinkedHashSet<>();
    int[] bad = {0};
    PaDropFolder.Listener listener =
        new PaDropFolder.Listener() {
          @Override
          public void applied(Path file, PaFeedStep step) {
            step.notices().forEach(notice -> problems.add(file.getFileName() + ": " + notice));
            step.changed().forEach(result -> arrivals.add(result.council()));
          }

          @Override
          public void rejected(Path file, RuntimeException problem) {
            bad[0]++;
            problems.add("bad file, skipped: " + problem.getMessage());
          }
        };
    PaFeed feed;
    try (PaDropFolder drop =
        PaDropFolder.start(
            folder,
            election,
            LiveTally.of(election.emptyTally()),
            listener,
            Duration.ofMillis(100),
            Duration.ZERO)) {
      feed = drop.feed();
    }
    for (PaDifference difference : feed.differences()) {
      problems.add("PA's figure differs: " + difference);
    }
    for (PaFeedException gap : feed.gaps()) {
      problems.add(String.valueOf(gap.getMessage()));
    }
    return new Read(election, feed, problems, bad[0], List.copyOf(arrivals));
  }

  /**
   * Reads PA files given one by one, as a folder holding just them is read: the nominations among
   * them make the election (each council whose boundaries changed sized by its result's {@code
   * NewCouncil}), then the results are applied in the order given (their revisions in any order).
   * A file that is not PA's XML, or a result that is rejected, is a bad file, skipped.
   *
   * @param files the files: at least one nominations file, and results
   * @return what was read
   * @throws BadDataException if no file is nominations, or the nominations are bad
   */
  static Read readFiles(List<Path> files) {
    List<PaNominations> nominations = new ArrayList<>();
    List<Path> resultFiles = new ArrayList<>();
    List<PaResult> results = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int bad = 0;
    for (Path file : files) {
      PaMessage message;
      try {
        message = PaReader.read(file);
      } catch (PaFeedException | UncheckedIOException e) {
        bad++;
        problems.add("bad file, skipped: " + e.getMessage());
        continue;
      }
      if (message instanceof PaNominations read) {
        nominations.add(read);
      } else if (message instanceof PaResult read) {
        resultFiles.add(file);
        results.add(read);
      }
    }
    if (nominations.isEmpty()) {
      throw new BadDataException(
          files.get(0) + ": no LocalElectionNominations among the PA files given ("
              + files.size() + "); give the nominations file first, then the results");
    }
    PaElection election;
    try {
      election = PaElection.of(nominations, results);
    } catch (PaFeedException e) {
      throw new BadDataException(String.valueOf(e.getMessage()), e);
    }
    PaFeed feed = PaFeed.start(election);
    Set<Council> arrivals = new LinkedHashSet<>();
    for (int i = 0; i < results.size(); i++) {
      try {
        PaFeedStep step = feed.apply(results.get(i));
        feed = step.feed();
        Path file = resultFiles.get(i);
        step.notices().forEach(notice -> problems.add(file.getFileName() + ": " + notice));
        step.changed().forEach(result -> arrivals.add(result.council()));
      } catch (PaFeedException e) {
        bad++;
        problems.add("bad file, skipped: " + e.getMessage());
      }
    }
    for (PaDifference difference : feed.differences()) {
      problems.add("PA's figure differs: " + difference);
    }
    for (PaFeedException gap : feed.gaps()) {
      problems.add(String.valueOf(gap.getMessage()));
    }
    return new Read(election, feed, problems, bad, List.copyOf(arrivals));
  }

  /** Whether a file is named as PA's XML: {@code .xml}, in any case. */
  static boolean isXml(Path file) {
    return file.getFileName() != null
        && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
  }

  /**
   * The declarations a PA folder read gives, one per council declared (its highest revision), in
   * the order the councils first declared (the order their files were applied), numbered from 1.
   */
  static List<PublishedDeclaration> declarations(Read read) {
    List<PublishedDeclaration> declarations = new ArrayList<>();
    long sequence = 1;
    for (Council council : read.arrivals()) {
      Optional<CouncilResult> result = read.feed().tally().result(council);
      if (result.isPresent()) {
        declarations.add(PublishedDeclaration.of(
            read.election().election().id(), sequence++, result.get().declaration()));
      }
    }
    return declarations;
  }

  /**
   * Writes a file whole or not at all: to a temporary file beside it, then an atomic rename, so a
   * reader never sees half a document.
   */
  static void writeAtomically(Path file, String text) {
    Path absolute = file.toAbsolutePath();
    Path parent = absolute.getParent();
    try {
      Path temporary = Files.createTempFile(parent, "." + absolute.getFileName(), ".tmp");
      try {
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new BadDataException(file + ": cannot write: " + e.getMessage(), e);
    }
  }
}

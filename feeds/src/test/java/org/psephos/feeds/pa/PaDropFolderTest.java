package org.psephos.feeds.pa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.psephos.tally.LiveTally;
import org.psephos.tally.Tally;

/**
 * Files appear while the folder is watched: whole, in two writes, by an atomic rename, and bad.
 * Every wait is a poll of the listener's events with a timeout; none is a fixed sleep.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PaDropFolderTest {
  private static final Duration POLL = Duration.ofMillis(50);
  private static final Duration SETTLE = Duration.ofMillis(1500);
  private static final long WAIT_SECONDS = 20;

  /** Records the listener's calls as lines such as "applied r_Allton_1.xml". */
  static final class Events implements PaDropFolder.Listener {
    final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    @Override
    public void applied(Path file, PaFeedStep step) {
      lines.add("applied " + file.getFileName());
    }

    @Override
    public void rejected(Path file, RuntimeException problem) {
      String kind = problem instanceof PaFeedException e ? e.kind().name() : "?";
      lines.add("rejected " + file.getFileName() + " " + kind);
    }

    @Override
    public void skipped(Path file, String reason) {
      lines.add("skipped " + file.getFileName());
    }

    String next() throws InterruptedException {
      String line = lines.poll(WAIT_SECONDS, TimeUnit.SECONDS);
      assertThat(line).as("an event within " + WAIT_SECONDS + " s").isNotNull();
      return line;
    }
  }

  private static void write(Path file, String text) throws Exception {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void filesAppearingWhileWatchedAreAppliedAndARestartGivesTheSameTally(@TempDir Path dir)
      throws Exception {
    write(dir.resolve("n_Thirdsby.xml"), SmallFeed.thirdsbyNominations());
    write(dir.resolve("n_Allton.xml"), SmallFeed.alltonNominations());
    write(dir.resolve("r_Allton_1.xml"), alltonXml(1, 5, 4));
    PaElection election = PaDropFolder.election(dir);
    LiveTally live = LiveTally.of(election.emptyTally());
    Events events = new Events();
    Tally finalTally;
    try (PaDropFolder drop = PaDropFolder.start(dir, election, live, events, POLL, SETTLE)) {
      // the files already there are applied before start returns
      assertThat(events.lines.poll()).isEqualTo("applied r_Allton_1.xml");
      assertThat(live.snapshot().councilsDeclared()).isEqualTo(1);

      // a result written in two parts: the first part is seen and held, not reported
      String whole = SmallFeed.thirdsby(1, "Lab:5", "C:2", "Ind:1");
      Path thirdsby = dir.resolve("r_Thirdsby_1.xml");
      write(thirdsby, whole.substring(0, whole.length() / 2));
      drop.scan();
      assertThat(events.lines.poll()).isNull();
      assertThat(live.snapshot().councilsDeclared()).isEqualTo(1);
      write(thirdsby, whole);
      assertThat(events.next()).isEqualTo("applied r_Thirdsby_1.xml");
      assertThat(live.snapshot().councilsDeclared()).isEqualTo(2);

      // a revision written under a temporary name and renamed atomically
      Path part = dir.resolve("r_Thirdsby_2.xml.part");
      write(part, SmallFeed.thirdsby(2, "Lab:4", "C:3", "Ind:1"));
      Files.move(part, dir.resolve("r_Thirdsby_2.xml"), StandardCopyOption.ATOMIC_MOVE);
      assertThat(events.next()).isEqualTo("applied r_Thirdsby_2.xml");
      assertThat(drop.feed().revision(election.council(SmallFeed.THIRDSBY).orElseThrow())).hasValue(2);

      // bad files are reported and skipped; the night goes on
      write(dir.resolve("junk.xml"), "<rss><channel/></rss>");
      assertThat(events.next()).isEqualTo("rejected junk.xml NOT_PA_XML");
      write(dir.resolve("r_Broken_1.xml"), whole.substring(0, 40));
      assertThat(events.next()).isEqualTo("rejected r_Broken_1.xml MALFORMED");
      write(dir.resolve("r_Allton_2.xml"), alltonXml(2, 5, 4).replace("paId='9002'", "paId='9999'"));
      assertThat(events.next()).isEqualTo("rejected r_Allton_2.xml UNKNOWN_COUNCIL");
      write(dir.resolve("n_Late.xml"), SmallFeed.alltonNominations());
      assertThat(events.next()).isEqualTo("skipped n_Late.xml");
      write(dir.resolve("r_Allton_3.xml"), alltonXml(3, 3, 6));
      assertThat(events.next()).isEqualTo("applied r_Allton_3.xml");
      assertThat(drop.feed().gaps()).hasSize(1);
      assertThat(live.snapshot()).isEqualTo(drop.feed().tally());
      finalTally = live.snapshot();
    }

    LiveTally again = LiveTally.of(election.emptyTally());
    Events restartEvents = new Events();
    try (PaDropFolder restarted =
        PaDropFolder.start(dir, PaDropFolder.election(dir), again, restartEvents, POLL, SETTLE)) {
      assertThat(again.snapshot()).isEqualTo(finalTally);
      assertThat(restarted.feed().gaps()).hasSize(1);
    }
  }

  @Test
  void aFileWrittenWhileTheFolderIsReadIsJudgedOnceWhenComplete(@TempDir Path dir)
      throws Exception {
    write(dir.resolve("n_Allton.xml"), SmallFeed.alltonNominations());
    PaElection election = PaDropFolder.election(dir);
    Events events = new Events();
    int files = 300;
    try (PaDropFolder drop =
        PaDropFolder.start(
            dir, election, LiveTally.of(election.emptyTally()), events, POLL, SETTLE)) {
      // a second reader scanning as fast as it can, so that files are often listed at one size
      // and read at another
      java.util.concurrent.atomic.AtomicBoolean writing =
          new java.util.concurrent.atomic.AtomicBoolean(true);
      Thread scanner =
          new Thread(
              () -> {
                while (writing.get()) {
                  drop.scan();
                }
              });
      scanner.start();
      for (int i = 0; i < files; i++) {
        // created empty, then written: as a writer that opens the file before it has the text
        Path file = Files.createFile(dir.resolve("junk_" + i + ".xml"));
        write(file, "<rss><channel><title>" + i + "</title></channel></rss>");
      }
      writing.set(false);
      scanner.join();
      drop.scan();
      java.util.Map<String, Integer> rejections = new java.util.TreeMap<>();
      for (int i = 0; i < files; i++) {
        String line = events.next();
        assertThat(line).endsWith(" NOT_PA_XML");
        rejections.merge(line, 1, Integer::sum);
      }
      drop.scan();
      assertThat(events.lines.poll(3 * POLL.toMillis(), TimeUnit.MILLISECONDS))
          .as("an event after every file was judged once")
          .isNull();
      assertThat(rejections).hasSize(files).containsValue(1).doesNotContainValue(2);
    }
  }

  @Test
  void aFolderWithoutNominationsHasNoElection(@TempDir Path dir) throws Exception {
    write(dir.resolve("r_Allton_1.xml"), alltonXml(1, 5, 4));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PaDropFolder.election(dir))
        .isInstanceOf(PaFeedException.class)
        .hasMessageContaining("no LocalElectionNominations file");
  }

  private static String alltonXml(int revision, int lab, int ld) {
    return "<LocalElectionResult revision='" + revision + "'><Election date='2026-05-07' paId='252'>"
        + "<Council name='Allton' paId='9002' type='London' proportion='all'>"
        + SmallFeed.block("NewCouncil", "seats", "Lab:" + lab, "LD:" + ld)
        + "</Council></Election></LocalElectionResult>";
  }
}

package org.psephos.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.psephos.Council;
import org.psephos.Election;
import org.psephos.json.DeclarationStream;
import org.psephos.json.PsephosJson;
import org.psephos.json.PsephosJsonException;
import org.psephos.json.PublishedDeclaration;
import org.psephos.tally.LiveTally;
import org.psephos.tally.Tally;
import org.psephos.text.Scoreboard;

/**
 * A live results service in miniature: one thread reads declarations from a newline-delimited
 * stream (as a feed delivers them) and applies each to a {@link LiveTally}; another thread
 * publishes the scoreboard on a timer, whenever it changed.
 *
 * <p>What to copy:
 *
 * <ul>
 *   <li>the {@link LiveTally} is the only shared state: the reader applies declarations to it, and
 *       the publisher reads one immutable {@link Tally} snapshot per publication, so each
 *       scoreboard is consistent however the threads interleave, with no lock;
 *   <li>{@code live.apply(d)} returns the snapshot it published, so the reader reports that
 *       declaration's outcome from the same snapshot;
 *   <li>a bad line of the feed is reported and skipped ({@link PsephosJsonException} names its line
 *       and the reason): a live feed goes on.
 * </ul>
 *
 * <p>Run it ({@code java -cp examples/target/psephos.jar org.psephos.examples.LiveFeed}) to watch
 * the bundled London 2018 night arrive at ten declarations a second.
 */
public final class LiveFeed {
  private LiveFeed() {}

  /**
   * Replays the bundled London 2018 feed live: a declaration every 100 ms, the scoreboard
   * published every 250 ms when it changed.
   *
   * @param args not used
   * @throws InterruptedException if interrupted while waiting for the threads
   */
  public static void main(String[] args) throws InterruptedException {
    Election election = London2018.election().election();
    try (InputStream feed = London2018.openDeclarations()) {
      run(election, feed, Duration.ofMillis(100), Duration.ofMillis(250), System.out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a feed on one thread while another publishes the scoreboard; returns when the feed
   * ends, after a last publication.
   *
   * @param election the election the feed is for
   * @param feed the declaration stream, one {@code psephos.declaration/1} document per line
   * @param pause how long the reader waits after each declaration (a real feed waits for the
   *     network instead)
   * @param publishEvery how often the publisher looks for a new snapshot
   * @param out where outcome lines and scoreboards are printed
   * @return the final tally
   * @throws InterruptedException if interrupted while waiting for the threads
   */
  @SuppressWarnings("ReferenceEquality") // a new snapshot is a new object: identity is the test
  public static Tally run(
      Election election, InputStream feed, Duration pause, Duration publishEvery, PrintStream out)
      throws InterruptedException {
    LiveTally live = LiveTally.of(Tally.of(election));
    Scoreboard scoreboard = Scoreboard.standard();

    // The publisher: on a timer, one snapshot per publication, printed only when it changed.
    AtomicReference<Tally> lastPublished = new AtomicReference<>(live.snapshot());
    Runnable publish =
        () -> {
          Tally snapshot = live.snapshot();
          if (snapshot != lastPublished.getAndSet(snapshot)) {
            out.print("\n" + scoreboard.format(snapshot.standings()) + "\n");
          }
        };
    ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor();
    ScheduledFuture<?> publishing =
        publisher.scheduleAtFixedRate(
            publish,
            publishEvery.toMillis(),
            Math.max(1, publishEvery.toMillis()),
            TimeUnit.MILLISECONDS);

    // The reader: applies each declaration as it arrives.
    AtomicReference<@Nullable RuntimeException> failure = new AtomicReference<>();
    Thread reader =
        new Thread(
            () -> {
              try (DeclarationStream stream =
                  PsephosJson.standard().declarationStream(election, feed)) {
                while (true) {
                  Optional<PublishedDeclaration> next;
                  try {
                    next = stream.next();
                  } catch (PsephosJsonException e) {
                    out.println("skipped line " + e.line() + " of the feed: " + e.reason());
                    continue;
                  }
                  if (next.isEmpty()) {
                    return;
                  }
                  Council council = next.get().declaration().council();
                  Tally published = live.apply(next.get().declaration());
                  out.println(
                      council.name() + ": " + published.outcome(council).orElseThrow().describe());
                  Thread.sleep(pause.toMillis());
                }
              } catch (IOException e) {
                failure.set(new UncheckedIOException(e));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (RuntimeException e) {
                failure.set(e);
              }
            },
            "feed-reader");
    reader.start();
    reader.join();

    publishing.cancel(false);
    publisher.shutdown();
    if (!publisher.awaitTermination(10, TimeUnit.SECONDS)) {
      publisher.shutdownNow();
    }
    publish.run(); // the last snapshot, if the timer has not published it yet
    RuntimeException failed = failure.get();
    if (failed != null) {
      throw failed;
    }
    return live.snapshot();
  }
}

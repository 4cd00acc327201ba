package org.psephos.feeds.tables;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.psephos.Election;
import org.psephos.tally.LiveTally;
import org.psephos.ward.WardResult;

/**
 * Polls Democracy Club's results API and feeds what it finds to a {@link LiveTally}: each poll asks
 * for the results updated since the last one ({@code last_updated}, the greatest seen so far),
 * follows the pages' {@code next} links, reads every page ({@link DemocracyClubApi}) and only then
 * applies the new ward results, so that a bad page applies nothing. A ballot seen again with a
 * different result replaces its earlier result (withdrawn, then applied); one seen again unchanged
 * is skipped. A {@code 429 Too Many Requests} is retried after the server's {@code Retry-After}
 * seconds, or after a doubling backoff from {@link #backoff()}, at most {@link #MAX_ATTEMPTS} times.
 *
 * <p>The base URL is configurable, so that tests and mirrors can serve the API; the default is
 * Democracy Club's candidates site. Not thread-safe: poll from one thread.
 */
public final class DemocracyClubPoller {
  /** Democracy Club's candidates site. */
  public static final URI DEFAULT_BASE = URI.create("https://candidates.democracyclub.org.uk/");

  /** How many times a request is tried when the server answers 429. */
  public static final int MAX_ATTEMPTS = 5;

  /** Waits between attempts; the tests pass one that does not sleep. */
  @FunctionalInterface
  public interface Sleeper {
    /**
     * Waits.
     *
     * @param duration how long
     * @throws InterruptedException if interrupted
     */
    void sleep(Duration duration) throws InterruptedException;
  }

  private final HttpClient client;
  private final URI base;
  private final LocalDate electionDate;
  private final Election election;
  private final LiveTally tally;
  private final Duration backoff;
  private final Sleeper sleeper;
  private final boolean readBallots;
  private final Map<String, WardResult> applied = new HashMap<>();
  private final List<String> notices = new ArrayList<>();
  private @Nullable String cursor;

  private DemocracyClubPoller(
      HttpClient client,
      URI base,
      LocalDate electionDate,
      Election election,
      LiveTally tally,
      Duration backoff,
      Sleeper sleeper,
      boolean readBallots) {
    this.client = client;
    this.base = base;
    this.electionDate = electionDate;
    this.election = election;
    this.tally = tally;
    this.backoff = backoff;
    this.sleeper = sleeper;
    this.readBallots = readBallots;
  }

  /**
   * A poller.
   *
   * @param base the site's base URL, such as {@link #DEFAULT_BASE}
   * @param electionDate the polling day asked for
   * @param election the election the ballots' councils and parties belong to
   * @param tally the live tally to feed
   * @param backoff the first wait after a 429 without {@code Retry-After}, doubled each time
   * @param sleeper how to wait ({@code Thread::sleep} in production)
   * @return the poller, its cursor empty (the first poll asks for every result)
   */
  public static DemocracyClubPoller of(
      URI base,
      LocalDate electionDate,
      Election election,
      LiveTally tally,
      Duration backoff,
      Sleeper sleeper) {
    return create(base, electionDate, election, tally, backoff, sleeper, false);
  }

  /**
   * A poller that also reads the day's ballots ({@code /api/next/ballots/?election_date=...},
   * every page) on each poll and applies them to the results ({@link DemocracyClubBallots#link}):
   * each ballot's seats its {@code winner_count}, and the result of a ballot that replaces a
   * postponed one given to the ballot it replaces, the election's ward.
   *
   * @param base the site's base URL, such as {@link #DEFAULT_BASE}
   * @param electionDate the polling day asked for
   * @param election the election the ballots' councils and parties belong to
   * @param tally the live tally to feed
   * @param backoff the first wait after a 429 without {@code Retry-After}, doubled each time
   * @param sleeper how to wait ({@code Thread::sleep} in production)
   * @return the poller, its cursor empty
   */
  public static DemocracyClubPoller withBallots(
      URI base,
      LocalDate electionDate,
      Election election,
      LiveTally tally,
      Duration backoff,
      Sleeper sleeper) {
    return create(base, electionDate, election, tally, backoff, sleeper, true);
  }

  /** A poller on its own HTTP client, reading the day's ballots too if {@code ballots}. */
  private static DemocracyClubPoller create(
      URI base,
      LocalDate electionDate,
      Election election,
      LiveTally tally,
      Duration backoff,
      Sleeper sleeper,
      boolean ballots) {
    return new DemocracyClubPoller(
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(),
        requireNonNull(base, "base"),
        requireNonNull(electionDate, "electionDate"),
        requireNonNull(election, "election"),
        requireNonNull(tally, "tally"),
        requireNonNull(backoff, "backoff"),
        requireNonNull(sleeper, "sleeper"),
        ballots);
  }

  /**
   * The first wait after a 429 without {@code Retry-After}.
   *
   * @return the wait
   */
  public Duration backoff() {
    return backoff;
  }

  /**
   * The cursor: the greatest {@code last_updated} seen, empty before the first result.
   *
   * @return the cursor
   */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  /**
   * The notices of every page read so far (ballots without a result yet, and the like).
   *
   * @return an unmodifiable copy
   */
  public List<String> notices() {
    return List.copyOf(notices);
  }

  /**
   * Polls once: every page of results updated since the cursor, then applies the new results.
   *
   * @return the ward results applied by this poll (new ones and replacements)
   * @throws IOException if a request fails, or the server answers other than 200 (or 429 too often)
   * @throws InterruptedException if interrupted while waiting
   * @throws TableFormatException if a page is bad; nothing of the poll is applied
   */
  public List<WardResult> poll() throws IOException, InterruptedException {
    String query = "api/next/results/?election_date=" + electionDate
        + (cursor == null ? "" : "&last_updated=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
    List<DemocracyClubBallots.Ballot> ballots = new ArrayList<>();
    if (readBallots) {
      URI page = base.resolve("api/next/ballots/?election_date=" + electionDate);
      while (true) {
        DemocracyClubBallots.Page read = DemocracyClubBallots.read(page.toString(), get(page));
        ballots.addAll(read.ballots());
        if (read.next().isEmpty()) {
          break;
        }
        page = base.resolve(read.next().get());
      }
    }
    URI next = base.resolve(query);
    List<WardResult> found = new ArrayList<>();
    List<String> pageNotices = new ArrayList<>();
    String newCursor = cursor;
    while (true) {
      byte[] body = get(next);
      DemocracyClubApi.Page page = DemocracyClubApi.read(next.toString(), body);
      CandidateTable table =
          readBallots ? DemocracyClubBallots.link(page.table(), ballots) : page.table();
      found.addAll(table.wardResults(election));
      pageNotices.addAll(table.notices());
      if (page.lastUpdated().isPresent()
          && (newCursor == null || page.lastUpdated().get().compareTo(newCursor) > 0)) {
        newCursor = page.lastUpdated().get();
      }
      if (page.next().isEmpty()) {
        break;
      }
      next = base.resolve(page.next().get());
    }
    List<WardResult> changed = new ArrayList<>();
    for (WardResult result : found) {
      WardResult earlier = applied.get(result.wardId());
      if (result.equals(earlier)) {
        continue;
      }
      if (earlier != null) {
        tally.update(t -> t.withdrawWard(result.council(), result.wardId()).apply(result));
      } else {
        tally.apply(result);
      }
      applied.put(result.wardId(), result);
      changed.add(result);
    }
    notices.addAll(pageNotices);
    cursor = newCursor;
    return List.copyOf(changed);
  }

  private byte[] get(URI uri) throws IOException, InterruptedException {
    Duration wait = backoff;
    for (int attempt = 1; ; attempt++) {
      HttpResponse<byte[]> response =
          client.send(
              HttpRequest.newBuilder(uri)
                  .header("Accept", "application/json")
                  .timeout(Duration.ofSeconds(30))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() == 200) {
        return response.body();
      }
      if (response.statusCode() != 429 || attempt >= MAX_ATTEMPTS) {
        throw new IOException(
            uri + ": HTTP " + response.statusCode()
                + (response.statusCode() == 429 ? " after " + attempt + " attempts" : ""));
      }
      Optional<String> retryAfter = response.headers().firstValue("Retry-After");
      Duration delay = wait;
      if (retryAfter.isPresent() && retryAfter.get().matches("\\d{1,5}")) {
        delay = Duration.ofSeconds(Long.parseLong(retryAfter.get()));
      } else {
        wait = wait.multipliedBy(2);
      }
      sleeper.sleep(delay);
    }
  }
}

package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.ElectionDataException;
import org.psephos.Party;
import org.psephos.PartyAliases;
import org.psephos.SeatBaseline;

/**
 * {@link LiveTally} under concurrent writers and readers: every snapshot a reader takes keeps the
 * invariants of DOMAIN.md section 4 and equals a recomputation from its own declarations, and no
 * update is lost.
 *
 * <p>Four writers each own a disjoint set of councils and apply, in order, several versions of
 * each council's declaration (corrections and provisional results; the last version of each
 * council is its final, complete one), with rejected declarations mixed in. Four readers take
 * snapshots all the while. At the end the live tally equals the tally built sequentially from the
 * final versions. Every wait is bounded, so a deadlock or livelock fails the test instead of
 * hanging it.
 */
class LiveTallyConcurrencyTest {
  static final Party CON = Party.of("PP52", "Conservative", "Con");
  static final Party LAB = Party.of("PP53", "Labour", "Lab");
  static final Party LD = Party.of("PP90", "Liberal Democrats", "LD");
  static final Party GRN = Party.of("PP63", "Green", "Grn");
  static final Party IND = Party.independent("ynmp-party:2", "Independent", "Ind");
  static final List<Party> PARTIES = List.of(CON, LAB, LD, GRN, IND);

  static final int COUNCILS = 40;
  static final int WRITERS = 4;
  static final int READERS = 4;
  static final int VERSIONS = 100;
  static final int MAX_READS_PER_READER = 1_000_000;
  static final long TIMEOUT_SECONDS = 60;
  static final List<String> REGIONS = List.of("North", "South");

  /** Seats for a party list drawn at random, party weights skewed so that control varies. */
  static Map<Party, Integer> split(Random random, int seats) {
    Map<Party, Integer> split = new LinkedHashMap<>();
    int[] weights = new int[PARTIES.size()];
    for (int p = 0; p < weights.length; p++) {
      weights[p] = 1 + random.nextInt(10);
    }
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    for (int s = 0; s < seats; s++) {
      int pick = random.nextInt(total);
      int p = 0;
      while (pick >= weights[p]) {
        pick -= weights[p];
        p++;
      }
      split.merge(PARTIES.get(p), 1, Integer::sum);
    }
    return split;
  }

  /**
   * The election: 40 councils in two regions, a third of them electing by thirds, some all-out
   * councils cut in size (their previous and defended totals exceed the size), so seat changes do
   * not add up to zero.
   */
  static Election election(Random random) {
    Election.Builder builder =
        Election.builder("local.2026-05-07", LocalDate.of(2026, 5, 7), "Concurrency")
            .parties(PARTIES.toArray(new Party[0]));
    for (int c = 0; c < COUNCILS; c++) {
      int size = 20 + random.nextInt(41);
      Council council =
          Council.of(
              String.format("E07%06d", c + 1),
              "Council " + (c + 1),
              CouncilType.SHIRE_DISTRICT,
              REGIONS.get(c % REGIONS.size()),
              size);
      if (c % 3 == 0) {
        int contested = size / 3;
        Composition continuing = Composition.of(split(random, size - contested));
        Composition previous = continuing.plus(Composition.of(split(random, contested)));
        Composition defended = Composition.of(split(random, contested));
        builder.contest(Contest.builder(council)
            .contested(contested)
            .continuing(continuing)
            .previous(previous)
            .defended(defended)
            .build());
      } else {
        int oldSize = c % 5 == 1 ? size + 1 + random.nextInt(6) : size;
        Composition previous = Composition.of(split(random, oldSize));
        Composition defended = previous;
        builder.contest(Contest.builder(council).previous(previous).defended(defended).build());
      }
    }
    return builder.build();
  }

  /**
   * Declaration versions for a contest: corrections and provisional results, the last one
   * complete (the final version).
   */
  static List<Declaration> versions(Random random, Contest contest) {
    List<Declaration> versions = new ArrayList<>();
    for (int v = 0; v < VERSIONS; v++) {
      boolean last = v == VERSIONS - 1;
      int stillToFill =
          !last && random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
      Map<Party, Integer> won = split(random, contest.contested() - stillToFill);
      // who defended the seats still to fill: at most stillToFill seats, within each baseline
      Map<Party, Integer> defendedStillToFill = new LinkedHashMap<>();
      int left = random.nextInt(stillToFill + 1);
      for (Map.Entry<Party, Integer> entry : contest.defended().asMap().entrySet()) {
        int take = Math.min(left, entry.getValue());
        if (take > 0) {
          defendedStillToFill.put(entry.getKey(), take);
          left -= take;
        }
      }
      versions.add(
          Declaration.provisional(contest.council(), won, stillToFill, defendedStillToFill));
    }
    return versions;
  }

  /** A declaration the tally must reject: one seat short of the seats contested. */
  static Declaration rejected(Random random, Contest contest) {
    return Declaration.of(contest.council(), split(random, contest.contested() - 1));
  }

  // ---------------------------------------------------------------------------------------------
  // The oracle: standings recomputed from a snapshot's own declarations, without the engine.

  static Optional<Party> controller(Composition composition, int size) {
    int majority = size / 2 + 1;
    for (Party party : PARTIES) {
      if (party.cohesive() && composition.seats(party) >= majority) {
        return Optional.of(party);
      }
    }
    return Optional.empty();
  }

  static Standings recompute(Tally tally, CouncilFilter filter) {
    Election election = tally.election();
    int expected = (int) election.councils().stream().filter(filter).count();
    int seatsExpected = 0;
    for (Contest contest : election.contests()) {
      seatsExpected += filter.test(contest.council()) ? contest.contested() : 0;
    }
    int seatsDeclared = 0;
    // per party (in PARTIES order): councils, councils before, won, baseline, holdings
    int[][] figures = new int[PARTIES.size()][5];
    int declared = 0;
    int noc = 0;
    int nocBefore = 0;
    for (CouncilResult result : tally.results()) {
      Contest contest = result.contest();
      Council council = contest.council();
      if (!filter.test(council)) {
        continue;
      }
      declared++;
      Declaration declaration = result.declaration();
      seatsDeclared += declaration.seatsWon().filled();
      Optional<Party> before = controller(contest.previous(), contest.previous().total());
      Composition after = contest.continuing().plus(declaration.seatsWon());
      Optional<Party> now = controller(after, council.size());
      for (int p = 0; p < PARTIES.size(); p++) {
        Party party = PARTIES.get(p);
        int[] f = figures[p];
        f[0] += now.filter(party::equals).isPresent() ? 1 : 0;
        f[1] += before.filter(party::equals).isPresent() ? 1 : 0;
        f[2] += declaration.seatsWon().seats(party);
        f[3] += contest.defended().seats(party) - declaration.defendedStillToFill().seats(party);
        f[4] += after.seats(party);
      }
      noc += now.isPresent() ? 0 : 1;
      nocBefore += before.isPresent() ? 0 : 1;
    }
    List<PartyStanding> parties = new ArrayList<>();
    for (int p = 0; p < PARTIES.size(); p++) {
      int[] f = figures[p];
      parties.add(new PartyStanding(PARTIES.get(p), f[0], f[1], f[2], f[3], f[4]));
    }
    return Standings.of(
        declared,
        expected,
        parties,
        noc,
        nocBefore,
        new CountProgress(0, seatsDeclared, seatsExpected, Map.of(), 0),
        WardTotals.empty());
  }

  /** The invariants of section 4 on one snapshot, and the recomputation. */
  static void checkSnapshot(Tally tally) {
    assertThat(tally.election().councils()).hasSize(COUNCILS);
    checkInvariants(tally);
    Standings standings = tally.standings();
    assertThat(standings).isEqualTo(recompute(tally, CouncilFilter.all()));
    Standings merged = Standings.empty();
    for (String region : REGIONS) {
      Standings part = tally.standings(CouncilFilter.region(region));
      assertThat(part).isEqualTo(recompute(tally, CouncilFilter.region(region)));
      merged = merged.merge(part);
    }
    assertThat(merged).isEqualTo(standings);
  }

  /**
   * The invariants of section 4 (rules 4 and 5, with the baseline as last fought) on one snapshot
   * of any election: councils declared agree everywhere; councils controlled plus NOC equal
   * councils declared, before and after; council changes add up to zero; seat changes add up to
   * seats won less the baseline over the declared councils, both summed from the snapshot's own
   * results.
   */
  static void checkInvariants(Tally tally) {
    assertThat(tally.baseline()).isEqualTo(SeatBaseline.LAST_FOUGHT);
    int councils = tally.election().councils().size();
    Standings standings = tally.standings();
    int declared = tally.councilsDeclared();
    assertThat(tally.declaredCouncils()).hasSize(declared);
    assertThat(tally.results()).hasSize(declared);
    assertThat(tally.councilsToCome()).hasSize(councils - declared);
    assertThat(standings.councilsDeclared()).isEqualTo(declared);
    assertThat(standings.councilsExpected()).isEqualTo(councils);

    int controlled = 0;
    int controlledBefore = 0;
    int councilChanges = 0;
    int seatChanges = 0;
    for (PartyStanding party : standings.parties()) {
      controlled += party.councils();
      controlledBefore += party.councilsBefore();
      councilChanges += party.councilsChange();
      seatChanges += party.seatsChange();
    }
    assertThat(controlled + standings.noOverallControl()).isEqualTo(declared);
    assertThat(controlledBefore + standings.noOverallControlBefore()).isEqualTo(declared);
    assertThat(councilChanges + standings.noOverallControlChange()).isZero();

    int won = 0;
    int baseline = 0;
    for (CouncilResult result : tally.results()) {
      Declaration declaration = result.declaration();
      won += declaration.seatsWon().filled();
      baseline += result.contest().defended().total() - declaration.defendedStillToFill().total();
    }
    assertThat(seatChanges).isEqualTo(won - baseline);
  }

  /** Daemon threads, so that a thread stuck past its timeout cannot keep the test JVM alive. */
  static void startDaemon(Thread thread) {
    thread.setDaemon(true);
    thread.start();
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void concurrentCorrectionsKeepEverySnapshotConsistentAndLoseNoUpdate()
      throws InterruptedException {
    Random random = new Random(20180503L);
    Election election = election(random);
    List<Contest> contests = election.contests();
    List<List<Declaration>> versions = new ArrayList<>();
    for (Contest contest : contests) {
      versions.add(versions(random, contest));
    }
    List<Declaration> rejectedOnes = new ArrayList<>();
    for (Contest contest : contests) {
      rejectedOnes.add(rejected(random, contest));
    }

    LiveTally live = LiveTally.of(Tally.of(election));
    CountDownLatch startGate = new CountDownLatch(1);
    CountDownLatch readersRunning = new CountDownLatch(READERS);
    AtomicBoolean writersDone = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger snapshotsChecked = new AtomicInteger();
    AtomicInteger rejections = new AtomicInteger();
    Queue<Throwable> failures = new ConcurrentLinkedQueue<>();

    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      writers.add(
          new Thread(
              () -> {
                try {
                  startGate.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                  // start writing once every reader is taking snapshots (bounded wait)
                  readersRunning.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                  for (int v = 0; v < VERSIONS && !stop.get(); v++) {
                    for (int c = writer; c < COUNCILS; c += WRITERS) {
                      Declaration declaration = versions.get(c).get(v);
                      Council council = declaration.council();
                      Tally published = live.apply(declaration);
                      // the tally published includes this declaration
                      assertThat(published.declaration(council)).hasValue(declaration);
                      if (v % 10 == 5) {
                        Declaration bad = rejectedOnes.get(c);
                        assertThatThrownBy(() -> live.apply(bad))
                            .isInstanceOf(ElectionDataException.class)
                            .hasMessageContaining(council.label());
                        rejections.incrementAndGet();
                        // nothing was published for this council: only this writer writes it
                        assertThat(live.snapshot().declaration(council)).hasValue(declaration);
                      }
                    }
                    // let the readers see this round before the next (bounded wait)
                    int seen = snapshotsChecked.get();
                    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
                    while (snapshotsChecked.get() <= seen && System.nanoTime() < until) {
                      LockSupport.parkNanos(50_000);
                    }
                  }
                } catch (Throwable t) {
                  failures.add(t);
                }
              },
              "writer-" + w));
    }

    List<Thread> readers = new ArrayList<>();
    for (int r = 0; r < READERS; r++) {
      readers.add(
          new Thread(
              () -> {
                try {
                  startGate.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                  int lastDeclared = 0;
                  boolean finalLap = false;
                  for (int i = 0; i < MAX_READS_PER_READER && !stop.get() && !finalLap; i++) {
                    // one last check after the writers are done
                    finalLap = writersDone.get();
                    Tally snapshot = live.snapshot();
                    checkSnapshot(snapshot);
                    // no withdrawals: councils declared never decrease between snapshots
                    assertThat(snapshot.councilsDeclared()).isGreaterThanOrEqualTo(lastDeclared);
                    lastDeclared = snapshot.councilsDeclared();
                    snapshotsChecked.incrementAndGet();
                    if (i == 0) {
                      readersRunning.countDown();
                    }
                  }
                } catch (Throwable t) {
                  failures.add(t);
                  readersRunning.countDown();
                }
              },
              "reader-" + r));
    }

    readers.forEach(LiveTallyConcurrencyTest::startDaemon);
    writers.forEach(LiveTallyConcurrencyTest::startDaemon);
    startGate.countDown();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    try {
      for (Thread writer : writers) {
        writer.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      }
      writersDone.set(true);
      for (Thread reader : readers) {
        reader.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      }
    } finally {
      stop.set(true);
    }
    assertThat(writers).noneMatch(Thread::isAlive);
    assertThat(readers).noneMatch(Thread::isAlive);
    assertThat(failures).isEmpty();
    assertThat(snapshotsChecked.get()).isGreaterThanOrEqualTo(READERS);
    assertThat(rejections.get()).isEqualTo(COUNCILS * (VERSIONS / 10));

    // zero lost updates: every council holds its final version, as if applied one by one
    Tally last = live.snapshot();
    List<Declaration> finals = new ArrayList<>();
    for (List<Declaration> council : versions) {
      finals.add(council.get(VERSIONS - 1));
    }
    for (Declaration declaration : finals) {
      assertThat(last.declaration(declaration.council())).hasValue(declaration);
    }
    Tally sequential = Tally.of(election).applyAll(finals);
    assertThat(last).isEqualTo(sequential);
    assertThat(last.standings()).isEqualTo(sequential.standings());
    assertThat(last.results()).isEqualTo(sequential.results());
    checkSnapshot(last);
  }

  @Test
  void readModifyWriteUpdatesAreNeverLost() throws InterruptedException {
    // One council of 1,000 seats; each update moves one seat from Conservative to Labour, reading
    // the current declaration: a lost update would leave Labour short.
    Council council =
        Council.of("E06000001", "Counter", CouncilType.UNITARY_AUTHORITY, "North", 1000);
    Composition previous = Composition.of(Map.of(CON, 1000));
    Election election =
        Election.of(
            "local.2026-05-07",
            LocalDate.of(2026, 5, 7),
            "Counter",
            PARTIES,
            PartyAliases.empty(),
            List.of(Contest.builder(council).previous(previous).defended(previous).build()));
    LiveTally live =
        LiveTally.of(Tally.of(election).apply(Declaration.of(council, Map.of(CON, 1000))));
    int threads = 4;
    int updatesPerThread = 200;
    CountDownLatch startGate = new CountDownLatch(1);
    Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(
          new Thread(
              () -> {
                try {
                  startGate.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                  for (int i = 0; i < updatesPerThread; i++) {
                    live.update(
                        tally -> {
                          Composition won =
                              tally.declaration(council).orElseThrow().seatsWon();
                          int labour = won.seats(LAB) + 1;
                          Map<Party, Integer> next = new LinkedHashMap<>();
                          next.put(CON, 1000 - labour);
                          next.put(LAB, labour);
                          return tally.apply(Declaration.of(council, next));
                        });
                  }
                } catch (Throwable e) {
                  failures.add(e);
                }
              }));
    }
    workers.forEach(LiveTallyConcurrencyTest::startDaemon);
    startGate.countDown();
    for (Thread worker : workers) {
      worker.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
    }
    assertThat(workers).noneMatch(Thread::isAlive);
    assertThat(failures).isEmpty();
    Composition won = live.snapshot().declaration(council).orElseThrow().seatsWon();
    assertThat(won.seats(LAB)).isEqualTo(threads * updatesPerThread);
    assertThat(won.seats(CON)).isEqualTo(1000 - threads * updatesPerThread);
  }
}

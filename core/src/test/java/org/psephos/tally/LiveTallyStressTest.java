package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.ElectionDataException;
import org.psephos.Party;
import org.psephos.SeatBaseline;
import org.psephos.VoteConvention;
import org.psephos.Ward;
import org.psephos.ward.WardResult;

/**
 * {@link LiveTally} under stress (issue 6): four writers apply 100,000 updates in total, three in
 * four whole declarations (provisional ones among them) and one in four ward results, each a
 * correction of the one before for the same council or ward, with withdrawals and rejected updates
 * mixed in; four readers check every snapshot they take while the writing goes on.
 *
 * <p>Each snapshot must keep the invariants of DOMAIN.md section 4 ({@link
 * LiveTallyConcurrencyTest#checkInvariants}) and its standings, for the whole election and for
 * each region, must equal an independent recomputation ({@link WardOracle}, with {@link Oracle} for
 * the councils) from the snapshot's own inputs: its whole declarations and its ward results. The
 * regions' standings must merge into the whole.
 *
 * <p>No update may be lost: each writer owns its councils, so every tally published after one of
 * its updates (and the tally held after one of its rejected updates) must hold that writer's latest
 * update of every council and ward it owns; a writer checks this after every update. Each unit's
 * final version is known in advance (versions are generated from a seed per unit and version), so
 * at the end the live tally must equal the tally built sequentially from the final versions.
 *
 * <p>Bounded: threads start together at a gate, are daemons, and every wait has a deadline, so a
 * deadlock or livelock fails the test instead of hanging the build.
 */
class LiveTallyStressTest {
  static final List<Party> PARTIES = LiveTallyConcurrencyTest.PARTIES;
  static final List<String> REGIONS = LiveTallyConcurrencyTest.REGIONS;

  static final int WRITERS = 4;
  static final int READERS = 4;
  /** Declarations and ward results applied by each writer: 100,000 in all. */
  static final int APPLIED_PER_WRITER = 25_000;

  static final int COUNCILS = 48;
  static final long SEED = 20260507L;
  static final long TIMEOUT_SECONDS = 50;

  /**
   * One thing a writer updates: a council declared whole ({@code ward} null), or one ward of a
   * council counted ward by ward.
   */
  record Unit(int id, Contest contest, @Nullable Ward ward) {
    Council council() {
      return contest.council();
    }

    @Override
    public String toString() {
      return ward == null ? council().label() : council().label() + ", ward " + ward.label();
    }
  }

  /**
   * The election: 48 councils in two regions. A third elect by thirds and a third all-out, some of
   * those cut in size (seat changes then do not add up to zero); both are declared whole. The last
   * third are all-out councils of 9 to 30 seats counted ward by ward, in wards of 1 to 3 seats, some
   * with previous votes.
   */
  static Election election() {
    Random random = new Random(SEED);
    Election.Builder builder =
        Election.builder("local.2026-05-07", LocalDate.of(2026, 5, 7), "Stress")
            .parties(PARTIES.toArray(new Party[0]));
    int wardNumber = 0;
    for (int c = 0; c < COUNCILS; c++) {
      String region = REGIONS.get((c / WRITERS) % REGIONS.size());
      if (c % 3 == 2) {
        int size = 9 + random.nextInt(22);
        Council council =
            Council.of(
                String.format("E06%06d", c + 1),
                "Warded " + (c + 1),
                CouncilType.UNITARY_AUTHORITY,
                region,
                size);
        Composition previous = Composition.of(LiveTallyConcurrencyTest.split(random, size));
        // deal the defended seats out among the wards, so that the wards add up to the contest
        List<Party> seats = new ArrayList<>();
        previous.asMap().forEach((party, n) -> seats.addAll(Collections.nCopies(n, party)));
        Collections.shuffle(seats, random);
        List<Ward> wards = new ArrayList<>();
        int next = 0;
        while (next < size) {
          int wardSeats = Math.min(size - next, 1 + random.nextInt(3));
          Map<Party, Integer> defended = new LinkedHashMap<>();
          for (Party party : seats.subList(next, next + wardSeats)) {
            defended.merge(party, 1, Integer::sum);
          }
          next += wardSeats;
          wardNumber++;
          Ward ward =
              Ward.of(
                  String.format("E05%06d", wardNumber),
                  "Ward " + wardNumber,
                  wardSeats,
                  Composition.of(defended));
          if (random.nextInt(2) == 0) {
            ward =
                ward.withPreviousVotes(
                    VoteConvention.TOP_CANDIDATE, previousVotes(random))
                    .withPreviousVotes(VoteConvention.ALL_VOTES, previousVotes(random));
          }
          wards.add(ward);
        }
        builder.contest(Contest.builder(council).previous(previous).defended(previous).build().withWards(wards));
        continue;
      }
      int size = 20 + random.nextInt(41);
      Council council =
          Council.of(
              String.format("E07%06d", c + 1),
              "Council " + (c + 1),
              CouncilType.SHIRE_DISTRICT,
              region,
              size);
      if (c % 3 == 0) {
        int contested = size / 3;
        Composition continuing =
            Composition.of(LiveTallyConcurrencyTest.split(random, size - contested));
        Composition previous =
            continuing.plus(Composition.of(LiveTallyConcurrencyTest.split(random, contested)));
        Composition defended = Composition.of(LiveTallyConcurrencyTest.split(random, contested));
        builder.contest(Contest.builder(council)
            .contested(contested)
            .continuing(continuing)
            .previous(previous)
            .defended(defended)
            .build());
      } else {
        int oldSize = c % 4 == 1 ? size + 1 + random.nextInt(6) : size;
        Composition previous = Composition.of(LiveTallyConcurrencyTest.split(random, oldSize));
        builder.contest(Contest.builder(council).previous(previous).defended(previous).build());
      }
    }
    return builder.build();
  }

  static Map<Party, Integer> previousVotes(Random random) {
    Map<Party, Integer> votes = new LinkedHashMap<>();
    for (Party party : PARTIES) {
      if (random.nextInt(3) != 0) {
        votes.put(party, 1 + random.nextInt(3000));
      }
    }
    votes.putIfAbsent(PARTIES.get(0), 1 + random.nextInt(3000));
    return votes;
  }

  /** Every unit of the election: a council declared whole, or a ward. */
  static List<Unit> units(Election election) {
    List<Unit> units = new ArrayList<>();
    for (Contest contest : election.contests()) {
      if (contest.hasWards()) {
        for (Ward ward : contest.wards()) {
          units.add(new Unit(units.size(), contest, ward));
        }
      } else {
        units.add(new Unit(units.size(), contest, null));
      }
    }
    return units;
  }

  /** The units of one writer: those of every fourth council. */
  static List<Unit> unitsOf(List<Unit> units, Election election, int writer) {
    List<Unit> mine = new ArrayList<>();
    for (Unit unit : units) {
      if (election.contests().indexOf(unit.contest()) % WRITERS == writer) {
        mine.add(unit);
      }
    }
    return mine;
  }

  // ---------------------------------------------------------------------------------------------
  // Versions: each generated from a seed of its unit and version, so the final ones are known.

  static final int VERSION = 0;
  static final int WITHDRAWAL = 1;
  static final int REJECTION = 2;

  static Random random(Unit unit, int version, int purpose) {
    return new Random(
        SEED
            ^ (unit.id() * 0x9E3779B97F4A7C15L)
            ^ (version * 0xC2B2AE3D27D4EB4FL)
            ^ (purpose * 0x165667B19E3779F9L));
  }

  /** One step of a writer: version {@code version} of its unit {@code k}, the last one if so. */
  record Step(int k, int version, boolean last) {}

  /**
   * A writer's steps: three in four a whole declaration, one in four a ward result, each kind
   * taking its units in turn, each unit's versions in order. Fixed in advance, so each unit's final
   * version is known.
   */
  static List<Step> schedule(List<Unit> mine) {
    List<Integer> wholes = new ArrayList<>();
    List<Integer> wards = new ArrayList<>();
    for (int k = 0; k < mine.size(); k++) {
      (mine.get(k).ward() == null ? wholes : wards).add(k);
    }
    int[] versions = new int[mine.size()];
    int[] taken = new int[2];
    List<int[]> order = new ArrayList<>();
    for (int i = 0; i < APPLIED_PER_WRITER; i++) {
      boolean ward = !wards.isEmpty() && (wholes.isEmpty() || i % 4 == 3);
      List<Integer> kind = ward ? wards : wholes;
      int k = kind.get(taken[ward ? 1 : 0]++ % kind.size());
      order.add(new int[] {k, versions[k]++});
    }
    List<Step> steps = new ArrayList<>();
    for (int[] step : order) {
      steps.add(new Step(step[0], step[1], step[1] == versions[step[0]] - 1));
    }
    return steps;
  }

  /** Version {@code version} of a unit: a declaration or a ward result, complete if final. */
  static Object version(Unit unit, int version, boolean last) {
    Random random = random(unit, version, VERSION);
    Ward ward = unit.ward();
    return ward == null
        ? declaration(random, unit.contest(), last)
        : wardResult(random, unit.council(), ward, ward.seats());
  }

  /** A declaration: now and then provisional (never the final one), naming who defended. */
  static Declaration declaration(Random random, Contest contest, boolean last) {
    int stillToFill = !last && random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
    Map<Party, Integer> won =
        LiveTallyConcurrencyTest.split(random, contest.contested() - stillToFill);
    Map<Party, Integer> defendedStillToFill = new LinkedHashMap<>();
    int left = random.nextInt(stillToFill + 1);
    for (Map.Entry<Party, Integer> entry : contest.defended().asMap().entrySet()) {
      int take = Math.min(left, entry.getValue());
      if (take > 0) {
        defendedStillToFill.put(entry.getKey(), take);
        left -= take;
      }
    }
    return Declaration.provisional(contest.council(), won, stillToFill, defendedStillToFill);
  }

  /**
   * A ward result electing {@code seats}: one in twenty uncontested, otherwise one to three more
   * candidates than seats, all with different votes (so no lot is drawn), parties weighted at
   * random so that control varies.
   */
  static WardResult wardResult(Random random, Council council, Ward ward, int seats) {
    WardResult.Builder builder = WardResult.builder(council, ward.id(), seats);
    boolean uncontested = random.nextInt(20) == 0;
    int candidates = uncontested ? seats : seats + 1 + random.nextInt(3);
    List<Party> parties = new ArrayList<>();
    LiveTallyConcurrencyTest.split(random, candidates)
        .forEach((party, n) -> parties.addAll(Collections.nCopies(n, party)));
    Collections.shuffle(parties, random);
    Set<Integer> votesUsed = new HashSet<>();
    for (int k = 0; k < candidates; k++) {
      String name = ward.name() + " candidate " + (k + 1);
      if (uncontested) {
        builder.unopposed(name, parties.get(k));
      } else {
        int votes = 50 + random.nextInt(3000);
        while (!votesUsed.add(votes)) {
          votes = 50 + random.nextInt(3000);
        }
        builder.candidate(name, parties.get(k), votes);
      }
    }
    return builder.build();
  }

  /** An update the tally must reject: seats that do not add up, or a ward's seats miscounted. */
  static Object rejected(Unit unit, int version) {
    Random random = random(unit, version, REJECTION);
    Ward ward = unit.ward();
    return ward == null
        ? LiveTallyConcurrencyTest.rejected(random, unit.contest())
        : wardResult(random, unit.council(), ward, ward.seats() + 1);
  }

  static Tally apply(LiveTally live, Object update) {
    return update instanceof WardResult result
        ? live.apply(result)
        : live.apply((Declaration) update);
  }

  static Tally withdraw(LiveTally live, Unit unit) {
    Ward ward = unit.ward();
    return ward == null
        ? live.withdraw(unit.council())
        : live.withdrawWard(unit.council(), ward.id());
  }

  /** What a tally holds for a unit: its whole declaration, or its ward's result. */
  static Optional<?> held(Tally tally, Unit unit) {
    Ward ward = unit.ward();
    return ward == null
        ? tally.declaration(unit.council())
        : tally.wardResult(unit.council(), ward.id());
  }

  /** Fails unless a tally holds the latest update of each of a writer's units (a lost update). */
  static void checkNoneLost(Tally tally, List<Unit> units, @Nullable Object[] latest, String when) {
    for (int k = 0; k < units.size(); k++) {
      Optional<?> held = held(tally, units.get(k));
      if (!Objects.equals(held.orElse(null), latest[k])) {
        throw new AssertionError(
            "lost update "
                + when
                + ": "
                + units.get(k)
                + " holds "
                + held
                + " instead of "
                + latest[k]);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The check of one snapshot against the oracles

  /** The snapshot's own inputs: its whole declarations and its ward results. */
  record Inputs(List<Declaration> wholes, List<WardResult> wardResults) {}

  static Inputs inputs(Tally tally) {
    List<Declaration> wholes = new ArrayList<>();
    List<WardResult> wardResults = new ArrayList<>();
    for (Contest contest : tally.election().contests()) {
      Council council = contest.council();
      if (contest.hasWards()) {
        for (Ward ward : contest.wards()) {
          tally.wardResult(council, ward.id()).ifPresent(wardResults::add);
        }
      } else {
        tally.declaration(council).ifPresent(wholes::add);
      }
    }
    return new Inputs(wholes, wardResults);
  }

  static Standings oracle(Tally tally, Inputs inputs, CouncilFilter filter) {
    return WardOracle.standings(
        tally.election(),
        inputs.wholes(),
        inputs.wardResults(),
        SeatBaseline.LAST_FOUGHT,
        Oracle.COHESIVE_ONLY,
        filter);
  }

  /**
   * Section 4's invariants, the standings of the whole and of each region against the oracle, and
   * the regions merging into the whole.
   */
  static void checkSnapshot(Tally tally) {
    LiveTallyConcurrencyTest.checkInvariants(tally);
    Inputs inputs = inputs(tally);
    Standings standings = tally.standings();
    assertThat(standings).isEqualTo(oracle(tally, inputs, CouncilFilter.all()));
    assertThat(standings.councilsInProgress()).isEqualTo(tally.councilsInProgress().size());
    Standings merged = Standings.empty();
    for (String region : REGIONS) {
      CouncilFilter filter = CouncilFilter.region(region);
      Standings part = tally.standings(filter);
      assertThat(part).isEqualTo(oracle(tally, inputs, filter));
      merged = merged.merge(part);
    }
    assertThat(merged).isEqualTo(standings);
  }

  static void startDaemon(Thread thread) {
    thread.setDaemon(true);
    thread.start();
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void fourWritersApplyAHundredThousandUpdatesWhileFourReadersCheckEverySnapshot()
      throws InterruptedException {
    long started = System.nanoTime();
    Election election = election();
    List<Unit> units = units(election);
    Tally empty = Tally.of(election);
    LiveTally live = LiveTally.of(empty);

    CountDownLatch startGate = new CountDownLatch(1);
    CountDownLatch readersRunning = new CountDownLatch(READERS);
    AtomicBoolean writersDone = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong applied = new AtomicLong();
    AtomicLong wardResultsApplied = new AtomicLong();
    AtomicLong withdrawals = new AtomicLong();
    AtomicLong rejections = new AtomicLong();
    AtomicLong snapshotsChecked = new AtomicLong();
    AtomicLong checkedWhileWriting = new AtomicLong();
    AtomicLong checkedInProgress = new AtomicLong();
    long[] checkedWhileWritingByReader = new long[READERS];
    Queue<Throwable> failures = new ConcurrentLinkedQueue<>();

    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      List<Unit> mine = unitsOf(units, election, w);
      writers.add(
          new Thread(
              () -> {
                try {
                  startGate.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                  // start writing once every reader is taking snapshots (bounded wait)
                  readersRunning.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                  @Nullable Object[] latest = new Object[mine.size()];
                  for (Step step : schedule(mine)) {
                    if (stop.get()) {
                      break;
                    }
                    int k = step.k();
                    int v = step.version();
                    Unit unit = mine.get(k);
                    boolean last = step.last();
                    if (v > 0 && !last && random(unit, v, WITHDRAWAL).nextInt(16) == 0) {
                      latest[k] = null;
                      checkNoneLost(withdraw(live, unit), mine, latest, "after a withdrawal");
                      withdrawals.incrementAndGet();
                    }
                    if (v % 8 == 7) {
                      Object bad = rejected(unit, v);
                      assertThatThrownBy(() -> apply(live, bad))
                          .isInstanceOf(ElectionDataException.class)
                          .hasMessageContaining(unit.council().label());
                      // nothing was published: the tally held still has every update of ours
                      checkNoneLost(live.snapshot(), mine, latest, "after a rejection");
                      rejections.incrementAndGet();
                    }
                    Object update = version(unit, v, last);
                    Tally published = apply(live, update);
                    latest[k] = update;
                    checkNoneLost(published, mine, latest, "after an update");
                    applied.incrementAndGet();
                    if (update instanceof WardResult) {
                      wardResultsApplied.incrementAndGet();
                    }
                  }
                } catch (Throwable t) {
                  failures.add(t);
                }
              },
              "stress-writer-" + w));
    }

    List<Thread> readers = new ArrayList<>();
    for (int r = 0; r < READERS; r++) {
      int reader = r;
      readers.add(
          new Thread(
              () -> {
                boolean first = true;
                try {
                  startGate.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                  boolean finalLap = false;
                  while (!stop.get() && !finalLap) {
                    // one last check after the writers are done
                    finalLap = writersDone.get();
                    Tally snapshot = live.snapshot();
                    checkSnapshot(snapshot);
                    snapshotsChecked.incrementAndGet();
                    if (!finalLap) {
                      checkedWhileWriting.incrementAndGet();
                      checkedWhileWritingByReader[reader]++;
                    }
                    if (!snapshot.councilsInProgress().isEmpty()) {
                      checkedInProgress.incrementAndGet();
                    }
                    if (first) {
                      first = false;
                      readersRunning.countDown();
                    }
                  }
                } catch (Throwable t) {
                  failures.add(t);
                  if (first) {
                    readersRunning.countDown();
                  }
                }
              },
              "stress-reader-" + r));
    }

    readers.forEach(LiveTallyStressTest::startDaemon);
    writers.forEach(LiveTallyStressTest::startDaemon);
    long writingStarted = System.nanoTime();
    startGate.countDown();
    long deadline = writingStarted + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
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
    long concurrentMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - writingStarted);
    assertThat(failures).as("failures of writers and readers").isEmpty();
    assertThat(writers).as("writers still running").noneMatch(Thread::isAlive);
    assertThat(readers).as("readers still running").noneMatch(Thread::isAlive);
    assertThat(applied.get()).isEqualTo((long) WRITERS * APPLIED_PER_WRITER);
    assertThat(wardResultsApplied.get()).isBetween(1L, applied.get() - 1);
    assertThat(withdrawals.get()).isPositive();
    assertThat(rejections.get()).isPositive();
    // the readers checked snapshots while the writers wrote, councils in progress among them
    assertThat(checkedWhileWritingByReader).as("snapshots checked while writing, per reader")
        .doesNotContain(0L);
    assertThat(checkedInProgress.get()).isPositive();

    // the final versions, known in advance, applied one by one: the sequential oracle
    List<Declaration> finalDeclarations = new ArrayList<>();
    List<WardResult> finalWardResults = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      List<Unit> mine = unitsOf(units, election, w);
      for (Step step : schedule(mine)) {
        if (step.last()) {
          Object update = version(mine.get(step.k()), step.version(), true);
          if (update instanceof WardResult result) {
            finalWardResults.add(result);
          } else {
            finalDeclarations.add((Declaration) update);
          }
        }
      }
    }
    assertThat(finalDeclarations.size() + finalWardResults.size()).isEqualTo(units.size());
    Tally sequential = empty.applyAll(finalDeclarations).applyWardResults(finalWardResults);
    Tally last = live.snapshot();
    assertThat(last).isEqualTo(sequential);
    assertThat(last.standings()).isEqualTo(sequential.standings());
    assertThat(last.results()).isEqualTo(sequential.results());
    // every council is declared in the end: the final versions fill every ward
    assertThat(last.councilsDeclared()).isEqualTo(COUNCILS);
    for (Unit unit : units) {
      assertThat(held(last, unit)).as("%s", unit).isPresent();
    }
    checkSnapshot(last);

    System.out.printf(
        "LiveTallyStressTest: %,d updates applied (%,d ward results, %,d whole declarations),"
            + " %,d withdrawals, %,d rejected; %,d snapshots checked (%,d while writing, %,d with"
            + " councils in progress); writing and reading %,d ms, whole test %,d ms%n",
        applied.get(),
        wardResultsApplied.get(),
        applied.get() - wardResultsApplied.get(),
        withdrawals.get(),
        rejections.get(),
        snapshotsChecked.get(),
        checkedWhileWriting.get(),
        checkedInProgress.get(),
        concurrentMillis,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
  }
}

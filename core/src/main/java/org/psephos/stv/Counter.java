package org.psephos.stv;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.TreeMap;

/**
 * One STV count in progress: the papers each candidate holds, grouped by preference sequence
 * (papers of one sequence always move together at one value), and the stages so far.
 *
 * <p>A parcel (the papers of one ballot sequence held at one preference, at one value, since one
 * stage) is a position in parallel arrays, and each candidate holds a list of parcel positions in
 * the order received: a transfer appends, nothing is allocated per parcel moved, and the papers a
 * candidate received at their latest stage (the Northern Irish "last parcel") are the end of that
 * list, from {@code lastStart}.
 */
final class Counter {
  private static final byte CONTINUING = 0;
  private static final byte ELECTED = 1;
  private static final byte EXCLUDED = 2;
  private static final byte WITHDRAWN = 3;

  /** A parcel waiting, in a Northern Irish exclusion, to be transferred from its holder. */
  private record Held(int holder, int parcel) {}

  /** A growable list of parcel positions. */
  private static final class Parcels {
    private int[] items = new int[16];
    private int size;

    void add(int parcel) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = parcel;
    }

    int get(int i) {
      return items[i];
    }

    int size() {
      return size;
    }

    void clear() {
      size = 0;
    }
  }

  private final BallotProfile profile;
  private final StvRules rules;
  private final Lot lot;
  private final boolean finalSurpluses;
  private final int[][] preferences;
  private final int size;
  private final long unit;
  private final long quota;
  private final long validUnits;
  private final long[] total;
  private final byte[] state;
  private final boolean[] surplusDone;
  private final int[] electedAt;
  private int[] parcelBallot = new int[64];
  private int[] parcelPosition = new int[64];
  private int[] parcelStage = new int[64];
  private long[] parcelValue = new long[64];
  private long[] parcelPapers = new long[64];
  private int parcelCount;
  private final Parcels[] held;
  private final int[] lastStage;
  private final int[] lastStart;
  private final List<long[]> history = new ArrayList<>();
  private final List<Stage> stages = new ArrayList<>();
  private final List<Integer> electedOrder = new ArrayList<>();
  private final List<LotDraw> lots = new ArrayList<>();
  private final Deque<List<Held>> subParcels = new ArrayDeque<>();
  private List<Integer> excluding = List.of();
  private boolean exclusionAnnounced;
  private long nonTransferable;
  private long loss;
  private long[] before;
  private long nonTransferableBefore;
  private long lossBefore;

  Counter(BallotProfile profile, StvRules rules, Lot lot, boolean finalSurpluses) {
    this.profile = profile;
    this.rules = rules;
    this.lot = lot;
    this.finalSurpluses = finalSurpluses;
    this.size = profile.candidates().size();
    long scale = 1;
    for (int i = 0; i < rules.decimals(); i++) {
      scale *= 10;
    }
    this.unit = scale;
    this.validUnits = Math.multiplyExact(profile.validPapers(), unit);
    this.quota = Math.multiplyExact(profile.validPapers() / (profile.seats() + 1) + 1, unit);
    this.preferences = new int[profile.ballots().size()][];
    for (int b = 0; b < preferences.length; b++) {
      preferences[b] = profile.sequence(b);
    }
    this.total = new long[size];
    this.before = new long[size];
    this.state = new byte[size];
    this.surplusDone = new boolean[size];
    this.electedAt = new int[size];
    this.lastStage = new int[size];
    this.lastStart = new int[size];
    this.held = new Parcels[size];
    for (int c = 0; c < size; c++) {
      held[c] = new Parcels();
    }
    for (int withdrawn : profile.withdrawn()) {
      state[withdrawn] = WITHDRAWN;
    }
  }

  CountSheet count() {
    for (int b = 0; b < preferences.length; b++) {
      receive(preferences[b][0], parcel(b, 0, unit, profile.ballots().get(b).count(), 1));
    }
    finish(StageKind.FIRST_PREFERENCES, List.of(), 0, -1, List.of());
    while (electedOrder.size() < profile.seats()) {
      nextStage();
    }
    if (finalSurpluses) {
      transferFinalSurpluses();
    }
    return new CountSheet(profile, rules, quota, stages, electedOrder);
  }

  /**
   * The e-count's stages after the last seat: each surplus left, largest first. They elect no one:
   * the continuing candidates together hold less than the valid vote less a quota per seat, which is
   * under one quota.
   */
  private void transferFinalSurpluses() {
    List<Integer> pending = pendingSurpluses();
    while (!pending.isEmpty() && !continuing().isEmpty()) {
      int from = choose(pending, true, LotPurpose.SURPLUS);
      transferScottishSurplus(from, StageKind.FINAL_SURPLUS);
      pending = pendingSurpluses();
    }
  }

  private List<Integer> pendingSurpluses() {
    List<Integer> pending = new ArrayList<>();
    for (int c : electedOrder) {
      if (!surplusDone[c] && total[c] > quota) {
        pending.add(c);
      }
    }
    return pending;
  }

  private int stageNumber() {
    return stages.size() + 1;
  }

  private void nextStage() {
    if (!subParcels.isEmpty()) {
      transferSubParcel();
      return;
    }
    List<Integer> pending = pendingSurpluses();
    long surpluses = 0;
    for (int c : pending) {
      surpluses += total[c] - quota;
    }
    boolean scotland = rules == StvRules.SCOTLAND;
    if (!pending.isEmpty() && (scotland || !deferrable(surpluses))) {
      int from = choose(pending, true, LotPurpose.SURPLUS);
      if (scotland) {
        transferScottishSurplus(from, StageKind.SURPLUS);
      } else {
        transferIrishSurplus(from);
      }
    } else if (scotland) {
      exclude(List.of(choose(continuing(), false, LotPurpose.EXCLUSION)));
    } else {
      List<Integer> bulk = bulkExclusion(surpluses);
      excludeInSubParcels(
          bulk.isEmpty() ? List.of(choose(continuing(), false, LotPurpose.EXCLUSION)) : bulk);
    }
  }

  // ---------------------------------------------------------------- transfers

  /** A new parcel: papers of a ballot sequence at a preference and a value, from a stage. */
  private int parcel(int ballot, int position, long value, long papers, int stage) {
    if (parcelCount == parcelBallot.length) {
      int capacity = parcelCount * 2;
      parcelBallot = Arrays.copyOf(parcelBallot, capacity);
      parcelPosition = Arrays.copyOf(parcelPosition, capacity);
      parcelStage = Arrays.copyOf(parcelStage, capacity);
      parcelValue = Arrays.copyOf(parcelValue, capacity);
      parcelPapers = Arrays.copyOf(parcelPapers, capacity);
    }
    parcelBallot[parcelCount] = ballot;
    parcelPosition[parcelCount] = position;
    parcelStage[parcelCount] = stage;
    parcelValue[parcelCount] = value;
    parcelPapers[parcelCount] = papers;
    return parcelCount++;
  }

  private void receive(int candidate, int parcel) {
    Parcels holding = held[candidate];
    if (lastStage[candidate] != parcelStage[parcel]) {
      lastStage[candidate] = parcelStage[parcel];
      lastStart[candidate] = holding.size();
    }
    holding.add(parcel);
    total[candidate] =
        Math.addExact(total[candidate], parcelPapers[parcel] * parcelValue[parcel]);
  }

  /** Moves papers at a value to their next continuing preference; returns the value moved. */
  private long pass(int parcel, long value) {
    long papers = parcelPapers[parcel];
    long amount = Math.multiplyExact(papers, value);
    int ballot = parcelBallot[parcel];
    int[] sequence = preferences[ballot];
    for (int p = parcelPosition[parcel] + 1; p < sequence.length; p++) {
      if (state[sequence[p]] == CONTINUING) {
        receive(sequence[p], parcel(ballot, p, value, papers, stageNumber()));
        return amount;
      }
    }
    nonTransferable += amount;
    return amount;
  }

  private boolean transferable(int parcel) {
    int[] sequence = preferences[parcelBallot[parcel]];
    for (int p = parcelPosition[parcel] + 1; p < sequence.length; p++) {
      if (state[sequence[p]] == CONTINUING) {
        return true;
      }
    }
    return false;
  }

  /** Every paper at trunc(surplus x its value / total), one truncation per paper. */
  private void transferScottishSurplus(int from, StageKind kind) {
    long surplus = total[from] - quota;
    long votes = total[from];
    long moved = 0;
    long value = -2;
    Parcels holding = held[from];
    for (int i = 0; i < holding.size(); i++) {
      int parcel = holding.get(i);
      long newValue = Math.multiplyExact(surplus, parcelValue[parcel]) / votes;
      value = value == -2 || value == newValue ? newValue : -1;
      moved += pass(parcel, newValue);
    }
    loss += surplus - moved;
    closeSurplus(from, surplus, value, kind);
  }

  /** The first-preference papers, or the last sub-parcel received, at trunc(surplus / papers). */
  private void transferIrishSurplus(int from) {
    long surplus = total[from] - quota;
    Parcels holding = held[from];
    int first = electedAt[from] == 1 ? 0 : lastStart[from];
    long papers = 0;
    for (int i = first; i < holding.size(); i++) {
      int parcel = holding.get(i);
      if (transferable(parcel)) {
        papers += parcelPapers[parcel];
      }
    }
    long value = papers == 0 ? 0 : surplus / papers;
    long moved = 0;
    long shown = -2;
    for (int i = first; i < holding.size(); i++) {
      int parcel = holding.get(i);
      if (transferable(parcel)) {
        long paperValue = Math.min(value, parcelValue[parcel]);
        shown = shown == -2 || shown == paperValue ? paperValue : -1;
        moved += pass(parcel, paperValue);
      }
    }
    // Rounding and papers without a next preference go to the non-transferable votes.
    nonTransferable += surplus - moved;
    closeSurplus(from, surplus, Math.max(shown, -1), StageKind.SURPLUS);
  }

  private void closeSurplus(int from, long surplus, long value, StageKind kind) {
    total[from] = quota;
    surplusDone[from] = true;
    held[from].clear();
    finish(kind, List.of(from), surplus, Math.max(value, -1), List.of());
  }

  private void exclude(List<Integer> group) {
    for (int c : group) {
      state[c] = EXCLUDED;
    }
    long moved = 0;
    for (int c : group) {
      Parcels holding = held[c];
      for (int i = 0; i < holding.size(); i++) {
        int parcel = holding.get(i);
        moved += pass(parcel, parcelValue[parcel]);
      }
      holding.clear();
      total[c] = 0;
    }
    finish(StageKind.EXCLUSION, group, moved, -1, group);
  }

  /** Queues the papers of the excluded: first preferences, then by descending value. */
  private void excludeInSubParcels(List<Integer> group) {
    for (int c : group) {
      state[c] = EXCLUDED;
    }
    List<Held> firsts = new ArrayList<>();
    TreeMap<Long, List<Held>> byValue = new TreeMap<>(Comparator.reverseOrder());
    for (int c : group) {
      Parcels holding = held[c];
      for (int i = 0; i < holding.size(); i++) {
        int parcel = holding.get(i);
        if (parcelStage[parcel] == 1) {
          firsts.add(new Held(c, parcel));
        } else {
          byValue.computeIfAbsent(parcelValue[parcel], v -> new ArrayList<>())
              .add(new Held(c, parcel));
        }
      }
      holding.clear();
    }
    if (!firsts.isEmpty()) {
      subParcels.add(firsts);
    }
    subParcels.addAll(byValue.values());
    excluding = List.copyOf(group);
    exclusionAnnounced = false;
    if (subParcels.isEmpty()) {
      subParcels.add(List.of());
    }
    transferSubParcel();
  }

  private void transferSubParcel() {
    List<Held> parcels = subParcels.removeFirst();
    long moved = 0;
    long value = -1;
    for (Held entry : parcels) {
      long at = parcelValue[entry.parcel()];
      long amount = pass(entry.parcel(), at);
      total[entry.holder()] -= amount;
      moved += amount;
      value = at;
    }
    List<Integer> excludedNow = exclusionAnnounced ? List.of() : excluding;
    exclusionAnnounced = true;
    finish(StageKind.EXCLUSION, excluding, moved, value, excludedNow);
  }

  // ---------------------------------------------------------------- decisions

  private List<Integer> continuing() {
    List<Integer> continuing = new ArrayList<>();
    for (int c = 0; c < size; c++) {
      if (state[c] == CONTINUING) {
        continuing.add(c);
      }
    }
    return continuing;
  }

  /** Northern Ireland: a surplus waits while all surpluses cannot lift the lowest candidate. */
  private boolean deferrable(long surpluses) {
    List<Integer> continuing = continuing();
    if (continuing.size() < 2) {
      return false;
    }
    continuing.sort(Comparator.comparingLong(c -> total[c]));
    return surpluses < total[continuing.get(1)] - total[continuing.get(0)];
  }

  /**
   * Northern Ireland: the most lowest candidates who together, with the surpluses, have fewer
   * votes than the next candidate up, leaving enough to fill the seats; empty when fewer than two.
   */
  private List<Integer> bulkExclusion(long surpluses) {
    List<Integer> continuing = continuing();
    continuing.sort(Comparator.comparingLong(c -> total[c]));
    int unfilled = profile.seats() - electedOrder.size();
    for (int k = continuing.size() - unfilled; k >= 2; k--) {
      long lowest = surpluses;
      for (int i = 0; i < k; i++) {
        lowest += total[continuing.get(i)];
      }
      if (lowest < total[continuing.get(k)]) {
        List<Integer> group = new ArrayList<>(continuing.subList(0, k));
        group.sort(null);
        return group;
      }
    }
    return List.of();
  }

  /**
   * The candidate with most (or fewest) votes; a tie goes to earlier stages (Scotland: the most
   * recent where they differed, Northern Ireland: the earliest), narrowing the tied group to
   * those most (or least) at each stage looked at, then to the lot.
   */
  private int choose(List<Integer> candidates, boolean most, LotPurpose purpose) {
    List<Integer> tied = extremes(candidates, total, most);
    int last = history.size() - 1;
    for (int i = 0; i < last && tied.size() > 1; i++) {
      int stage = rules == StvRules.SCOTLAND ? last - 1 - i : i;
      tied = extremes(tied, history.get(stage), most);
    }
    if (tied.size() == 1) {
      return tied.get(0);
    }
    List<String> names = new ArrayList<>();
    for (int c : tied) {
      names.add(profile.candidates().get(c).name());
    }
    String drawn = lot.draw(stageNumber(), purpose, names);
    lots.add(new LotDraw(stageNumber(), purpose, names, drawn));
    return tied.get(names.indexOf(drawn));
  }

  private static List<Integer> extremes(List<Integer> candidates, long[] votes, boolean most) {
    long best = votes[candidates.get(0)];
    for (int c : candidates) {
      best = most ? Math.max(best, votes[c]) : Math.min(best, votes[c]);
    }
    List<Integer> extremes = new ArrayList<>();
    for (int c : candidates) {
      if (votes[c] == best) {
        extremes.add(c);
      }
    }
    return extremes;
  }

  // ---------------------------------------------------------------- end of a stage

  private void finish(
      StageKind kind, List<Integer> from, long transferred, long value, List<Integer> excluded) {
    int number = stageNumber();
    List<Integer> elected = new ArrayList<>();
    electReachingQuota(number, elected);
    electLastVacancies(number, elected);
    long sum = nonTransferable + loss;
    List<Long> changes = new ArrayList<>(size);
    List<Long> totals = new ArrayList<>(size);
    for (int c = 0; c < size; c++) {
      sum += total[c];
      changes.add(total[c] - before[c]);
      totals.add(total[c]);
    }
    if (sum != validUnits) {
      throw new IllegalStateException(
          profile.title() + ", stage " + number + ": totals, non-transferable votes and loss add"
              + " up to " + sum + " units, not the valid vote " + validUnits);
    }
    stages.add(
        new Stage(number, kind, from, transferred, value, changes, totals, nonTransferable,
            nonTransferable - nonTransferableBefore, loss, loss - lossBefore, elected, excluded,
            lots));
    lots.clear();
    history.add(total.clone());
    before = total.clone();
    nonTransferableBefore = nonTransferable;
    lossBefore = loss;
  }

  private void electReachingQuota(int number, List<Integer> elected) {
    List<Integer> reaching = new ArrayList<>();
    for (int c : continuing()) {
      if (total[c] >= quota) {
        reaching.add(c);
      }
    }
    elect(reaching, number, elected);
  }

  private void electLastVacancies(int number, List<Integer> elected) {
    int unfilled = profile.seats() - electedOrder.size();
    if (unfilled == 0) {
      return;
    }
    List<Integer> continuing = continuing();
    if (continuing.size() <= unfilled) {
      elect(continuing, number, elected);
      return;
    }
    if (rules == StvRules.NORTHERN_IRELAND && unfilled == 1 && subParcels.isEmpty()) {
      electUncatchable(continuing, number, elected);
    }
  }

  /** Northern Ireland, one seat left: a candidate the others and the surpluses cannot catch. */
  private void electUncatchable(List<Integer> continuing, int number, List<Integer> elected) {
    continuing.sort(Comparator.comparingLong((Integer c) -> total[c]).reversed());
    long others = 0;
    for (int c : electedOrder) {
      if (!surplusDone[c] && total[c] > quota) {
        others += total[c] - quota;
      }
    }
    for (int i = 1; i < continuing.size(); i++) {
      others += total[continuing.get(i)];
    }
    if (total[continuing.get(0)] >= others && total[continuing.get(0)] > total[continuing.get(1)]) {
      elect(List.of(continuing.get(0)), number, elected);
    }
  }

  private void elect(List<Integer> candidates, int number, List<Integer> elected) {
    List<Integer> ordered = new ArrayList<>(candidates);
    ordered.sort(Comparator.comparingLong((Integer c) -> total[c]).reversed());
    for (int c : ordered) {
      state[c] = ELECTED;
      electedAt[c] = number;
      electedOrder.add(c);
      elected.add(c);
    }
  }
}

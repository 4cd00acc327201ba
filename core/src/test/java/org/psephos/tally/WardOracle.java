package org.psephos.tally;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.SeatBaseline;
import org.psephos.VoteConvention;
import org.psephos.Ward;
import org.psephos.ward.Candidate;
import org.psephos.ward.WardResult;

/**
 * An independent recomputation of the ward level from the inputs of a night (whole declarations and
 * the current ward results), restating docs/rules.md, "Ward level", with plain ints and maps. It
 * uses neither the tally's internals ({@code WardSums}, {@code CouncilState}, {@code Accumulator})
 * nor {@link WardResult}'s own count: the winners are worked out here from the candidates' votes
 * and the drawn winners. The result is packed into {@link Standings} so that it compares with
 * {@code equals}; council-level figures come from {@link Oracle}, applied to the whole declarations
 * and to each complete council's sum of wards.
 *
 * <p>The definitions restated:
 *
 * <ul>
 *   <li>a ward of {@code n} seats with no more than {@code n} candidates elects them all, with no
 *       votes; otherwise the candidates strictly above the {@code n}-th highest vote are elected,
 *       and of those with exactly that vote, all if they fit in the seats left, else the drawn ones;
 *   <li>a council counted ward by ward is declared when every listed ward has a result, with seats
 *       won per party the winners added up and the unfilled seats still to fill; with some but not
 *       all in, it is in progress;
 *   <li>control of a council in progress is decided for a party that may control and holds more
 *       than half the size ({@code 2 * (continuing + won) > size}), or decided as no overall control
 *       when no party that may control could hold more than half winning every contested seat not
 *       yet won;
 *   <li>per party and ward: seats won less seats defended is the ward's net change, its positive
 *       part a gain and its negative part a loss; votes are all its candidates' votes added up, or
 *       its best candidate's; a contested ward with previous votes under a convention is comparable
 *       under it.
 * </ul>
 */
final class WardOracle {
  private WardOracle() {}

  private static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The winners of a ward's count, worked out from the votes and the drawn winners. */
  static List<Candidate> winners(WardResult result) {
    List<Candidate> candidates = result.candidates();
    int seats = result.seats();
    if (candidates.size() <= seats) {
      return candidates;
    }
    List<Integer> votes = new ArrayList<>();
    for (Candidate candidate : candidates) {
      votes.add(candidate.votes());
    }
    votes.sort((a, b) -> Integer.compare(b, a));
    int nth = votes.get(seats - 1);
    List<Candidate> winners = new ArrayList<>();
    List<Candidate> atNth = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (candidate.votes() > nth) {
        winners.add(candidate);
      } else if (candidate.votes() == nth) {
        atNth.add(candidate);
      }
    }
    if (winners.size() + atNth.size() <= seats) {
      winners.addAll(atNth);
      return winners;
    }
    List<String> drawn = new ArrayList<>();
    for (String name : result.drawnWinners()) {
      drawn.add(key(name));
    }
    for (Candidate candidate : atNth) {
      if (drawn.contains(key(candidate.name()))) {
        winners.add(candidate);
      }
    }
    if (winners.size() != seats) {
      throw new AssertionError("an accepted result must fill its seats: " + result);
    }
    return winners;
  }

  /** Seats won per party in one ward, by the oracle's count. */
  static Map<Party, Integer> wonInWard(WardResult result) {
    Map<Party, Integer> won = new LinkedHashMap<>();
    for (Candidate candidate : winners(result)) {
      won.merge(candidate.party(), 1, Integer::sum);
    }
    return won;
  }

  /** A party's votes in a ward under a convention; 0 in an uncontested ward. */
  static long votes(WardResult result, Party party, VoteConvention convention) {
    if (result.candidates().size() <= result.seats()) {
      return 0;
    }
    long votes = 0;
    for (Candidate candidate : result.candidates()) {
      if (candidate.party().equals(party)) {
        votes =
            convention == VoteConvention.ALL_VOTES
                ? votes + candidate.votes()
                : Math.max(votes, candidate.votes());
      }
    }
    return votes;
  }

  /** The ward results of each council, by council id then ward id. */
  static Map<String, Map<String, WardResult>> byCouncil(Collection<WardResult> results) {
    Map<String, Map<String, WardResult>> map = new HashMap<>();
    for (WardResult result : results) {
      WardResult earlier =
          map.computeIfAbsent(result.council().id(), id -> new HashMap<>())
              .put(result.wardId(), result);
      if (earlier != null) {
        throw new AssertionError("two current results for ward " + result.wardId());
      }
    }
    return map;
  }

  /** A complete council's declaration: the sum of its wards, the unfilled seats still to fill. */
  static Declaration sumOfWards(Contest contest, Map<String, WardResult> results) {
    Map<Party, Integer> won = new LinkedHashMap<>();
    int filled = 0;
    for (Ward ward : contest.wards()) {
      WardResult result = results.get(ward.id());
      if (result == null) {
        throw new AssertionError("not complete: " + contest.council());
      }
      for (Map.Entry<Party, Integer> entry : wonInWard(result).entrySet()) {
        won.merge(entry.getKey(), entry.getValue(), Integer::sum);
        filled += entry.getValue();
      }
    }
    return Declaration.provisional(contest.council(), won, contest.contested() - filled, Map.of());
  }

  /** The standings of the councils a filter accepts, recomputed from the night's inputs. */
  static Standings standings(
      Election election,
      Collection<Declaration> wholes,
      Collection<WardResult> current,
      SeatBaseline baselineKind,
      BiPredicate<Council, Party> mayControl,
      Predicate<Council> filter) {
    Map<String, Map<String, WardResult>> results = byCouncil(current);
    List<Party> parties = election.parties();
    List<Declaration> declared = new ArrayList<>(wholes);
    int seatsExpected = 0;
    int seatsDeclared = 0;
    int wardsExpected = 0;
    int wardsDeclared = 0;
    int inProgress = 0;
    int nocDecided = 0;
    Map<Party, Integer> decided = new LinkedHashMap<>();
    long[] won = new long[parties.size()];
    long[] defended = new long[parties.size()];
    long[] wonWithoutPrevious = new long[parties.size()];
    long[] gains = new long[parties.size()];
    long[] losses = new long[parties.size()];
    long[][] votes = new long[2][parties.size()];
    long[][] comparable = new long[2][parties.size()];
    long[][] previous = new long[2][parties.size()];
    VoteConvention[] conventions = {VoteConvention.ALL_VOTES, VoteConvention.TOP_CANDIDATE};
    for (Declaration whole : wholes) {
      if (filter.test(whole.council())) {
        seatsDeclared += whole.seatsWon().filled();
      }
    }
    for (Contest contest : election.contests()) {
      Council council = contest.council();
      if (!filter.test(council)) {
        continue;
      }
      seatsExpected += contest.contested();
      wardsExpected += contest.wards().size();
      Map<String, WardResult> mine = results.getOrDefault(council.id(), Map.of());
      if (mine.isEmpty()) {
        continue;
      }
      Map<Party, Integer> wonHere = new LinkedHashMap<>();
      int filledHere = 0;
      for (Ward ward : contest.wards()) {
        WardResult result = mine.get(ward.id());
        if (result == null) {
          continue;
        }
        wardsDeclared++;
        Map<Party, Integer> wonInWard = wonInWard(result);
        boolean contested = result.candidates().size() > result.seats();
        for (int p = 0; p < parties.size(); p++) {
          Party party = parties.get(p);
          int w = wonInWard.getOrDefault(party, 0);
          int d = ward.defended().asMap().getOrDefault(party, 0);
          won[p] += w;
          defended[p] += d;
          if (contest.hasPreviousResult()) { // no previous result: nothing gained or lost
            gains[p] += Math.max(0, w - d);
            losses[p] += Math.max(0, d - w);
          } else {
            wonWithoutPrevious[p] += w;
          }
          wonHere.merge(party, w, Integer::sum);
          filledHere += w;
          for (int k = 0; k < 2; k++) {
            long v = votes(result, party, conventions[k]);
            votes[k][p] += v;
            Map<Party, Integer> before = ward.previousVotes().get(conventions[k]);
            if (contested && before != null) {
              comparable[k][p] += v;
              previous[k][p] += before.getOrDefault(party, 0);
            }
          }
        }
      }
      seatsDeclared += filledHere;
      if (mine.size() == contest.wards().size()) {
        declared.add(sumOfWards(contest, mine));
        continue;
      }
      inProgress++;
      int toCome = contest.contested() - filledHere;
      boolean open = false;
      Party certain = null;
      for (Party party : parties) {
        if (!mayControl.test(council, party)) {
          continue;
        }
        int holds =
            contest.continuing().asMap().getOrDefault(party, 0) + wonHere.getOrDefault(party, 0);
        if (2 * holds > council.size()) {
          certain = party;
        } else if (2 * (holds + toCome) > council.size()) {
          open = true;
        }
      }
      if (certain != null) {
        decided.merge(certain, 1, Integer::sum);
      } else if (!open) {
        nocDecided++;
      }
    }
    Standings councils = Oracle.standings(election, declared, baselineKind, mayControl, filter);
    WardTotals wardTotals = WardTotals.empty();
    if (wardsExpected > 0) {
      List<PartyWardTotals> list = new ArrayList<>();
      for (int p = 0; p < parties.size(); p++) {
        list.add(
            new PartyWardTotals(
                parties.get(p),
                (int) won[p],
                (int) defended[p],
                (int) gains[p],
                (int) losses[p],
                new VoteFigures(votes[0][p], comparable[0][p], previous[0][p]),
                new VoteFigures(votes[1][p], comparable[1][p], previous[1][p]),
                (int) wonWithoutPrevious[p]));
      }
      wardTotals = WardTotals.of(wardsDeclared, wardsExpected, list);
    }
    return Standings.of(
        councils.councilsDeclared(),
        councils.councilsExpected(),
        councils.parties(),
        councils.noOverallControl(),
        councils.noOverallControlBefore(),
        councils.councilsWithoutPrevious(),
        councils.noOverallControlWithoutPrevious(),
        new CountProgress(inProgress, seatsDeclared, seatsExpected, decided, nocDecided),
        wardTotals);
  }
}

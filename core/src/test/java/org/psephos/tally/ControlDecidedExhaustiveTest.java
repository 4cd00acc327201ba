package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.ControlRule;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.PartyAliases;
import org.psephos.SeatBaseline;
import org.psephos.Ward;
import org.psephos.ward.WardResult;

/**
 * "Control decided" checked exhaustively over small councils against brute force: for every
 * council of 1 to 7 seats, every number of seats contested (in single-member wards), every
 * composition of the continuing seats (vacancies included) and every count of the wards declared so
 * far (won by each party, or left unfilled), the tally says control is decided exactly when every
 * way of filling the seats still to come (or leaving them vacant) gives the same controller, and
 * names that controller. Parties: two cohesive, and independents, under both control rules.
 */
class ControlDecidedExhaustiveTest {
  static final Party CON = Party.of("PP52", "Conservative", "Con");
  static final Party LAB = Party.of("PP53", "Labour", "Lab");
  static final Party IND = Party.independent("ynmp-party:2", "Independent", "Ind");
  static final List<Party> PARTIES = List.of(CON, LAB, IND);
  static final int MAX_SIZE = 7;

  /** Every way of dealing {@code seats} among {@code buckets} buckets. */
  static List<int[]> deals(int seats, int buckets) {
    List<int[]> deals = new ArrayList<>();
    deal(seats, new int[buckets], 0, deals);
    return deals;
  }

  private static void deal(int left, int[] counts, int bucket, List<int[]> deals) {
    if (bucket == counts.length - 1) {
      counts[bucket] = left;
      deals.add(counts.clone());
      return;
    }
    for (int n = 0; n <= left; n++) {
      counts[bucket] = n;
      deal(left - n, counts, bucket + 1, deals);
    }
  }

  /** The controller of seats per party (in PARTIES order) in a council of a size, or empty. */
  static Optional<Party> controller(int[] seats, int size, boolean anyParty) {
    for (int p = 0; p < PARTIES.size(); p++) {
      Party party = PARTIES.get(p);
      if ((anyParty || party.cohesive()) && 2 * seats[p] > size) {
        return Optional.of(party);
      }
    }
    return Optional.empty();
  }

  /**
   * The controllers over every completion: the seats to come dealt among the parties and vacancy.
   */
  static Set<Optional<Party>> outcomes(int[] held, int toCome, int size, boolean anyParty) {
    Set<Optional<Party>> outcomes = new HashSet<>();
    for (int[] added : deals(toCome, PARTIES.size() + 1)) {
      int[] seats = held.clone();
      for (int p = 0; p < PARTIES.size(); p++) {
        seats[p] += added[p];
      }
      outcomes.add(controller(seats, size, anyParty));
    }
    return outcomes;
  }

  static Map<Party, Integer> map(int[] counts) {
    Map<Party, Integer> map = new LinkedHashMap<>();
    for (int p = 0; p < PARTIES.size(); p++) {
      map.put(PARTIES.get(p), counts[p]);
    }
    return map;
  }

  @Test
  void controlIsDecidedExactlyWhenEveryWayOfFillingTheSeatsToComeAgrees() {
    int cases = 0;
    int decided = 0;
    int decidedNoc = 0;
    for (int size = 1; size <= MAX_SIZE; size++) {
      Council council =
          Council.of("E07000001", "Smallville", CouncilType.SHIRE_DISTRICT, "South East", size);
      for (int contested = 1; contested <= size; contested++) {
        List<Ward> wards = new ArrayList<>();
        for (int w = 0; w < contested; w++) {
          wards.add(Ward.of("E0500000" + w, "Ward " + w, 1, Composition.of(Map.of(CON, 1))));
        }
        for (int[] continuingDeal : deals(size - contested, PARTIES.size() + 1)) {
          Composition continuing =
              Composition.of(map(continuingDeal), continuingDeal[PARTIES.size()]);
          Contest contest =
              Contest.builder(council)
            .contested(contested)
            .continuing(continuing)
            .previous(continuing.plus(Composition.of(Map.of(CON, contested))))
            .defended(Composition.of(Map.of(CON, contested)))
            .build()
                  .withWards(wards);
          Election election =
              Election.of(
                  "local.2018-05-03",
                  LocalDate.of(2018, 5, 3),
                  "Local elections 2018",
                  PARTIES,
                  PartyAliases.empty(),
                  List.of(contest));
          for (boolean anyParty : new boolean[] {false, true}) {
            Tally empty =
                Tally.of(
                    election,
                    SeatBaseline.LAST_FOUGHT,
                    anyParty ? ControlRule.anyParty() : ControlRule.cohesiveOnly());
            for (int declaredWards = 0; declaredWards <= contested; declaredWards++) {
              // wards won by Con, Lab, Ind, or declared with no candidate (unfilled)
              for (int[] won : deals(declaredWards, PARTIES.size() + 1)) {
                Tally tally = empty;
                int w = 0;
                for (int p = 0; p <= PARTIES.size(); p++) {
                  for (int n = 0; n < won[p]; n++, w++) {
                    WardResult.Builder result = WardResult.builder(council, wards.get(w).id(), 1);
                    if (p < PARTIES.size()) {
                      result.unopposed("Candidate " + w, PARTIES.get(p));
                    }
                    tally = tally.apply(result.build());
                  }
                }
                int[] held = new int[PARTIES.size()];
                int filled = 0;
                for (int p = 0; p < PARTIES.size(); p++) {
                  held[p] = continuingDeal[p] + won[p];
                  filled += won[p];
                }
                Set<Optional<Party>> outcomes =
                    outcomes(held, contested - filled, size, anyParty);
                CouncilProgress progress = tally.progress(council);
                cases++;
                String where =
                    "size " + size + ", contested " + contested + ", continuing " + continuing
                        + ", won " + map(won) + ", unfilled " + won[PARTIES.size()]
                        + (anyParty ? ", any party" : ", cohesive only");
                assertThat(progress.isControlDecided()).as(where).isEqualTo(outcomes.size() == 1);
                if (outcomes.size() == 1) {
                  Optional<Party> only = outcomes.iterator().next();
                  assertThat(progress.decidedControl().orElseThrow().party()).as(where).isEqualTo(only);
                  decided++;
                  decidedNoc += only.isEmpty() ? 1 : 0;
                }
                // the standings count only councils in progress, by their decided control
                CountProgress count = tally.standings().progress();
                boolean inProgress = declaredWards > 0 && declaredWards < contested;
                assertThat(count.councilsInProgress()).as(where).isEqualTo(inProgress ? 1 : 0);
                assertThat(count.councilsDecidedEarly())
                    .as(where)
                    .isEqualTo(inProgress && outcomes.size() == 1 ? 1 : 0);
              }
            }
          }
        }
      }
    }
    // the domain is not trivial: both kinds of decision occur, and undecided councils too
    assertThat(cases).isGreaterThan(10_000);
    assertThat(decided).isLessThan(cases);
    assertThat(decidedNoc).isPositive().isLessThan(decided);
  }
}

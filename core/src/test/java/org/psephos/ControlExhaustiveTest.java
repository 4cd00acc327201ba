package org.psephos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Control and control outcomes checked exhaustively over small domains against a plain oracle:
 * every composition of a council of 1 to 12 seats among two cohesive parties, a non-cohesive
 * Independent and vacancies, with the parties given in every order, under each kind of control
 * rule; and every pair of compositions before and after up to 4 seats.
 */
class ControlExhaustiveTest {
  private static final Party ALPHA = Party.of("A", "Alpha", "Alp");
  private static final Party BETA = Party.of("B", "Beta", "Bet");
  private static final Party INDEPENDENT = Party.independent("I", "Independent", "Ind");
  private static final List<Party> PARTIES = List.of(ALPHA, BETA, INDEPENDENT);
  private static final Council COUNCIL =
      Council.of("E07000001", "Anytown", CouncilType.SHIRE_DISTRICT, "South East", 12);
  private static final Council ELSEWHERE =
      Council.of("E07000002", "Elsewhere", CouncilType.SHIRE_DISTRICT, "South East", 12);

  /** Seats per party (in {@link #PARTIES} order) and vacancies. */
  record Seats(int alpha, int beta, int independent, int vacant) {
    int size() {
      return alpha + beta + independent + vacant;
    }

    int of(Party party) {
      return party.equals(ALPHA) ? alpha : party.equals(BETA) ? beta : independent;
    }

    Seats plus(@Nullable Party party, int seats) {
      return new Seats(
          alpha + (ALPHA.equals(party) ? seats : 0),
          beta + (BETA.equals(party) ? seats : 0),
          independent + (INDEPENDENT.equals(party) ? seats : 0),
          vacant + (party == null ? seats : 0));
    }

    /** The composition, with the parties given in an order (zeros included). */
    Composition in(List<Party> order) {
      Map<Party, Integer> seats = new LinkedHashMap<>();
      for (Party party : order) {
        seats.put(party, of(party));
      }
      return Composition.of(seats, vacant);
    }
  }

  /** A control rule and its plain restatement. */
  record Rule(String name, ControlRule rule, List<Party> mayControl) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule("cohesive only", ControlRule.cohesiveOnly(), List.of(ALPHA, BETA)),
          new Rule("any party", ControlRule.anyParty(), PARTIES),
          new Rule(
              "independents cohesive here",
              ControlRule.cohesiveOnly().withCohesiveIn(COUNCIL, INDEPENDENT),
              PARTIES),
          new Rule(
              "Alpha not cohesive here",
              ControlRule.anyParty().withNonCohesiveIn(COUNCIL, ALPHA),
              List.of(BETA, INDEPENDENT)),
          new Rule(
              "overrides for another council only",
              ControlRule.cohesiveOnly()
                  .withCohesiveIn(ELSEWHERE, INDEPENDENT)
                  .withNonCohesiveIn(ELSEWHERE, ALPHA),
              List.of(ALPHA, BETA)));

  /** Every composition of every size from 1 to maxSize. */
  private static List<Seats> compositions(int maxSize) {
    List<Seats> all = new ArrayList<>();
    for (int size = 1; size <= maxSize; size++) {
      for (int a = 0; a <= size; a++) {
        for (int b = 0; a + b <= size; b++) {
          for (int i = 0; a + b + i <= size; i++) {
            all.add(new Seats(a, b, i, size - a - b - i));
          }
        }
      }
    }
    return all;
  }

  private static List<List<Party>> orders() {
    List<List<Party>> orders = new ArrayList<>();
    for (Party first : PARTIES) {
      for (Party second : PARTIES) {
        for (Party third : PARTIES) {
          if (!first.equals(second) && !first.equals(third) && !second.equals(third)) {
            orders.add(List.of(first, second, third));
          }
        }
      }
    }
    return orders;
  }

  // The oracle: the definitions of docs/rules.md ("Control and majority", "Control outcomes",
  // "Cohesion and independents") restated with plain ints.

  private static int majority(Seats seats) {
    return seats.size() / 2 + 1;
  }

  private static @Nullable Party expectedController(Seats seats, List<Party> mayControl) {
    for (Party party : mayControl) {
      if (seats.of(party) >= majority(seats)) {
        return party;
      }
    }
    return null;
  }

  private static @Nullable Party expectedLargest(Seats seats) {
    int most = Math.max(seats.alpha(), Math.max(seats.beta(), seats.independent()));
    List<Party> largest = new ArrayList<>();
    for (Party party : PARTIES) {
      if (seats.of(party) == most) {
        largest.add(party);
      }
    }
    return most > 0 && largest.size() == 1 ? largest.get(0) : null;
  }

  @Test
  void controlOfEveryCompositionUpToTwelveSeatsIsAStrictMajorityOfAPartyAllowedToControl() {
    List<Seats> all = compositions(12);
    assertThat(all).hasSize(1819); // sum over n = 1..12 of C(n + 3, 3)
    int controlled = 0;
    int exactlyHalf = 0;
    for (Seats seats : all) {
      for (List<Party> order : orders()) {
        Composition composition = seats.in(order);
        assertThat(Control.of(COUNCIL, composition))
            .as("default rule for %s", seats)
            .isEqualTo(Control.of(COUNCIL, composition, ControlRule.cohesiveOnly()));
        for (Rule rule : RULES) {
          Control control = Control.of(COUNCIL, composition, rule.rule());
          String what = rule.name() + " " + seats + " in order " + order;
          Party controller = expectedController(seats, rule.mayControl());

          assertThat(control.party()).as(what).isEqualTo(Optional.ofNullable(controller));
          assertThat(control.isNoOverallControl()).as(what).isEqualTo(controller == null);
          for (Party party : PARTIES) {
            assertThat(control.isControlledBy(party)).as(what).isEqualTo(party.equals(controller));
            assertThat(control.seatsShortOfMajority(party))
                .as("%s short of majority: %s", party.id(), what)
                .isEqualTo(Math.max(0, majority(seats) - seats.of(party)));
          }
          assertThat(control.size()).as(what).isEqualTo(seats.size());
          assertThat(control.majority()).as(what).isEqualTo(majority(seats));
          assertThat(control.composition()).as(what).isEqualTo(composition);
          assertThat(control.largestParty())
              .as("largest party: %s", what)
              .isEqualTo(Optional.ofNullable(expectedLargest(seats)));
          Map<Party, Integer> shortfall = new LinkedHashMap<>();
          for (Party party : order) {
            if (seats.of(party) > 0) {
              shortfall.put(party, Math.max(0, majority(seats) - seats.of(party)));
            }
          }
          assertThat(control.seatsShortOfMajority()).as(what).containsExactlyEntriesOf(shortfall);
          assertThat(control.describe())
              .as(what)
              .isEqualTo(controller == null ? "No overall control" : controller.name());
          if (controller != null) {
            controlled++;
          }
          for (Party party : PARTIES) {
            if (2 * seats.of(party) == seats.size()) {
              exactlyHalf++;
              assertThat(control.isControlledBy(party)).as("exactly half: %s", what).isFalse();
            }
          }
        }
      }
    }
    assertThat(controlled).isPositive();
    assertThat(exactlyHalf).isPositive();
  }

  @Test
  void controlIsMonotoneInTheControllingPartysSeats() {
    int checked = 0;
    for (Seats seats : compositions(12)) {
      for (Rule rule : RULES) {
        Party controller = Control.of(COUNCIL, seats.in(PARTIES), rule.rule()).party().orElse(null);
        if (controller == null) {
          continue;
        }
        // a seat more, from another party, from the vacancies, or a seat added to the council
        List<Seats> stronger = new ArrayList<>();
        stronger.add(seats.plus(controller, 1));
        for (Party other : PARTIES) {
          if (!other.equals(controller) && seats.of(other) > 0) {
            stronger.add(seats.plus(other, -1).plus(controller, 1));
          }
        }
        if (seats.vacant() > 0) {
          stronger.add(seats.plus(null, -1).plus(controller, 1));
        }
        for (Seats more : stronger) {
          assertThat(Control.of(COUNCIL, more.in(PARTIES), rule.rule()).party())
              .as("%s: %s controls %s, so also %s", rule.name(), controller.id(), seats, more)
              .contains(controller);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  @Test
  void controlOfNoSeatsIsRefused() {
    assertThatThrownBy(() -> Control.of(COUNCIL, Composition.empty()))
        .isExactlyInstanceOf(SeatCountException.class)
        .hasMessageContaining(COUNCIL.label());
  }

  // Control outcomes: every (before, after) pair over compositions of up to 4 seats.

  private static ControlOutcome.Kind expectedKind(@Nullable Party before, @Nullable Party after) {
    if (before == null && after == null) {
      return ControlOutcome.Kind.NOC_NO_CHANGE;
    }
    if (after == null) {
      return ControlOutcome.Kind.LOSS_TO_NOC;
    }
    return after.equals(before) ? ControlOutcome.Kind.HOLD : ControlOutcome.Kind.GAIN;
  }

  private static String expectedDescription(@Nullable Party before, @Nullable Party after) {
    if (after == null) {
      return before == null
          ? "No overall control, no change"
          : before.name() + " lose to no overall control";
    }
    if (after.equals(before)) {
      return after.name() + " hold";
    }
    return after.name() + " gain from " + (before == null ? "no overall control" : before.name());
  }

  @Test
  void everyControlOutcomeOverSmallCompositionsHasTheKindAndWordingOfItsControllers() {
    List<Seats> small = compositions(4);
    Map<ControlOutcome.Kind, Integer> kinds = new java.util.EnumMap<>(ControlOutcome.Kind.class);
    for (Rule rule : List.of(RULES.get(0), RULES.get(1))) {
      for (Seats beforeSeats : small) {
        Control before = Control.of(COUNCIL, beforeSeats.in(PARTIES), rule.rule());
        Party then = expectedController(beforeSeats, rule.mayControl());
        for (Seats afterSeats : small) {
          Control after = Control.of(COUNCIL, afterSeats.in(PARTIES), rule.rule());
          Party now = expectedController(afterSeats, rule.mayControl());
          ControlOutcome outcome = ControlOutcome.of(before, after);
          String what = rule.name() + ": " + beforeSeats + " -> " + afterSeats;
          ControlOutcome.Kind kind = expectedKind(then, now);
          kinds.merge(kind, 1, Integer::sum);

          assertThat(outcome.kind()).as(what).isEqualTo(kind);
          assertThat(outcome.before().orElseThrow()).as(what).isSameAs(before);
          assertThat(outcome.after()).as(what).isSameAs(after);
          assertThat(outcome.gainedBy())
              .as(what)
              .isEqualTo(
                  kind == ControlOutcome.Kind.GAIN ? Optional.ofNullable(now) : Optional.empty());
          assertThat(outcome.lostBy())
              .as(what)
              .isEqualTo(
                  kind == ControlOutcome.Kind.GAIN || kind == ControlOutcome.Kind.LOSS_TO_NOC
                      ? Optional.ofNullable(then)
                      : Optional.empty());
          assertThat(outcome.isChange())
              .as(what)
              .isEqualTo(
                  kind == ControlOutcome.Kind.GAIN || kind == ControlOutcome.Kind.LOSS_TO_NOC);
          assertThat(outcome.describe()).as(what).isEqualTo(expectedDescription(then, now));
          assertThat(outcome.describe(party -> party.shortName()))
              .as(what)
              .isEqualTo(
                  expectedDescription(then, now)
                      .replace("Alpha", "Alp")
                      .replace("Beta", "Bet")
                      .replace("Independent", "Ind"));
          assertThat(outcome).isEqualTo(ControlOutcome.of(before, after));
        }
      }
    }
    assertThat(kinds).as("hold, gain, loss to NOC, NOC no change").hasSize(4);
  }
}

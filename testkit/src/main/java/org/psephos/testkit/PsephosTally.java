package org.psephos.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.psephos.Control;
import org.psephos.ControlRule;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.SeatBaseline;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.CouncilResult;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.Standings;
import org.psephos.tally.Tally;

/**
 * Psephos's own {@link Tally} behind a {@link TallyAdapter} and a {@link WardTallyAdapter}: the
 * system Psephos checks against its laws, and a second opinion for yours ({@code
 * TallyLaws.of(yourSystem)} compares with the independent {@link ReferenceTally}; comparing with
 * this adapter too is up to you).
 */
public final class PsephosTally implements TallyAdapter, WardTallyAdapter {
  private final SeatBaseline baseline;
  private final ControlRule rule;

  private PsephosTally(SeatBaseline baseline, ControlRule rule) {
    this.baseline = Objects.requireNonNull(baseline, "baseline");
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /**
   * Psephos's tally with its defaults ({@code Tally.of(election)}): seats last fought, cohesive
   * parties only in control.
   *
   * @return the adapter
   */
  public static PsephosTally withDefaults() {
    return new PsephosTally(SeatBaseline.LAST_FOUGHT, ControlRule.cohesiveOnly());
  }

  /**
   * Psephos's tally with explicit choices.
   *
   * @param baseline what seat changes are measured against
   * @param rule which parties may control a council
   * @return the adapter
   */
  public static PsephosTally of(SeatBaseline baseline, ControlRule rule) {
    return new PsephosTally(baseline, rule);
  }

  /**
   * The tally after a night's inputs.
   *
   * @param election the election
   * @param inputs the inputs in arrival order
   * @return the tally
   * @throws org.psephos.ElectionDataException if the tally rejects an input
   */
  public Tally tally(Election election, List<Input> inputs) {
    Tally tally = Tally.of(election, baseline, rule);
    for (Input input : inputs) {
      tally =
          input instanceof Input.Declare declare
              ? tally.apply(declare.declaration())
              : tally.withdraw(input.council());
    }
    return tally;
  }

  /**
   * {@inheritDoc}
   *
   * @throws org.psephos.ElectionDataException if the tally rejects an input
   */
  @Override
  public StandingsFigures standings(Election election, List<Input> inputs) {
    Tally tally = tally(election, inputs);
    return figures(tally.standings(), tally.results());
  }

  /**
   * {@inheritDoc} Read from the tally's own regional standings.
   *
   * @throws org.psephos.ElectionDataException if the tally rejects an input
   */
  @Override
  public StandingsFigures regionStandings(Election election, List<Input> inputs, String region) {
    Tally tally = tally(election, inputs);
    List<CouncilResult> inRegion = new ArrayList<>();
    for (CouncilResult result : tally.results()) {
      if (result.council().region().filter(region::equals).isPresent()) {
        inRegion.add(result);
      }
    }
    return figures(tally.standings(CouncilFilter.region(region)), inRegion);
  }

  /**
   * The standings of Psephos's tally after a night of ward results: its whole declarations, then
   * every ward result in the night's order (superseded results first, then the current ones).
   *
   * @param night the night
   * @return the tally's standings
   * @throws org.psephos.ElectionDataException if the tally rejects an input
   */
  public StandingsFigures standings(WardNight night) {
    Tally tally =
        Tally.of(night.election(), baseline, rule)
            .applyAll(night.wholes())
            .applyWardResults(night.arrivals());
    return figures(tally.standings(), tally.results());
  }

  /**
   * {@inheritDoc}
   *
   * @throws org.psephos.ElectionDataException if the tally rejects an input
   */
  @Override
  public StandingsFigures standings(
      Election election, List<Declaration> wholes, List<WardInput> inputs) {
    Tally tally = Tally.of(election, baseline, rule).applyAll(wholes);
    for (WardInput input : inputs) {
      if (input instanceof WardInput.Result result) {
        tally = tally.apply(result.result());
      } else if (input instanceof WardInput.Postpone postpone) {
        tally = tally.apply(postpone.postponement());
      } else {
        tally = tally.withdrawWard(input.council(), input.wardId());
      }
    }
    return figures(tally.standings(), tally.results());
  }

  private static StandingsFigures figures(Standings standings, List<CouncilResult> results) {
    List<PartyFigures> parties = new ArrayList<>();
    for (PartyStanding line : standings.parties()) {
      parties.add(
          new PartyFigures(
              line.party().id(),
              line.councils(),
              line.councilsBefore(),
              line.seatsWon(),
              line.baselineSeats(),
              line.holdings()));
    }
    Map<String, StandingsFigures.ControlChange> control = new LinkedHashMap<>();
    for (CouncilResult result : results) {
      control.put(
          result.council().id(),
          new StandingsFigures.ControlChange(
              result
                  .controlBefore()
                  .map(PsephosTally::controller)
                  .orElse(StandingsFigures.NO_PREVIOUS_RESULT),
              controller(result.controlAfter())));
    }
    return StandingsFigures.of(
        standings.councilsDeclared(),
        standings.noOverallControl(),
        standings.noOverallControlBefore(),
        parties,
        control);
  }

  private static String controller(Control control) {
    return control.party().map(Party::id).orElse(StandingsFigures.NO_OVERALL_CONTROL);
  }
}

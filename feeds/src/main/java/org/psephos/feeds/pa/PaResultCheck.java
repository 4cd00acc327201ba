package org.psephos.feeds.pa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.psephos.Control;
import org.psephos.ControlOutcome;
import org.psephos.Party;
import org.psephos.tally.CouncilResult;

/**
 * Checks a council's PA result against the tally's result of the same declaration: each party's
 * {@code Changes} when the result gives them (seats won less seats offered; a party PA leaves out
 * has no change) and {@code
 * NewCouncil} seats, and the {@code winningParty}, {@code gainOrHold} and {@code sittingParty}
 * PA gives. Parties are compared by PA id, controllers by PA's abbreviation or {@code NOC}.
 */
final class PaResultCheck {
  private PaResultCheck() {}

  /** The figures of PA's that disagree with the tally's; empty when they all agree. */
  static List<PaDifference> differences(CouncilResult ours, PaCouncilResult pa) {
    String subject = ours.council().name();
    List<PaDifference> differences = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    if (pa.changes().isPresent()) {
      Map<String, Integer> paChanges = byPaId(pa.changes().get(), names);
      Map<String, Integer> ourChanges = new LinkedHashMap<>();
      ours.seatChanges().forEach((party, change) -> ourChanges.put(paId(party, names), change));
      compare(subject, "Changes", paChanges, ourChanges, names, differences, true);
    }
    Map<String, Integer> paNew = byPaId(pa.newCouncil(), names);
    Map<String, Integer> ourNew = new LinkedHashMap<>();
    ours.compositionAfter().asMap().forEach((party, seats) -> ourNew.put(paId(party, names), seats));
    compare(subject, "NewCouncil", paNew, ourNew, names, differences, false);
    String after = controller(ours.controlAfter());
    // PA's elections always have a previous result (its seats held); without one, no sitting party
    String before = ours.controlBefore().map(PaResultCheck::controller).orElse("");
    check(subject, "winningParty", pa.winningParty(), after, differences);
    check(subject, "sittingParty", pa.sittingParty(), before, differences);
    String outcome = outcome(ours.outcome());
    if (!(pa.gainOrHold().equals(Optional.of("hold"))
        && ours.outcome().kind() == ControlOutcome.Kind.HOLD)) {
      check(subject, "gainOrHold", pa.gainOrHold(), outcome, differences);
    }
    return differences;
  }

  private static Map<String, Integer> byPaId(List<PaPartyFigure> figures, Map<String, String> names) {
    Map<String, Integer> values = new LinkedHashMap<>();
    for (PaPartyFigure figure : figures) {
      values.merge(figure.paId(), figure.value(), Integer::sum);
      names.putIfAbsent(figure.paId(), figure.name());
    }
    return values;
  }

  private static String paId(Party party, Map<String, String> names) {
    String id = PaElection.paIdOf(party.id());
    names.putIfAbsent(id, party.shortName());
    return id;
  }

  private static void compare(
      String subject,
      String field,
      Map<String, Integer> pa,
      Map<String, Integer> ours,
      Map<String, String> names,
      List<PaDifference> differences,
      boolean signed) {
    Map<String, Boolean> parties = new LinkedHashMap<>();
    pa.keySet().forEach(id -> parties.put(id, true));
    ours.keySet().forEach(id -> parties.put(id, true));
    for (String id : parties.keySet()) {
      int theirs = pa.getOrDefault(id, 0);
      int mine = ours.getOrDefault(id, 0);
      if (theirs != mine) {
        differences.add(
            new PaDifference(
                subject,
                field + " " + names.get(id),
                signed ? signed(theirs) : Integer.toString(theirs),
                signed ? signed(mine) : Integer.toString(mine)));
      }
    }
  }

  private static void check(
      String subject, String field, Optional<String> pa, String ours, List<PaDifference> out) {
    if (pa.isPresent() && !pa.get().equals(ours)) {
      out.add(new PaDifference(subject, field, pa.get(), ours));
    }
  }

  /** PA's name of a controller: the party's abbreviation, or NOC. */
  static String controller(Control control) {
    return control.party().map(Party::shortName).orElse("NOC");
  }

  /** PA's {@code gainOrHold} of an outcome. */
  static String outcome(ControlOutcome outcome) {
    return switch (outcome.kind()) {
      case GAIN -> "gain";
      case LOSS_TO_NOC -> "lose to NOC";
      case HOLD, NOC_NO_CHANGE, WIN, NO_OVERALL_CONTROL -> "no change";
    };
  }

  /** A change as PA writes it: "+2", "-4", "0". */
  static String signed(int change) {
    return change > 0 ? "+" + change : Integer.toString(change);
  }
}

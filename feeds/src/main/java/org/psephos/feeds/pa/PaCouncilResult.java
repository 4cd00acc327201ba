package org.psephos.feeds.pa;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One council's result ({@code LocalElectionResult/Election/Council}).
 *
 * @param paId PA's council id
 * @param name the council's name
 * @param winningParty PA's controller after the result (an abbreviation, or {@code NOC})
 * @param gainOrHold PA's outcome: {@code gain}, {@code no change} or {@code lose to NOC}
 * @param sittingParty PA's controller before (an abbreviation, or {@code NOC})
 * @param elected the seats won per party ({@code ElectedCouncillors}), absent for an all-out
 *     council whose {@code NewCouncil} is the seats won
 * @param changes the non-zero changes against the seats offered, absent when the result has no
 *     {@code Changes} element (an empty one means no party changed)
 * @param newCouncil the council's composition after the result
 * @param path the element path, for messages
 */
public record PaCouncilResult(
    String paId,
    String name,
    Optional<String> winningParty,
    Optional<String> gainOrHold,
    Optional<String> sittingParty,
    Optional<List<PaPartyFigure>> elected,
    Optional<List<PaPartyFigure>> changes,
    List<PaPartyFigure> newCouncil,
    String path) {

  /**
   * Copies the lists.
   *
   * @param paId PA's council id
   * @param name the council's name
   * @param winningParty PA's controller after
   * @param gainOrHold PA's outcome
   * @param sittingParty PA's controller before
   * @param elected the seats won, if listed
   * @param changes the changes, if given
   * @param newCouncil the composition after
   * @param path the element path
   */
  public PaCouncilResult {
    requireNonNull(paId, "paId");
    requireNonNull(name, "name");
    requireNonNull(winningParty, "winningParty");
    requireNonNull(gainOrHold, "gainOrHold");
    requireNonNull(sittingParty, "sittingParty");
    elected = elected.map(List::copyOf);
    changes = changes.map(List::copyOf);
    newCouncil = List.copyOf(newCouncil);
    requireNonNull(path, "path");
  }

  /**
   * The result's figures without where they were read: two results with the same figures are the
   * same declaration, whichever file or position they came from.
   *
   * @return a canonical text of the figures
   */
  public String figures() {
    return paId
        + "|" + winningParty.orElse("") + "|" + gainOrHold.orElse("") + "|"
        + sittingParty.orElse("")
        + "|elected=" + elected.map(PaCouncilResult::text).orElse("-")
        + "|changes=" + changes.map(PaCouncilResult::text).orElse("-")
        + "|new=" + text(newCouncil);
  }

  private static String text(List<PaPartyFigure> figures) {
    StringBuilder text = new StringBuilder();
    figures.stream()
        .sorted((a, b) -> a.paId().compareTo(b.paId()))
        .forEach(f -> text.append(f.paId()).append(':').append(f.value()).append(','));
    return text.toString();
  }
}

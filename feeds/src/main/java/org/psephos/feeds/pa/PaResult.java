package org.psephos.feeds.pa;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A {@code LocalElectionResult} message: one revision of the results of one or more councils. A
 * higher revision of a council replaces a lower one.
 *
 * @param file the file's name
 * @param revision the revision, 1 when the message gives none
 * @param councils the councils' results, in the file's order
 */
public record PaResult(String file, int revision, List<PaCouncilResult> councils)
    implements PaMessage {

  /**
   * Copies the councils.
   *
   * @param file the file's name
   * @param revision the revision
   * @param councils the councils' results
   */
  public PaResult {
    requireNonNull(file, "file");
    councils = List.copyOf(councils);
  }
}

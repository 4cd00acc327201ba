package org.psephos.feeds.tables;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.psephos.DataSubject;

/**
 * Democracy Club's ballots API ({@code /api/next/ballots/?election_date=...}): each ballot's seats
 * ({@code winner_count}), whether it was {@code cancelled}, and the links of a postponed poll to
 * the ballot that replaces it ({@code replaces}, {@code replaced_by}). See docs/tables.md.
 *
 * <p>{@link #read} reads a page: {@code {"next": url or null, "results": [{"ballot_paper_id",
 * "winner_count", "cancelled", "replaces", "replaced_by", ...}]}}; {@code replaces} and {@code
 * replaced_by} may be a ballot paper id or the ballot's API address (ending in {@code
 * /ballots/<id>/}), or null. {@link #link} applies them to results read from the results API or
 * export: a ballot's seats become its {@code winner_count} (its elected marks checked against it),
 * and the result of a ballot that replaces a postponed one is the result of the ballot it replaces
 * (followed to the first of a chain), so that the election's ward, keyed by the original ballot
 * id, is declared. Faults are {@link TableFormatException}s naming the page and the path of the
 * value. Immutable and thread-safe.
 */
public final class DemocracyClubBallots {
  private DemocracyClubBallots() {}

  /**
   * One ballot of the ballots API.
   *
   * @param ballotPaperId the ballot paper id, such as {@code local.sheffield.ecclesall.2021-05-06}
   * @param winnerCount the seats it elects, at least 1
   * @param cancelled whether the poll was cancelled (uncontested, countermanded or postponed)
   * @param replaces the ballot paper id of the postponed ballot it replaces, if any
   * @param replacedBy the ballot paper id of the ballot replacing it, if any
   */
  public record Ballot(
      String ballotPaperId,
      int winnerCount,
      boolean cancelled,
      Optional<String> replaces,
      Optional<String> replacedBy) {
    /**
     * Checks the components are present.
     *
     * @param ballotPaperId the ballot paper id
     * @param winnerCount the seats it elects
     * @param cancelled whether the poll was cancelled
     * @param replaces the ballot it replaces, if any
     * @param replacedBy the ballot replacing it, if any
     */
    public Ballot {
      requireNonNull(ballotPaperId, "ballotPaperId");
      requireNonNull(replaces, "replaces");
      requireNonNull(replacedBy, "replacedBy");
    }
  }

  /**
   * A page of the ballots API.
   *
   * @param ballots the page's ballots, in order
   * @param next the next page's address, empty on the last page
   */
  public record Page(List<Ballot> ballots, Optional<String> next) {
    /**
     * Copies the list.
     *
     * @param ballots the page's ballots
     * @param next the next page's address
     */
    public Page {
      ballots = List.copyOf(ballots);
      requireNonNull(next, "next");
    }
  }

  /**
   * Reads a page of the ballots API.
   *
   * @param name the page's name or address, for messages
   * @param json the page's UTF-8 bytes
   * @return the page
   * @throws TableFormatException if the page is not JSON of the ballots API: not JSON (line and
   *     column), or a value of the wrong kind (the path of the value, such as {@code
   *     results[2].winner_count})
   */
  public static Page read(String name, byte[] json) {
    Map<String, Object> page =
        DemocracyClubApi.object(name, DemocracyClubApi.parse(name, json), "the page");
    Object next = page.getOrDefault("next", DemocracyClubApi.NULL);
    List<Object> results =
        DemocracyClubApi.list(name, page.getOrDefault("results", DemocracyClubApi.NULL), "results");
    List<Ballot> ballots = new ArrayList<>();
    int index = 0;
    for (Object item : results) {
      String where = "results[" + index++ + "]";
      Map<String, Object> ballot = DemocracyClubApi.object(name, item, where);
      String id =
          DemocracyClubApi.text(
              name, ballot.getOrDefault("ballot_paper_id", DemocracyClubApi.NULL),
              where + ".ballot_paper_id");
      if (DemocracyClubResults.councilGroupId(id).isEmpty()) {
        throw DemocracyClubApi.invalid(name, id, where + ".ballot_paper_id",
            "not a ballot paper id of the form type.organisation.ward[.by].date");
      }
      Object count = ballot.getOrDefault("winner_count", DemocracyClubApi.NULL);
      int winners = DemocracyClubApi.whole(name, count, where + ".winner_count").orElse(0);
      if (winners < 1) {
        throw DemocracyClubApi.invalid(
            name, count == DemocracyClubApi.NULL ? "null" : String.valueOf(count),
            where + ".winner_count", "a ballot elects at least 1");
      }
      Object cancelled = ballot.getOrDefault("cancelled", Boolean.FALSE);
      if (!(cancelled instanceof Boolean)) {
        throw DemocracyClubApi.invalid(name, String.valueOf(cancelled), where + ".cancelled",
            "true or false expected");
      }
      ballots.add(
          new Ballot(
              id,
              winners,
              (Boolean) cancelled,
              link(name, ballot.getOrDefault("replaces", DemocracyClubApi.NULL),
                  where + ".replaces"),
              link(name, ballot.getOrDefault("replaced_by", DemocracyClubApi.NULL),
                  where + ".replaced_by")));
    }
    return new Page(ballots, next instanceof String url ? Optional.of(url) : Optional.empty());
  }

  /** A ballot named by its id or its API address, or null. */
  private static Optional<String> link(String name, Object value, String where) {
    if (value == DemocracyClubApi.NULL) {
      return Optional.empty();
    }
    String text = DemocracyClubApi.text(name, value, where);
    String id = text;
    int at = text.indexOf("/ballots/");
    if (at >= 0) {
      id = text.substring(at + "/ballots/".length());
      if (id.endsWith("/")) {
        id = id.substring(0, id.length() - 1);
      }
    }
    if (DemocracyClubResults.councilGroupId(id).isEmpty()) {
      throw DemocracyClubApi.invalid(name, text, where,
          "neither a ballot paper id nor a ballot's address (.../ballots/<id>/)");
    }
    return Optional.of(id);
  }

  /**
   * Results with the ballots applied: each ballot's seats its {@code winner_count}, and a result
   * of a ballot that replaces a postponed one given the id (and council) of the first ballot of
   * the chain. A result of a ballot the ballots do not list is kept as it is.
   *
   * @param results results read from the results API or export
   * @param ballots the ballots of the same polling day
   * @return the results as the election's wards know them, with a notice for each one moved to
   *     the ballot it replaces
   * @throws TableFormatException {@code TOO_MANY_WINNERS} for a result with more candidates
   *     marked elected than the ballot's {@code winner_count}, {@code FLAGS_DIFFER} for one with
   *     fewer in a contested ballot, {@code INVALID_VALUE} for a chain of {@code replaces} that
   *     comes back to a ballot already in it
   */
  public static CandidateTable link(CandidateTable results, List<Ballot> ballots) {
    requireNonNull(results, "results");
    Map<String, Ballot> byId = new LinkedHashMap<>();
    for (Ballot ballot : ballots) {
      byId.put(ballot.ballotPaperId(), ballot);
    }
    List<TableWard> linked = new ArrayList<>();
    List<String> notices = new ArrayList<>(results.notices());
    for (TableWard ward : results.wards()) {
      Ballot ballot = byId.get(ward.wardId());
      if (ballot == null) {
        linked.add(ward);
        continue;
      }
      int marked = ward.flaggedElected().size();
      boolean uncontested = ward.candidates().size() <= ballot.winnerCount();
      if (marked > ballot.winnerCount() || (marked < ballot.winnerCount() && !uncontested)) {
        throw new TableFormatException(
            marked > ballot.winnerCount()
                ? TableFormatException.Kind.TOO_MANY_WINNERS
                : TableFormatException.Kind.FLAGS_DIFFER,
            results.file(),
            ward.line(),
            0,
            ward.wardId(),
            "ballot " + ward.wardId() + ": " + marked + " candidates marked elected, but its"
                + " winner_count is " + ballot.winnerCount(),
            DataSubject.none().withCouncil(ward.councilId()).withWard(ward.wardId()));
      }
      String wardId = ward.wardId();
      Set<String> chain = new LinkedHashSet<>();
      chain.add(wardId);
      Ballot at = ballot;
      while (at.replaces().isPresent()) {
        wardId = at.replaces().get();
        if (!chain.add(wardId)) {
          throw new TableFormatException(
              TableFormatException.Kind.INVALID_VALUE, results.file(), ward.line(), 0,
              ward.wardId(), "ballot " + ward.wardId() + ": its chain of replaces comes back to "
                  + wardId + " (" + String.join(" -> ", chain) + ")",
              DataSubject.none().withWard(ward.wardId()));
        }
        Ballot replaced = byId.get(wardId);
        if (replaced == null) {
          break;
        }
        at = replaced;
      }
      String councilId = ward.councilId();
      if (!wardId.equals(ward.wardId())) {
        councilId = DemocracyClubResults.councilGroupId(wardId).orElseThrow();
        notices.add(
            results.file() + ": ballot " + ward.wardId() + " replaces the postponed ballot "
                + wardId + ": its result is that ballot's");
      }
      linked.add(
          new TableWard(
              councilId,
              councilId.equals(ward.councilId()) ? ward.councilName() : councilId,
              wardId,
              wardId.equals(ward.wardId()) ? ward.wardName() : wardId,
              ballot.winnerCount(),
              ward.candidates(),
              ward.electorate(),
              ward.ballotsCast(),
              ward.ballotsRejected(),
              ward.drawnWinners(),
              ward.line()));
    }
    return new CandidateTable(
        results.file(), linked, notices, results.councilColumn(), results.partyColumn());
  }
}

package org.psephos.feeds.tables;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.psephos.DataSubject;

/**
 * Reads Democracy Club's candidates export with results ({@code /data/export_csv/?...&field_group=
 * results} on the candidates site): one row per candidacy, booleans {@code t} and {@code f}, an
 * empty cell for null. See docs/tables.md.
 *
 * <p>Rows are gathered by {@code ballot_paper_id} into ballots (a {@link TableWard} whose ward id
 * is the ballot paper id, such as {@code local.sheffield.ecclesall.2021-05-06}, and whose council
 * id is the council's election group id as Democracy Club derives it: the ballot id without its
 * ward part and without {@code .by}, {@code local.sheffield.2021-05-06}); the seats are {@code
 * seats_contested}; the electorate, ballots cast and rejected are {@code total_electorate}, {@code
 * turnout_reported} and {@code spoilt_ballots}. Party ids are Democracy Club's ({@code PP53},
 * {@code ynmp-party:2}, joint descriptions {@code joint-party:53-119}), resolved through the
 * election's aliases like any party code; names are never used.
 *
 * <ul>
 *   <li>a ballot with {@code cancelled_poll} {@code t} and no more candidates than seats is
 *       uncontested: every candidate elected unopposed;
 *   <li>a cancelled ballot with more candidates than seats was countermanded or postponed (its
 *       poll will be a later ballot that {@code replaces} it): it has no result, and is left out
 *       with a notice naming it;
 *   <li>a ballot whose every {@code elected} is null and that has no votes has no result yet: left
 *       out with a notice;
 *   <li>{@code elected} null where every candidate has votes: the winners are those with most
 *       votes, a tie for the last seat broken by {@code tied_vote_winner};
 *   <li>otherwise the {@code elected} marks are checked against "most votes win" as in {@link
 *       TableWard}, and a tie for the last seat must be broken for a candidate marked {@code
 *       tied_vote_winner}.
 * </ul>
 *
 * <p>Columns are found by header name; the required ones are listed in {@link #REQUIRED}. Columns
 * the reader does not use are ignored. Every fault is a {@link TableFormatException} naming the
 * file, line, column and value; nothing is returned from a failing file.
 */
public final class DemocracyClubResults {
  /** The columns a results export must have. */
  public static final List<String> REQUIRED =
      List.of(
          "person_id",
          "person_name",
          "ballot_paper_id",
          "party_id",
          "cancelled_poll",
          "seats_contested",
          "votes_cast",
          "elected");

  private DemocracyClubResults() {}

  /**
   * Reads an export in UTF-8.
   *
   * @param file the file
   * @return the table of ballots
   * @throws IOException if the file cannot be read
   * @throws TableFormatException as the class description says
   */
  public static CandidateTable read(Path file) throws IOException {
    return read(file.toString(), Files.readAllBytes(file), null);
  }

  /**
   * The council election group id of a ballot paper id, as Democracy Club derives it: the
   * organisation part and the date, without the ward and without {@code .by}.
   *
   * @param ballotPaperId a ballot paper id such as {@code local.sheffield.ecclesall.by.2021-05-06}
   * @return the group id, such as {@code local.sheffield.2021-05-06}, or empty when the id does
   *     not have the form {@code type.organisation.ward[.by].date}
   */
  public static Optional<String> councilGroupId(String ballotPaperId) {
    String[] parts = ballotPaperId.split("\\.", -1);
    int last = parts.length - 1;
    boolean by = parts.length >= 5 && parts[last - 1].equals("by");
    if (parts.length < 4 || parts.length > 5 || (parts.length == 5 && !by)) {
      return Optional.empty();
    }
    for (String part : parts) {
      if (part.isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of(parts[0] + "." + parts[1] + "." + parts[last]);
  }

  /**
   * Reads an export's content.
   *
   * @param name the file name, for messages
   * @param content the bytes
   * @param charset the charset, or null for UTF-8 (a byte order mark is skipped)
   * @return the table of ballots
   * @throws TableFormatException as the class description says
   */
  public static CandidateTable read(String name, byte[] content, @Nullable Charset charset) {
    List<TableText.Row> rows = TableText.rows(name, content, charset);
    if (rows.isEmpty()) {
      throw new TableFormatException(
          TableFormatException.Kind.UNKNOWN_HEADER, name, 1, 0, "",
          "empty; expected a header with " + String.join(",", REQUIRED), DataSubject.none());
    }
    TableText.Row header = rows.get(0);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.values().size(); i++) {
      index.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    for (String column : REQUIRED) {
      if (!index.containsKey(column)) {
        throw new TableFormatException(
            TableFormatException.Kind.UNKNOWN_HEADER, name, header.line(), 0, "",
            "column " + column + " missing; a results export has " + String.join(",", REQUIRED),
            DataSubject.none());
      }
    }
    Map<String, List<TableText.Row>> ballots = new LinkedHashMap<>();
    for (TableText.Row row : rows.subList(1, rows.size())) {
      if (row.values().size() != header.values().size()) {
        throw new TableFormatException(
            TableFormatException.Kind.COLUMN_COUNT, name, row.line(), 0,
            String.join(",", row.values()),
            "the header has " + header.values().size() + " columns, this row "
                + row.values().size(),
            DataSubject.none());
      }
      ballots.computeIfAbsent(row.get(at(index, "ballot_paper_id")), id -> new ArrayList<>())
          .add(row);
    }
    WardAssembler wards = new WardAssembler(name);
    for (Map.Entry<String, List<TableText.Row>> ballot : ballots.entrySet()) {
      ballot(name, index, ballot.getKey(), ballot.getValue(), wards);
    }
    List<TableWard> read = wards.wards();
    return new CandidateTable(
        name, read, wards.notices(), at(index, "ballot_paper_id") + 1, at(index, "party_id") + 1);
  }

  private static void ballot(
      String file,
      Map<String, Integer> index,
      String ballotId,
      List<TableText.Row> rows,
      WardAssembler wards) {
    TableText.Row first = rows.get(0);
    int ballotColumn = at(index, "ballot_paper_id");
    String council =
        councilGroupId(ballotId)
            .orElseThrow(
                () ->
                    new TableFormatException(
                        TableFormatException.Kind.INVALID_VALUE, file, first.line(),
                        ballotColumn + 1, ballotId,
                        "not a ballot paper id of the form type.organisation.ward[.by].date",
                        DataSubject.none()));
    int seats = Cells.whole(file, first, at(index, "seats_contested"), "seats_contested");
    boolean cancelled = bool(file, first, at(index, "cancelled_poll")).orElse(false);
    if (cancelled && rows.size() > seats) {
      wards.notice(
          file + ", line " + first.line() + ": ballot " + ballotId + " was cancelled with "
              + rows.size() + " candidates for " + seats
              + " seats (countermanded or postponed; its poll is a later ballot that replaces"
              + " it): no result, left out");
      return;
    }
    List<Optional<Boolean>> elected = new ArrayList<>();
    List<OptionalInt> votes = new ArrayList<>();
    boolean allElectedNull = true;
    boolean allVotes = true;
    boolean anyVotes = false;
    for (TableText.Row row : rows) {
      Optional<Boolean> mark = bool(file, row, at(index, "elected"));
      OptionalInt cast = Cells.optionalWhole(file, row, at(index, "votes_cast"), "votes_cast");
      elected.add(mark);
      votes.add(cast);
      allElectedNull &= mark.isEmpty();
      allVotes &= cast.isPresent();
      anyVotes |= cast.isPresent();
    }
    boolean uncontested = rows.size() <= seats;
    if (!uncontested && allElectedNull && !anyVotes) {
      wards.notice(
          file + ", line " + first.line() + ": ballot " + ballotId
              + " has no result yet (no votes, no one marked elected): left out");
      return;
    }
    List<Boolean> flags = new ArrayList<>();
    if (uncontested) {
      for (int i = 0; i < rows.size(); i++) {
        flags.add(true);
      }
    } else if (allElectedNull && allVotes) {
      flags = byVotes(file, index, rows, votes, seats);
    } else {
      for (int i = 0; i < rows.size(); i++) {
        Optional<Boolean> mark = elected.get(i);
        if (mark.isEmpty()) {
          throw new TableFormatException(
              TableFormatException.Kind.INVALID_VALUE, file, rows.get(i).line(),
              at(index, "elected") + 1, "",
              "ballot " + ballotId + ": elected is null while other candidates are marked",
              DataSubject.none().withWard(ballotId));
        }
        flags.add(mark.get());
      }
    }
    Integer electorate = index.get("total_electorate");
    Integer turnout = index.get("turnout_reported");
    Integer spoilt = index.get("spoilt_ballots");
    for (int i = 0; i < rows.size(); i++) {
      TableText.Row row = rows.get(i);
      String partyId = Cells.text(file, row, at(index, "party_id"), "party_id");
      TableCandidate candidate =
          new TableCandidate(
              Cells.text(file, row, at(index, "person_name"), "person_name"),
              partyId,
              uncontested ? OptionalInt.empty() : votes.get(i),
              flags.get(i),
              row.line());
      wards.add(
          council,
          council,
          ballotId,
          ballotId,
          seats,
          uncontested || electorate == null
              ? OptionalInt.empty()
              : Cells.optionalWhole(file, first, electorate, "total_electorate"),
          uncontested || turnout == null
              ? OptionalInt.empty()
              : Cells.optionalWhole(file, first, turnout, "turnout_reported"),
          uncontested || spoilt == null
              ? OptionalInt.empty()
              : Cells.optionalWhole(file, first, spoilt, "spoilt_ballots"),
          candidate,
          ballotColumn + 1);
    }
    if (!uncontested) {
      Integer tiedColumn = index.get("tied_vote_winner");
      for (int i = 0; tiedColumn != null && i < rows.size(); i++) {
        if (bool(file, rows.get(i), tiedColumn).orElse(false) && !flags.get(i)) {
          throw new TableFormatException(
              TableFormatException.Kind.FLAGS_DIFFER, file, rows.get(i).line(), tiedColumn + 1,
              "t", "ballot " + ballotId + ": the tied vote winner is not marked elected",
              DataSubject.none().withWard(ballotId));
        }
      }
    }
  }

  /** Flags by most votes, a tie for the last seat broken by {@code tied_vote_winner}. */
  private static List<Boolean> byVotes(
      String file,
      Map<String, Integer> index,
      List<TableText.Row> rows,
      List<OptionalInt> votes,
      int seats) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt((Integer i) -> votes.get(i).orElse(0)).reversed());
    int last = votes.get(order.get(seats - 1)).orElse(0);
    Integer tiedColumn = index.get("tied_vote_winner");
    List<Boolean> flags = new ArrayList<>();
    int above = 0;
    List<Integer> tied = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      int cast = votes.get(i).orElse(0);
      flags.add(cast > last);
      if (cast > last) {
        above++;
      } else if (cast == last) {
        tied.add(i);
      }
    }
    if (tied.size() == seats - above) {
      for (int i : tied) {
        flags.set(i, true);
      }
      return flags;
    }
    for (int i : tied) {
      if (tiedColumn != null && bool(file, rows.get(i), tiedColumn).orElse(false)) {
        flags.set(i, true);
      }
    }
    return flags;
  }

  private static Optional<Boolean> bool(String file, TableText.Row row, int index) {
    String value = row.get(index).strip();
    switch (value) {
      case "":
        return Optional.empty();
      case "t":
      case "True":
      case "true":
        return Optional.of(true);
      case "f":
      case "False":
      case "false":
        return Optional.of(false);
      default:
        throw new TableFormatException(
            TableFormatException.Kind.INVALID_VALUE, file, row.line(), index + 1, value,
            "a boolean is t, f or empty (null)", DataSubject.none());
    }
  }

  private static int at(Map<String, Integer> index, String column) {
    Integer i = index.get(column);
    if (i == null) {
      throw new IllegalStateException("column " + column + " checked present");
    }
    return i;
  }
}

package org.psephos.feeds.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.psephos.CouncilType;
import org.psephos.DataSubject;

/**
 * Gathers a candidate table's rows into ballots, one per run of rows of the same council and ward,
 * and checks each ballot's elected flags against "most votes win" as {@link TableWard} describes.
 * Differences are gathered over the whole file and reported together; nothing is returned when any
 * is found.
 */
final class WardAssembler {
  private static final int SHOWN = 10;

  private final String file;
  private final Set<String> seen = new HashSet<>();
  private final List<TableWard> wards = new ArrayList<>();
  private final List<String> notices = new ArrayList<>();
  private final List<String> differences = new ArrayList<>();
  private long firstDifferenceLine;
  private @Nullable Pending pending;

  WardAssembler(String file) {
    this.file = file;
  }

  /** The ballot being gathered. */
  private static final class Pending {
    final String councilId;
    final String councilName;
    final String wardCode;
    final String wardId;
    final String wardName;
    final int seats;
    final OptionalInt electorate;
    final OptionalInt ballotsCast;
    final OptionalInt ballotsRejected;
    final long line;
    final List<TableCandidate> candidates = new ArrayList<>();

    Pending(
        String councilId,
        String councilName,
        String wardCode,
        String wardId,
        String wardName,
        int seats,
        OptionalInt electorate,
        OptionalInt ballotsCast,
        OptionalInt ballotsRejected,
        long line) {
      this.councilId = councilId;
      this.councilName = councilName;
      this.wardCode = wardCode;
      this.wardId = wardId;
      this.wardName = wardName;
      this.seats = seats;
      this.electorate = electorate;
      this.ballotsCast = ballotsCast;
      this.ballotsRejected = ballotsRejected;
      this.line = line;
    }
  }

  /**
   * Adds a candidate's row.
   *
   * @param seats the ward's seats from the file, or -1 when the file has none (then the flags
   *     count them)
   * @param wardColumn the column of the ward code, for messages
   */
  void add(
      String councilId,
      String councilName,
      String wardCode,
      String wardName,
      int seats,
      OptionalInt electorate,
      OptionalInt ballotsCast,
      OptionalInt ballotsRejected,
      TableCandidate candidate,
      int wardColumn) {
    Pending current = pending;
    if (current == null
        || !current.councilId.equals(councilId)
        || !current.wardCode.equals(wardCode)) {
      finish();
      String key = councilId + "/" + wardCode;
      String wardId = wardCode;
      if (!seen.add(key)) {
        wardId = wardCode + ".by";
        if (!seen.add(councilId + "/" + wardId)) {
          throw new TableFormatException(
              TableFormatException.Kind.INVALID_VALUE,
              file,
              candidate.line(),
              wardColumn,
              wardCode,
              councilName
                  + " ("
                  + councilId
                  + "), ward "
                  + wardName
                  + ": a third ballot of the same ward; a ward may have two ballots on one day (a"
                  + " scheduled election and a by-election), never more",
              DataSubject.none().withCouncil(councilId).withWard(wardCode));
        }
        notices.add(
            file
                + ", line "
                + candidate.line()
                + ": "
                + councilName
                + " ("
                + councilId
                + "), ward "
                + wardName
                + " ("
                + wardCode
                + ") has a second ballot the same day (a by-election): kept as ward "
                + wardId);
      }
      current =
          new Pending(
              councilId,
              councilName,
              wardCode,
              wardId,
              wardName,
              seats,
              electorate,
              ballotsCast,
              ballotsRejected,
              candidate.line());
      pending = current;
    } else if (current.seats != seats) {
      throw new TableFormatException(
          TableFormatException.Kind.INVALID_VALUE,
          file,
          candidate.line(),
          0,
          Integer.toString(seats),
          councilName + " (" + councilId + "), ward " + wardName + ": seats " + seats
              + " differ from the " + current.seats + " given on line " + current.line,
          DataSubject.none().withCouncil(councilId).withWard(wardCode));
    }
    current.candidates.add(candidate);
  }

  /** Notes a row that is not a candidate and is left out, with why. */
  void notice(String text) {
    notices.add(text);
  }

  /** The ballots read; throws when any ward's flags differ from most votes. */
  List<TableWard> wards() {
    finish();
    if (!differences.isEmpty()) {
      int shown = Math.min(SHOWN, differences.size());
      String more =
          differences.size() > shown ? "; and " + (differences.size() - shown) + " more" : "";
      throw new TableFormatException(
          TableFormatException.Kind.FLAGS_DIFFER,
          file,
          firstDifferenceLine,
          0,
          "",
          differences.size()
              + " ward"
              + (differences.size() == 1 ? "'s" : "s'")
              + " elected flags differ from most votes win (beyond a drawing of lots for the last"
              + " seat): "
              + String.join("; ", differences.subList(0, shown))
              + more,
          DataSubject.none());
    }
    return List.copyOf(wards);
  }

  List<String> notices() {
    return List.copyOf(notices);
  }

  private void finish() {
    Pending done = pending;
    pending = null;
    if (done == null) {
      return;
    }
    List<TableCandidate> flagged = new ArrayList<>();
    for (TableCandidate candidate : done.candidates) {
      if (candidate.elected()) {
        flagged.add(candidate);
      }
    }
    String label =
        done.councilName + " (" + done.councilId + "), ward " + done.wardName + " (" + done.wardId
            + ")";
    DataSubject subject = DataSubject.none().withCouncil(done.councilId).withWard(done.wardId);
    int seats = done.seats < 0 ? flagged.size() : done.seats;
    if (seats < 1) {
      throw new TableFormatException(
          TableFormatException.Kind.INVALID_VALUE,
          file,
          done.line,
          0,
          "",
          label + ": no candidate is flagged elected, so the seats are not known",
          subject);
    }
    if (flagged.size() > seats) {
      throw new TableFormatException(
          TableFormatException.Kind.TOO_MANY_WINNERS,
          file,
          flagged.get(seats).line(),
          0,
          "",
          label + ": " + flagged.size() + " candidates flagged elected for " + seats
              + (seats == 1 ? " seat" : " seats") + " (" + describe(flagged) + ")",
          subject);
    }
    if (done.candidates.size() > seats) {
      for (TableCandidate candidate : done.candidates) {
        if (candidate.votes().isEmpty()) {
          throw new TableFormatException(
              TableFormatException.Kind.INVALID_VALUE,
              file,
              candidate.line(),
              0,
              "",
              label + ": candidate " + candidate.name() + " has no votes, yet the ward is contested ("
                  + done.candidates.size() + " candidates for " + seats
                  + (seats == 1 ? " seat)" : " seats)"),
              subject.withCandidate(candidate.name()));
        }
      }
    }
    List<String> drawn = new ArrayList<>();
    boolean transferable =
        CouncilType.ofGssCode(done.councilId)
            .map(CouncilType::electsByTransferableVote)
            .orElse(false);
    if (!transferable) {
      String difference = difference(done.candidates, seats, flagged, drawn);
      if (difference != null) {
        if (differences.isEmpty()) {
          firstDifferenceLine = done.line;
        }
        differences.add(label + " (line " + done.line + "): " + difference);
      }
    }
    wards.add(
        new TableWard(
            done.councilId,
            done.councilName,
            done.wardId,
            done.wardName,
            seats,
            done.candidates,
            done.electorate,
            done.ballotsCast,
            done.ballotsRejected,
            drawn,
            done.line));
  }

  /**
   * How the flags differ from most votes win, or null when they agree (filling {@code drawn} with
   * the flagged candidates of a tie for the last seat).
   */
  private static @Nullable String difference(
      List<TableCandidate> candidates,
      int seats,
      List<TableCandidate> flagged,
      List<String> drawn) {
    if (candidates.size() <= seats) {
      return flagged.size() == candidates.size()
          ? null
          : "uncontested (" + candidates.size() + " candidates for " + seats
              + " seats) yet not every candidate is flagged elected: " + describe(flagged);
    }
    List<TableCandidate> byVotes = new ArrayList<>(candidates);
    byVotes.sort(Comparator.comparingInt(TableCandidate::votesOrZero).reversed());
    int last = byVotes.get(seats - 1).votesOrZero();
    int above = 0;
    List<TableCandidate> tied = new ArrayList<>();
    List<TableCandidate> tiedFlagged = new ArrayList<>();
    boolean agree = flagged.size() == seats;
    for (TableCandidate candidate : candidates) {
      int votes = candidate.votesOrZero();
      if (votes > last) {
        above++;
        agree &= candidate.elected();
      } else if (votes == last) {
        tied.add(candidate);
        if (candidate.elected()) {
          tiedFlagged.add(candidate);
        }
      } else {
        agree &= !candidate.elected();
      }
    }
    agree &= tiedFlagged.size() == seats - above;
    if (agree) {
      if (tied.size() > seats - above) {
        for (TableCandidate candidate : tiedFlagged) {
          drawn.add(candidate.name());
        }
      }
      return null;
    }
    return "flagged elected "
        + describe(flagged)
        + ", but most votes elect "
        + describe(byVotes.subList(0, seats))
        + (tied.size() > seats - above ? " (a tie at " + last + " votes)" : "");
  }

  private static String describe(List<TableCandidate> candidates) {
    List<String> described = new ArrayList<>();
    for (TableCandidate candidate : candidates) {
      described.add(
          candidate.name()
              + " ("
              + candidate.partyCode()
              + ", "
              + (candidate.votes().isPresent() ? candidate.votesOrZero() + " votes" : "no votes")
              + ")");
    }
    return described.isEmpty() ? "nobody" : String.join(", ", described);
  }
}

package org.psephos.feeds.tables;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.DataSubject;
import org.psephos.Election;
import org.psephos.ElectionDataException;
import org.psephos.Party;
import org.psephos.ward.Candidate;
import org.psephos.ward.WardResult;

/**
 * A candidate table read whole: its ballots ({@link TableWard}, one per ward, two for a ward with
 * a by-election the same day), and the notices of what the reader did beyond copying rows (rows
 * left out because they are not candidates, second ballots kept under another id), in file order.
 *
 * <p>Made by {@link LeapReader} and {@link HandbookReader}; {@link #wardResults(Election)} turns it
 * into the core's ward results against an election. Immutable and thread-safe.
 */
public final class CandidateTable {
  private final String file;
  private final List<TableWard> wards;
  private final List<String> notices;
  private final int councilColumn;
  private final int partyColumn;

  CandidateTable(
      String file, List<TableWard> wards, List<String> notices, int councilColumn,
      int partyColumn) {
    this.file = requireNonNull(file, "file");
    this.wards = List.copyOf(wards);
    this.notices = List.copyOf(notices);
    this.councilColumn = councilColumn;
    this.partyColumn = partyColumn;
  }

  /**
   * The file name, as given to the reader.
   *
   * @return the name
   */
  public String file() {
    return file;
  }

  /**
   * The ballots, in file order.
   *
   * @return an unmodifiable list
   */
  public List<TableWard> wards() {
    return wards;
  }

  /**
   * What the reader did beyond copying rows, each naming the file and line: rows left out (such as
   * a mayoral election's placeholder row in LEAP, which has no candidates) and second ballots of a
   * ward kept under the id {@code <ward code>.by}.
   *
   * @return an unmodifiable list, in file order
   */
  public List<String> notices() {
    return notices;
  }

  /**
   * The ballots decided by lot: a tie for the last seat, broken by the file's elected flags.
   *
   * @return an unmodifiable list, in file order
   */
  public List<TableWard> wardsDecidedByLot() {
    List<TableWard> decided = new ArrayList<>();
    for (TableWard ward : wards) {
      if (ward.isDecidedByLot()) {
        decided.add(ward);
      }
    }
    return List.copyOf(decided);
  }

  /**
   * The seats each party code won by the file's own elected flags, codes in the order they first
   * appear.
   *
   * @return an unmodifiable map from party code to seats
   */
  public Map<String, Integer> seatsByFlag() {
    Map<String, Integer> seats = new LinkedHashMap<>();
    for (TableWard ward : wards) {
      for (TableCandidate candidate : ward.candidates()) {
        seats.merge(candidate.partyCode(), candidate.elected() ? 1 : 0, Integer::sum);
      }
    }
    return java.util.Collections.unmodifiableMap(seats);
  }

  /**
   * The councils the table names, by code, with their names, in the order they first appear.
   *
   * @return an unmodifiable map from council code to name
   */
  public Map<String, String> councils() {
    Map<String, String> councils = new LinkedHashMap<>();
    for (TableWard ward : wards) {
      councils.putIfAbsent(ward.councilId(), ward.councilName());
    }
    return java.util.Collections.unmodifiableMap(councils);
  }

  /**
   * The ward results, in file order: each ballot's council found among the election's contests by
   * its code, each party code resolved through the election (a party id, an alias, a name or short
   * name), the winners drawn by lot given where the flags broke a tie, and wards of councils counted
   * by the single transferable vote given the flagged candidates as elected by their count.
   * Uncontested wards give their candidates as elected unopposed, without votes or ballots.
   *
   * @param election the election the table's councils and parties belong to
   * @return the ward results, all or none
   * @throws TableFormatException naming the file, line, column and value: {@code UNKNOWN_COUNCIL}
   *     for a council code that is not one of the election's councils, {@code UNKNOWN_PARTY} for a
   *     party code with no party or alias, {@code INVALID_WARD} when the core rejects a ward (its
   *     message then follows)
   */
  public List<WardResult> wardResults(Election election) {
    requireNonNull(election, "election");
    List<WardResult> results = new ArrayList<>(wards.size());
    Map<String, Party> resolved = new LinkedHashMap<>();
    for (TableWard ward : wards) {
      Optional<Contest> contest = election.contest(ward.councilId());
      if (contest.isEmpty()) {
        throw new TableFormatException(
            TableFormatException.Kind.UNKNOWN_COUNCIL,
            file,
            ward.line(),
            councilColumn,
            ward.councilId(),
            ward.councilName() + " (" + ward.councilId() + ") is not a council of election "
                + election.id(),
            DataSubject.none().withCouncil(ward.councilId()));
      }
      Council council = contest.get().council();
      boolean transferable = council.type().electsByTransferableVote();
      WardResult.Builder builder = WardResult.builder(council, ward.wardId(), ward.seats());
      boolean numbered = hasNamesakesOfOneParty(ward);
      int position = 0;
      for (TableCandidate candidate : ward.candidates()) {
        position++;
        Party party = resolved.get(candidate.partyCode());
        if (party == null) {
          party =
              election
                  .resolveParty(candidate.partyCode())
                  .orElseThrow(
                      () ->
                          new TableFormatException(
                              TableFormatException.Kind.UNKNOWN_PARTY,
                              file,
                              candidate.line(),
                              partyColumn,
                              candidate.partyCode(),
                              ward.label()
                                  + ": candidate "
                                  + candidate.name()
                                  + " stands for party code \""
                                  + candidate.partyCode()
                                  + "\", which is neither a party nor an alias of election "
                                  + election.id(),
                              DataSubject.none()
                                  .withCouncil(ward.councilId())
                                  .withWard(ward.wardId())
                                  .withCandidate(candidate.name())));
          resolved.put(candidate.partyCode(), party);
        }
        try {
          // namesakes of one party are told apart by their place in the ward, as their id
          String id = Integer.toString(position);
          Candidate made = Candidate.of(candidate.name(), party, candidate.votesOrZero());
          builder.candidate(numbered ? made.withId(id) : made);
          if (transferable && candidate.elected() && !ward.isUncontested()) {
            builder.electedByTransferableVote(numbered ? id : candidate.name());
          }
        } catch (ElectionDataException e) {
          throw invalid(ward, candidate.line(), e);
        }
      }
      if (!ward.isUncontested()) {
        ward.electorate().ifPresent(builder::electorate);
        ward.ballotsCast().ifPresent(builder::ballotsCast);
        ward.ballotsRejected().ifPresent(builder::ballotsRejected);
      }
      for (String name : ward.drawnWinners()) {
        builder.drawnWinner(name);
      }
      try {
        results.add(builder.build());
      } catch (ElectionDataException e) {
        throw invalid(ward, ward.line(), e);
      }
    }
    return List.copyOf(results);
  }

  /**
   * Whether two candidates of a ward share a name (ignoring case and runs of white space) and a
   * party code: the table's candidates then take their place in the ward (1, 2, ...) as their id,
   * since name and party cannot tell them apart.
   */
  private static boolean hasNamesakesOfOneParty(TableWard ward) {
    Set<String> seen = new HashSet<>();
    for (TableCandidate candidate : ward.candidates()) {
      String key =
          candidate.name().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)
              + '\u0000'
              + candidate.partyCode();
      if (!seen.add(key)) {
        return true;
      }
    }
    return false;
  }

  private TableFormatException invalid(TableWard ward, long line, ElectionDataException cause) {
    TableFormatException e =
        new TableFormatException(
            TableFormatException.Kind.INVALID_WARD,
            file,
            line,
            0,
            "",
            String.valueOf(cause.getMessage()),
            cause.subject().councilId().isPresent()
                ? cause.subject()
                : DataSubject.none().withCouncil(ward.councilId()).withWard(ward.wardId()));
    e.initCause(cause);
    return e;
  }

  @Override
  public String toString() {
    return "CandidateTable[" + file + ", " + wards.size() + " ballots]";
  }
}

package org.psephos.ward;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.psephos.Checks;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.DataSubject;
import org.psephos.Election;
import org.psephos.ElectionDataException;
import org.psephos.InvalidValueException;
import org.psephos.Party;
import org.psephos.SeatCountException;
import org.psephos.UnknownIdException;
import org.psephos.UnresolvedTieException;
import org.psephos.VoteConvention;
import org.psephos.Ward;

/**
 * The declared result of one ward's count: the candidates with their party and votes, the ballot
 * figures where known, and the winners drawn by lot where a tie needed one; and what the count
 * decided for each candidate.
 *
 * <p>The rules of the count (docs/rules.md, "Counting a ward" and "Ties decided by lot"):
 *
 * <ul>
 *   <li>a ward electing {@code n} councillors elects the {@code n} candidates with most votes;
 *   <li>when candidates tie exactly for the last seat (or last seats) so that more are tied than
 *       seats left, the returning officer draws lots: the caller supplies the winners drawn ({@link
 *       Builder#drawnWinner}), since the library never picks at random. Without them the result is
 *       rejected with an {@link UnresolvedTieException} naming the tied candidates. The drawn
 *       winners are {@link CandidateStatus#ELECTED_BY_LOT}; tied candidates not drawn are {@link
 *       CandidateStatus#TIED}, not defeated;
 *   <li>a ward counted by the single transferable vote (every contested Scottish council and
 *       Northern Irish district ward) elects the candidates its STV count elected, given with
 *       {@link Builder#electedByTransferableVote}; its candidates' votes are their first
 *       preferences, and a result for such a ward without them is rejected, since most votes do not
 *       decide it;
 *   <li>a ward with no more candidates than seats is uncontested: every candidate is elected
 *       unopposed, without a poll, so without votes or ballots; seats left with no candidate stay
 *       unfilled ({@link #seatsUnfilled()}).
 * </ul>
 *
 * <p>The ballot figures, each optional: the electorate, the ballots cast (the turnout, rejected
 * ballots included) and the ballots rejected. Turnout is only ever the ballots cast; candidates'
 * votes added up are never presented as turnout (in a ward of {@code n} seats each voter has up to
 * {@code n} votes).
 *
 * <p>Checked at construction, each with a specific exception whose message names the council, the
 * ward and the candidates: the ward id is an id by the rules of {@link Checks}; the seats are at least 1; at most {@link
 * Checks#MAX_CANDIDATES} candidates; no candidate is listed twice: no id given twice, and no two
 * candidates without an id share a name (ignoring case and runs of white space) and a party, since
 * a candidate's identity is their id or else their name and party ({@link Candidate}); votes and
 * ballot figures are not negative;
 * ballots rejected are at most ballots cast, and ballots cast at most the electorate; no candidate
 * has more votes than there were valid ballots, nor all candidates together more than {@code
 * seats} votes per valid ballot; an uncontested ward has no votes and no ballots; a tie for the
 * last seat is resolved by exactly as many drawn winners as seats tied, all among the tied
 * candidates, and drawn winners are given only for such a tie. That the ward is one of the
 * council's listed wards, with the same number of seats, and that every party is one of the
 * election's, is checked by the tally the result is applied to.
 *
 * <p>Equal by council, ward id, seats, candidates (in order), ballot figures and drawn winners.
 * Immutable and thread-safe.
 */
public final class WardResult {
  private static final int UNKNOWN = -1;

  private final Council council;
  private final String wardId;
  private final int seats;
  private final List<Candidate> candidates;
  private final int electorate;
  private final int ballotsCast;
  private final int ballotsRejected;
  private final List<String> drawnWinners;
  private final List<String> transferElected;
  private final List<CandidateStatus> statuses;
  private final List<Candidate> byVotes;

  private WardResult(
      Council council,
      String wardId,
      int seats,
      List<Candidate> candidates,
      int electorate,
      int ballotsCast,
      int ballotsRejected,
      List<String> drawnWinners,
      List<String> transferElected) {
    this.council = requireNonNull(council, "council");
    this.transferElected = List.copyOf(transferElected);
    this.wardId = requireNonNull(wardId, "wardId");
    this.candidates = List.copyOf(candidates);
    this.drawnWinners = List.copyOf(drawnWinners);
    this.seats = seats;
    this.electorate = electorate;
    this.ballotsCast = ballotsCast;
    this.ballotsRejected = ballotsRejected;
    if (!Checks.isId(wardId)) {
      Checks.requireId(wardId, council.label() + ": ward id", DataSubject.council(council));
    }
    if (seats < 1) {
      throw new SeatCountException(
          where() + ": seats (" + seats + (seats < 0 ? ") are negative" : ") must be at least 1"),
          subject(),
          seats,
          1);
    }
    if (seats > Checks.MAX_SEATS) {
      Checks.requireSeats(seats, where() + ": seats", subject());
    }
    if (this.candidates.size() > Checks.MAX_CANDIDATES) {
      Checks.requireAtMost(
          this.candidates.size(), Checks.MAX_CANDIDATES, where() + ": candidates", "candidates",
          subject());
    }
    Roster roster = new Roster(this::where, this.candidates, this::subject);
    checkBallots();
    List<Candidate> sorted = new ArrayList<>(this.candidates);
    sorted.sort(BY_VOTES);
    this.byVotes = Collections.unmodifiableList(sorted);
    this.statuses = count(roster);
  }

  /** Most votes first; a stable sort keeps ballot order among equal votes. */
  private static final Comparator<Candidate> BY_VOTES =
      Comparator.comparingInt(Candidate::votes).reversed();

  /** The council and ward, for messages: made only when one is. */
  private String where() {
    return where(council, wardId);
  }

  /** The council and ward, for the facts of the exceptions the count throws. */
  DataSubject subject() {
    return DataSubject.council(council).withWard(wardId);
  }

  private static String where(Council council, String wardId) {
    return council.label() + ", ward " + wardId;
  }

  /**
   * A candidate's name as names are matched: stripped, each run of white space ({@code \\s}: space,
   * tab, line feed, vertical tab, form feed, carriage return) made one space, and in lower case.
   */
  static String key(String name) {
    String stripped = name.strip();
    int length = stripped.length();
    boolean plain = true;
    for (int i = 0; i < length && plain; i++) {
      char c = stripped.charAt(i);
      if (isSpace(c) && (c != ' ' || (i + 1 < length && isSpace(stripped.charAt(i + 1))))) {
        plain = false;
      }
    }
    if (plain) {
      return stripped.toLowerCase(Locale.ROOT);
    }
    StringBuilder collapsed = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      char c = stripped.charAt(i);
      if (!isSpace(c)) {
        collapsed.append(c);
      } else if (i == 0 || !isSpace(stripped.charAt(i - 1))) {
        collapsed.append(' ');
      }
    }
    return collapsed.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static String describe(Candidate candidate) {
    return candidate.name() + " (" + candidate.party().name() + ", " + candidate.votes() + ")";
  }

  private void checkBallots() {
    if (isUncontested()) {
      for (Candidate candidate : candidates) {
        if (candidate.votes() != 0) {
          throw new SeatCountException(
              where()
                  + ": uncontested ("
                  + uncontested()
                  + "), yet candidate "
                  + describe(candidate)
                  + " has votes",
              subject().withCandidate(candidate.name()),
              candidate.votes(),
              0);
        }
      }
      if (ballotsCast != UNKNOWN || ballotsRejected != UNKNOWN) {
        throw new SeatCountException(
            where()
                + ": uncontested ("
                + uncontested()
                + "), yet ballots are given (cast "
                + figure(ballotsCast)
                + ", rejected "
                + figure(ballotsRejected)
                + ")",
            subject(),
            ballotsCast != UNKNOWN ? ballotsCast : ballotsRejected,
            UNKNOWN);
      }
      return;
    }
    if (ballotsCast != UNKNOWN && ballotsRejected > ballotsCast) {
      throw new SeatCountException(
          where()
              + ": ballots rejected ("
              + ballotsRejected
              + ") exceed ballots cast ("
              + ballotsCast
              + ")",
          subject(),
          ballotsRejected,
          ballotsCast);
    }
    if (ballotsCast != UNKNOWN && electorate != UNKNOWN && ballotsCast > electorate) {
      throw new SeatCountException(
          where() + ": ballots cast (" + ballotsCast + ") exceed the electorate (" + electorate
              + ")",
          subject(),
          ballotsCast,
          electorate);
    }
    if (ballotsCast == UNKNOWN) {
      return;
    }
    long valid = (long) ballotsCast - Math.max(0, ballotsRejected);
    long total = 0;
    for (Candidate candidate : candidates) {
      if (candidate.votes() > valid) {
        throw new SeatCountException(
            where()
                + ": candidate "
                + describe(candidate)
                + " has more votes than valid ballots ("
                + valid
                + ")",
            subject().withCandidate(candidate.name()),
            candidate.votes(),
            valid);
      }
      total += candidate.votes();
    }
    if (total > valid * seats) {
      throw new SeatCountException(
          where()
              + ": candidates' votes add up to "
              + total
              + ", more than "
              + seats
              + " per valid ballot ("
              + valid
              + " valid ballots)",
          subject(),
          total,
          valid * seats);
    }
  }

  private String uncontested() {
    return count(candidates.size(), "candidate") + " for " + count(seats, "seat");
  }

  private static String count(int n, String singular) {
    return n + " " + singular + (n == 1 ? "" : "s");
  }

  private static String figure(int value) {
    return value == UNKNOWN ? "unknown" : Integer.toString(value);
  }

  /** Decides each candidate's status, in the order of {@link #candidates}. */
  private List<CandidateStatus> count(Roster roster) {
    CandidateStatus[] decided = new CandidateStatus[candidates.size()];
    List<Candidate> drawn = new ArrayList<>();
    for (String name : drawnWinners) {
      List<Candidate> matches = roster.matches(name);
      if (matches.size() != 1) {
        throw new UnresolvedTieException(
            where() + ": drawn winner "
                + (matches.isEmpty()
                    ? name + " is not a candidate in this ward"
                    : Roster.ambiguous(name, matches)),
            subject(),
            List.of(),
            drawnWinners);
      }
      Candidate candidate = matches.get(0);
      if (drawn.contains(candidate)) {
        throw new UnresolvedTieException(
            where() + ": drawn winner " + candidate.name() + " is given twice",
            subject(),
            List.of(),
            drawnWinners);
      }
      drawn.add(candidate);
    }
    if (!transferElected.isEmpty()
        || (!isUncontested() && TransferableVoteCount.applies(council))) {
      return inOrder(
          TransferableVoteCount.statuses(where(), this, roster, transferElected, drawnWinners));
    }
    if (isUncontested()) {
      if (!drawn.isEmpty()) {
        throw new UnresolvedTieException(
            where()
                + ": uncontested, so there is no tie to break, yet "
                + names(drawn)
                + " drawn by lot",
            subject(),
            List.of(),
            drawnWinners);
      }
      Arrays.fill(decided, CandidateStatus.ELECTED_UNOPPOSED);
      return List.of(decided);
    }
    int last = byVotes.get(seats - 1).votes();
    List<Candidate> tied = new ArrayList<>();
    int above = 0;
    for (int i = 0; i < decided.length; i++) {
      Candidate candidate = candidates.get(i);
      if (candidate.votes() > last) {
        decided[i] = CandidateStatus.ELECTED;
        above++;
      } else if (candidate.votes() == last) {
        tied.add(candidate);
      } else {
        decided[i] = CandidateStatus.DEFEATED;
      }
    }
    int seatsTied = seats - above;
    if (tied.size() == seatsTied) {
      if (!drawn.isEmpty()) {
        throw new UnresolvedTieException(
            where() + ": no tie for the last seat, yet " + names(drawn) + " drawn by lot",
            subject(),
            List.of(),
            drawnWinners);
      }
      for (int i = 0; i < decided.length; i++) {
        if (decided[i] == null) {
          decided[i] = CandidateStatus.ELECTED; // tied for the last seats, as many as they are
        }
      }
      return List.of(decided);
    }
    String tie =
        tied.size()
            + " candidates tie with "
            + last
            + " votes for the last "
            + (seatsTied == 1 ? "seat" : seatsTied + " seats")
            + ": "
            + described(tied);
    List<String> tiedNames = new ArrayList<>();
    for (Candidate candidate : tied) {
      tiedNames.add(candidate.name());
    }
    if (drawn.isEmpty()) {
      throw new UnresolvedTieException(
          where() + ": " + tie + "; supply the winner" + (seatsTied == 1 ? "" : "s")
              + " drawn by lot",
          subject(),
          tiedNames,
          drawnWinners);
    }
    for (Candidate candidate : drawn) {
      if (!tied.contains(candidate)) {
        throw new UnresolvedTieException(
            where() + ": drawn winner " + describe(candidate) + " is not among the tied; " + tie,
            subject(),
            tiedNames,
            drawnWinners);
      }
    }
    if (drawn.size() != seatsTied) {
      throw new UnresolvedTieException(
          where()
              + ": "
              + drawn.size()
              + " drawn winner"
              + (drawn.size() == 1 ? "" : "s")
              + " ("
              + names(drawn)
              + ") for "
              + seatsTied
              + " seat"
              + (seatsTied == 1 ? "" : "s")
              + " tied; "
              + tie,
            subject(),
            tiedNames,
            drawnWinners);
    }
    for (int i = 0; i < decided.length; i++) {
      if (decided[i] == null) {
        decided[i] = drawn.contains(candidates.get(i))
            ? CandidateStatus.ELECTED_BY_LOT : CandidateStatus.TIED;
      }
    }
    return List.of(decided);
  }

  private List<CandidateStatus> inOrder(Map<Candidate, CandidateStatus> decided) {
    List<CandidateStatus> list = new ArrayList<>(candidates.size());
    for (Candidate candidate : candidates) {
      list.add(requireNonNull(decided.get(candidate), "status"));
    }
    return Collections.unmodifiableList(list);
  }

  private static String names(List<Candidate> list) {
    List<String> names = new ArrayList<>();
    for (Candidate candidate : list) {
      names.add(candidate.name());
    }
    return String.join(", ", names);
  }

  private static String described(List<Candidate> list) {
    List<String> described = new ArrayList<>();
    for (Candidate candidate : list) {
      described.add(candidate.name() + " (" + candidate.party().name() + ")");
    }
    return String.join(", ", described);
  }

  /**
   * A ward result without ballot figures or drawn winners.
   *
   * @param council the council the ward belongs to
   * @param wardId the ward's id, as its contest lists it
   * @param seats the seats the ward elects, at least 1
   * @param candidates the candidates in ballot order
   * @return the counted result
   * @throws ElectionDataException as the class description says
   */
  public static WardResult of(
      Council council, String wardId, int seats, List<Candidate> candidates) {
    return new WardResult(
        council, wardId, seats, candidates, UNKNOWN, UNKNOWN, UNKNOWN, List.of(), List.of());
  }

  /**
   * A builder of a ward result.
   *
   * @param council the council the ward belongs to
   * @param wardId the ward's id, as its contest lists it
   * @param seats the seats the ward elects, at least 1
   * @return an empty builder
   */
  public static Builder builder(Council council, String wardId, int seats) {
    return new Builder(
        requireNonNull(council, "council"), requireNonNull(wardId, "wardId"), seats, null);
  }

  /**
   * A builder of a result for one of an election's wards: the council and the seats are the
   * ward's, and candidates may be given with a party description, resolved through the election
   * ({@link Election#resolveParty}: a party id, an alias, or a party's name or short name).
   *
   * @param election the election
   * @param wardId the ward's id, as its contest lists it
   * @return an empty builder
   * @throws UnknownIdException if no contest of the election lists the ward
   */
  public static Builder builder(Election election, String wardId) {
    requireNonNull(election, "election");
    requireNonNull(wardId, "wardId");
    Optional<Contest> contest = election.contestOfWard(wardId);
    Optional<Ward> ward = election.ward(wardId);
    if (contest.isEmpty() || ward.isEmpty()) {
      throw new UnknownIdException(
          UnknownIdException.Kind.WARD,
          wardId,
          "ward " + wardId + " is not a ward of any council of election " + election.id(),
          DataSubject.none().withWard(wardId));
    }
    return new Builder(contest.get().council(), wardId, ward.get().seats(), election);
  }

  /**
   * The council the ward belongs to.
   *
   * @return the council
   */
  public Council council() {
    return council;
  }

  /**
   * The ward's id.
   *
   * @return the id
   */
  public String wardId() {
    return wardId;
  }

  /**
   * The seats the ward elects.
   *
   * @return the seats, at least 1
   */
  public int seats() {
    return seats;
  }

  /**
   * The candidates, in the order given (ballot order).
   *
   * @return an unmodifiable list
   */
  public List<Candidate> candidates() {
    return candidates;
  }

  /**
   * The candidates by votes, most first; candidates with equal votes in the order given.
   *
   * @return an unmodifiable list
   */
  public List<Candidate> candidatesByVotes() {
    return byVotes;
  }

  /**
   * The electorate, where known.
   *
   * @return the number of electors, or empty
   */
  public OptionalInt electorate() {
    return optional(electorate);
  }

  /**
   * The ballots cast, rejected ballots included, where known: the turnout as a number.
   *
   * @return the ballots cast, or empty
   */
  public OptionalInt ballotsCast() {
    return optional(ballotsCast);
  }

  /**
   * The ballots rejected, where known.
   *
   * @return the ballots rejected, or empty
   */
  public OptionalInt ballotsRejected() {
    return optional(ballotsRejected);
  }

  /**
   * The valid ballots: ballots cast less ballots rejected, where both are known.
   *
   * @return the valid ballots, or empty
   */
  public OptionalInt validBallots() {
    return ballotsCast == UNKNOWN || ballotsRejected == UNKNOWN
        ? OptionalInt.empty()
        : OptionalInt.of(ballotsCast - ballotsRejected);
  }

  /**
   * The turnout as a percentage: ballots cast over the electorate, times 100, where both are known
   * and the electorate is not zero. Never derived from candidates' votes.
   *
   * @return the turnout in per cent, or empty
   */
  public OptionalDouble turnout() {
    return ballotsCast == UNKNOWN || electorate == UNKNOWN || electorate == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(ballotsCast * 100.0 / electorate);
  }

  private static OptionalInt optional(int value) {
    return value == UNKNOWN ? OptionalInt.empty() : OptionalInt.of(value);
  }

  /**
   * The winners drawn by lot as given: each an id, or a name no other candidate of the ward bears.
   *
   * @return an unmodifiable list, empty if no lot was drawn
   */
  public List<String> drawnWinners() {
    return drawnWinners;
  }

  /**
   * Whether the ward was counted by the single transferable vote: its winners are the candidates
   * the STV count elected, given in order of election.
   *
   * @return the ids or names given to {@link Builder#electedByTransferableVote}, empty for a ward
   *     decided
   *     by most votes
   */
  public List<String> electedByTransferableVote() {
    return transferElected;
  }

  /**
   * Whether the ward was uncontested: no more candidates than seats, so no poll.
   *
   * @return true if every candidate was elected unopposed
   */
  public boolean isUncontested() {
    return candidates.size() <= seats;
  }

  /**
   * Whether a seat was decided by lot.
   *
   * @return true if winners were drawn
   */
  public boolean isDecidedByLot() {
    return !drawnWinners.isEmpty();
  }

  /**
   * What the count decided for the candidate at a position of {@link #candidates}: {@code
   * statusAt(i)} is {@code status(candidates().get(i))}, without looking the candidate up.
   *
   * @param index the candidate's position in ballot order, from 0
   * @return the status
   * @throws IndexOutOfBoundsException if there is no candidate at that position
   */
  public CandidateStatus statusAt(int index) {
    return statuses.get(index);
  }

  /**
   * What the count decided for a candidate.
   *
   * @param candidate one of the candidates
   * @return its status
   * @throws IllegalArgumentException if the candidate is not one of this result's
   */
  public CandidateStatus status(Candidate candidate) {
    int i = candidates.indexOf(requireNonNull(candidate, "candidate"));
    if (i < 0) {
      throw new IllegalArgumentException(
          where(council, wardId) + ": " + candidate.name() + " is not a candidate here");
    }
    return statuses.get(i);
  }

  /**
   * Every candidate with what the count decided for them, in the order given.
   *
   * @return an unmodifiable map
   */
  public Map<Candidate, CandidateStatus> statuses() {
    Map<Candidate, CandidateStatus> map = new LinkedHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      map.put(candidates.get(i), statuses.get(i));
    }
    return Collections.unmodifiableMap(map);
  }

  private List<Candidate> byVotesWhere(java.util.function.Predicate<CandidateStatus> test) {
    List<Candidate> list = new ArrayList<>();
    for (Candidate candidate : byVotes) {
      if (test.test(statuses.get(candidates.indexOf(candidate)))) {
        list.add(candidate);
      }
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * The candidates elected, by votes, most first (unopposed candidates in the order given).
   *
   * @return an unmodifiable list of at most {@link #seats()} candidates
   */
  public List<Candidate> elected() {
    return byVotesWhere(CandidateStatus::isElected);
  }

  /**
   * The candidates elected by lot.
   *
   * @return an unmodifiable list, empty if no lot was drawn
   */
  public List<Candidate> electedByLot() {
    return byVotesWhere(status -> status == CandidateStatus.ELECTED_BY_LOT);
  }

  /**
   * The candidates who tied for the last seat and were not drawn: tied, not defeated.
   *
   * @return an unmodifiable list, empty if no lot was drawn
   */
  public List<Candidate> tied() {
    return byVotesWhere(status -> status == CandidateStatus.TIED);
  }

  /**
   * The candidates defeated: not elected and not tied for the last seat.
   *
   * @return an unmodifiable list, by votes
   */
  public List<Candidate> defeated() {
    return byVotesWhere(status -> status == CandidateStatus.DEFEATED);
  }

  /**
   * The seats filled: the candidates elected.
   *
   * @return the seats filled, at most {@link #seats()}
   */
  public int seatsFilled() {
    return Math.min(seats, candidates.size());
  }

  /**
   * The seats left unfilled because fewer candidates stood than seats; they are not decided.
   *
   * @return the seats unfilled, usually 0
   */
  public int seatsUnfilled() {
    return seats - seatsFilled();
  }

  /**
   * Seats won per party: the elected candidates counted by party, parties in the order their first
   * candidate was given.
   *
   * @return the seats won, without vacancies
   */
  public Composition seatsWon() {
    Map<Party, Integer> won = new LinkedHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (statuses.get(i).isElected()) {
        won.merge(candidates.get(i).party(), 1, Integer::sum);
      }
    }
    return Composition.of(won);
  }

  /**
   * A party's votes in this ward under a convention: all its candidates' votes added up, or its
   * best-placed candidate's. Zero in an uncontested ward.
   *
   * @param party the party
   * @param convention the convention
   * @return the votes, 0 if the party stood no candidate
   */
  public long votes(Party party, VoteConvention convention) {
    requireNonNull(party, "party");
    requireNonNull(convention, "convention");
    long votes = 0;
    for (Candidate candidate : candidates) {
      if (candidate.party().equals(party)) {
        votes =
            convention == VoteConvention.ALL_VOTES
                ? votes + candidate.votes()
                : Math.max(votes, candidate.votes());
      }
    }
    return votes;
  }

  /**
   * The votes of every party standing, under a convention, parties in the order their first
   * candidate was given.
   *
   * @param convention the convention
   * @return an unmodifiable map from party to votes
   */
  public Map<Party, Long> votes(VoteConvention convention) {
    requireNonNull(convention, "convention");
    Map<Party, Long> votes = new LinkedHashMap<>();
    for (Candidate candidate : candidates) {
      votes.computeIfAbsent(candidate.party(), party -> votes(party, convention));
    }
    return Collections.unmodifiableMap(votes);
  }

  /**
   * The votes of all parties together under a convention. Under {@link VoteConvention#ALL_VOTES}
   * this is every vote cast for a candidate, which is not the turnout: see {@link #ballotsCast()}.
   *
   * @param convention the convention
   * @return the total
   */
  public long totalVotes(VoteConvention convention) {
    long total = 0;
    for (long votes : votes(convention).values()) {
      total += votes;
    }
    return total;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof WardResult other
        && council.equals(other.council)
        && wardId.equals(other.wardId)
        && seats == other.seats
        && candidates.equals(other.candidates)
        && electorate == other.electorate
        && ballotsCast == other.ballotsCast
        && ballotsRejected == other.ballotsRejected
        && drawnWinners.equals(other.drawnWinners)
        && transferElected.equals(other.transferElected);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        council,
        wardId,
        seats,
        candidates,
        electorate,
        ballotsCast,
        ballotsRejected,
        drawnWinners,
        transferElected);
  }

  /**
   * The canonical form: the council and ward ids, the seats, each candidate with party id, votes and
   * status, then the ballot figures that are known and the drawn winners, such as {@code
   * "WardResult[E09000032/E05000611, 3 seats; Ann Smith PP53 1200 ELECTED, ...]"}.
   *
   * @return the canonical text
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("WardResult[")
            .append(council.id())
            .append('/')
            .append(wardId)
            .append(", ")
            .append(seats)
            .append(seats == 1 ? " seat" : " seats");
    String separator = "; ";
    for (int i = 0; i < candidates.size(); i++) {
      Candidate candidate = candidates.get(i);
      text.append(separator)
          .append(candidate.name())
          .append(candidate.id().map(id -> " #" + id).orElse(""))
          .append(' ')
          .append(candidate.party().id())
          .append(' ')
          .append(candidate.votes())
          .append(' ')
          .append(statuses.get(i));
      separator = ", ";
    }
    if (electorate != UNKNOWN) {
      text.append("; electorate ").append(electorate);
    }
    if (ballotsCast != UNKNOWN) {
      text.append("; ballots cast ").append(ballotsCast);
    }
    if (ballotsRejected != UNKNOWN) {
      text.append("; rejected ").append(ballotsRejected);
    }
    if (!drawnWinners.isEmpty()) {
      text.append("; drawn by lot ").append(String.join(", ", drawnWinners));
    }
    if (!transferElected.isEmpty()) {
      text.append("; elected by STV ").append(String.join(", ", transferElected));
    }
    return text.append(']').toString();
  }

  /** Builds a {@link WardResult}; not thread-safe. */
  public static final class Builder {
    private final Council council;
    private final String wardId;
    private final int seats;
    private final @Nullable Election election;
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<String> drawnWinners = new ArrayList<>();
    private final List<String> transferElected = new ArrayList<>();
    private int electorate = UNKNOWN;
    private int ballotsCast = UNKNOWN;
    private int ballotsRejected = UNKNOWN;

    private Builder(Council council, String wardId, int seats, @Nullable Election election) {
      this.council = council;
      this.wardId = wardId;
      this.seats = seats;
      this.election = election;
    }

    /**
     * Adds a candidate.
     *
     * @param name the candidate's name, not blank
     * @param party the reporting party
     * @param votes the votes received, not negative
     * @return this builder
     * @throws SeatCountException if the votes are negative or above {@link Checks#MAX_VOTES},
     *     naming the ward and candidate
     * @throws InvalidValueException if the name breaks the name rules of {@link Checks}
     */
    public Builder candidate(String name, Party party, int votes) {
      candidates.add(Candidate.of(name, checked(name, party, votes), votes));
      return this;
    }

    /**
     * Adds a candidate with an id, which tells namesakes apart and by which a drawn winner may be
     * named ({@link Candidate}).
     *
     * @param name the candidate's name, not blank
     * @param party the reporting party
     * @param votes the votes received, not negative
     * @param id the candidate's id, an id by the rules of {@link Checks}
     * @return this builder
     * @throws SeatCountException if the votes are negative, naming the ward and the candidate
     * @throws InvalidValueException if the name or the id breaks the rules of {@link Checks}
     */
    public Builder candidate(String name, Party party, int votes, String id) {
      candidates.add(Candidate.of(name, checked(name, party, votes), votes).withId(id));
      return this;
    }

    /** Checks a candidate's votes are not negative, naming the ward; returns the party. */
    private Party checked(String name, Party party, int votes) {
      requireNonNull(name, "name");
      requireNonNull(party, "party");
      if (votes < 0) {
        throw new SeatCountException(
            where(council, wardId)
                + ": candidate "
                + name
                + " ("
                + party.name()
                + ") has negative votes ("
                + votes
                + ")",
            DataSubject.council(council).withWard(wardId).withParty(party.id()).withCandidate(name),
            votes,
            0);
      }
      return party;
    }

    /**
     * Adds a candidate standing under a description resolved through the election: a party id,
     * an alias ("Labour and Co-operative Party"), or a party's name or short name.
     *
     * @param name the candidate's name, not blank
     * @param partyDescription the description on the ballot paper, or a party id
     * @param votes the votes received, not negative
     * @return this builder
     * @throws UnknownIdException if the description resolves to no party of the election
     * @throws IllegalStateException if the builder was not made from an election
     */
    public Builder candidate(String name, String partyDescription, int votes) {
      requireNonNull(partyDescription, "partyDescription");
      if (election == null) {
        throw new IllegalStateException(
            "party descriptions are resolved through an election: use builder(election, wardId)");
      }
      Party party =
          election
              .resolveParty(partyDescription)
              .orElseThrow(
                  () ->
                      new UnknownIdException(
                          UnknownIdException.Kind.PARTY,
                          partyDescription,
                          where(council, wardId)
                              + ": candidate "
                              + name
                              + " stands as \""
                              + partyDescription
                              + "\", which is neither a party nor an alias of election "
                              + election.id(),
                          DataSubject.council(council).withWard(wardId).withCandidate(name)));
      return candidate(name, party, votes);
    }

    /**
     * Adds a candidate.
     *
     * @param candidate the candidate
     * @return this builder
     */
    public Builder candidate(Candidate candidate) {
      candidates.add(requireNonNull(candidate, "candidate"));
      return this;
    }

    /**
     * Adds a candidate elected unopposed, without votes.
     *
     * @param name the candidate's name, not blank
     * @param party the reporting party
     * @return this builder
     */
    public Builder unopposed(String name, Party party) {
      return candidate(Candidate.unopposed(name, party));
    }

    /**
     * Sets the electorate.
     *
     * @param electors the number of electors, not negative
     * @return this builder
     * @throws SeatCountException if the number is negative or above {@link Checks#MAX_VOTES}
     */
    public Builder electorate(int electors) {
      this.electorate = notNegative(electors, "electorate");
      return this;
    }

    /**
     * Sets the ballots cast, rejected ballots included (the turnout as a number).
     *
     * @param ballots the ballots cast, not negative
     * @return this builder
     * @throws SeatCountException if the number is negative or above {@link Checks#MAX_VOTES}
     */
    public Builder ballotsCast(int ballots) {
      this.ballotsCast = notNegative(ballots, "ballots cast");
      return this;
    }

    /**
     * Sets the ballots rejected.
     *
     * @param ballots the ballots rejected, not negative
     * @return this builder
     * @throws SeatCountException if the number is negative or above {@link Checks#MAX_VOTES}
     */
    public Builder ballotsRejected(int ballots) {
      this.ballotsRejected = notNegative(ballots, "ballots rejected");
      return this;
    }

    /**
     * Adds a winner drawn by lot at the count, for a tie for the last seat.
     *
     * @param name the drawn candidate's id, or their name where no other candidate of the ward
     *     bears it (namesakes are told apart by id: {@link Candidate})
     * @return this builder
     */
    public Builder drawnWinner(String name) {
      drawnWinners.add(requireNonNull(name, "name"));
      return this;
    }

    /**
     * Adds a candidate elected at the ward's single transferable vote count, in order of election.
     * A ward so counted is decided by these names, not by votes: the candidates' votes are then
     * their first preferences. Scottish and Northern Irish wards that went to a poll must be given
     * this way; {@code org.psephos.stv.CountSheet#toWardResult} does it from a count.
     *
     * @param name the elected candidate's id, or their name where no other candidate of the ward
     *     bears it
     * @return this builder
     */
    public Builder electedByTransferableVote(String name) {
      transferElected.add(requireNonNull(name, "name"));
      return this;
    }

    /**
     * Counts the ward.
     *
     * @return the ward result
     * @throws ElectionDataException as {@link WardResult} describes, naming the ward and the
     *     candidates
     */
    public WardResult build() {
      return new WardResult(
          council,
          wardId,
          seats,
          candidates,
          electorate,
          ballotsCast,
          ballotsRejected,
          drawnWinners,
          transferElected);
    }

    private int notNegative(int value, String what) {
      if (value < 0 || value > Checks.MAX_VOTES) {
        Checks.requireVotes(value, where(council, wardId) + ": " + what,
            DataSubject.council(council).withWard(wardId));
      }
      return value;
    }
  }
}

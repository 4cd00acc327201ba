package org.psephos;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One polling day's local elections: an id, a date, a name, the reporting parties, the party
 * aliases, and the contests of the councils up for election.
 *
 * <p>The id has Democracy Club's form {@code type[.org][.ward][.by].YYYY-MM-DD}, such as {@code
 * "local.2018-05-03"}: lower-case segments of letters, digits and hyphens separated by dots, ending
 * with the election date. Parties are listed in the order publishers show them (this is the default
 * order of {@code Standings}); contests in the order given.
 *
 * <p>The rules checked at construction: the id has that form (checked in one pass, after the id
 * rules of {@link Checks}: at most {@value Checks#MAX_ID_LENGTH} characters of printable ASCII) and
 * its date is the election's date; the name follows the name rules of {@link Checks}; there is at
 * least one party and one contest, and at most {@value Checks#MAX_CONTESTS} contests; no party id, no council id
 * and no ward id is listed twice (ward ids are unique across the whole election, as GSS codes and
 * ballot ids are); every party named by a contest, one of its wards or an alias is one of the
 * election's parties (equal in every component, not only the id).
 *
 * <p>Equal by all components. Immutable and thread-safe.
 */
public final class Election {
  private final String id;
  private final LocalDate date;
  private final String name;
  private final List<Party> parties;
  private final PartyAliases aliases;
  private final List<Contest> contests;
  private final Map<String, Party> partiesById;
  private final Map<String, Contest> contestsByCouncilId;
  private final Map<String, Contest> contestsByWardId;

  private Election(
      String id,
      LocalDate date,
      String name,
      List<Party> parties,
      PartyAliases aliases,
      List<Contest> contests) {
    this.id = requireNonNull(id, "id");
    this.date = requireNonNull(date, "date");
    this.name = requireNonNull(name, "name");
    this.aliases = requireNonNull(aliases, "aliases");
    Checks.requireId(id, "election id", DataSubject.none());
    requireDemocracyClubForm(id, date);
    Checks.requireName(name, "name of election " + id, DataSubject.none());
    this.parties = List.copyOf(parties);
    this.contests = List.copyOf(contests);
    if (this.parties.isEmpty()) {
      throw new ElectionDataException("election " + id + " has no parties");
    }
    if (this.contests.isEmpty()) {
      throw new ElectionDataException("election " + id + " has no contests");
    }
    Checks.requireAtMost(
        this.contests.size(),
        Checks.MAX_CONTESTS,
        "election " + id + ": contests",
        "contests",
        DataSubject.none());
    Map<String, Party> partyIndex = new LinkedHashMap<>();
    for (Party party : this.parties) {
      Party earlier = partyIndex.putIfAbsent(party.id(), party);
      if (earlier != null) {
        throw new InvalidValueException(
            InvalidValueException.Problem.DUPLICATE,
            "party id",
            "election " + id + ": party " + party.id() + " is listed twice",
            DataSubject.party(party));
      }
    }
    this.partiesById = Collections.unmodifiableMap(partyIndex);
    Map<String, Contest> contestIndex = new LinkedHashMap<>();
    for (Contest contest : this.contests) {
      Council council = contest.council();
      if (contestIndex.putIfAbsent(council.id(), contest) != null) {
        throw new InvalidValueException(
            InvalidValueException.Problem.DUPLICATE,
            "council id",
            "election " + id + ": council " + council.label() + " is contested twice",
            DataSubject.council(council));
      }
      requireKnown(contest.previous(), council, "previous composition");
      requireKnown(contest.continuing(), council, "continuing seats");
      requireKnown(contest.defended(), council, "defended seats");
    }
    this.contestsByCouncilId = Collections.unmodifiableMap(contestIndex);
    int wards = 0;
    for (Contest contest : this.contests) {
      wards += contest.wards().size();
    }
    Map<String, Contest> wardIndex = new LinkedHashMap<>(Math.max(16, wards * 4 / 3 + 1));
    for (Contest contest : this.contests) {
      Council council = contest.council();
      for (Ward ward : contest.wards()) {
        Contest other = wardIndex.putIfAbsent(ward.id(), contest);
        if (other != null) {
          throw new InvalidValueException(
              InvalidValueException.Problem.DUPLICATE,
              "ward id",
              "election "
                  + id
                  + ": ward id "
                  + ward.id()
                  + " is listed twice (in "
                  + other.council().label()
                  + " and in "
                  + council.label()
                  + ")",
              DataSubject.council(council).withWard(ward.id()));
        }
        for (Party party : ward.defended().parties()) {
          if (!knows(party)) {
            requireParty(party, council.label() + ", ward " + ward.label() + ": defended seats");
          }
        }
        for (Map.Entry<VoteConvention, Map<Party, Integer>> votes :
            ward.previousVotes().entrySet()) {
          for (Party party : votes.getValue().keySet()) {
            if (!knows(party)) {
              requireParty(
                  party,
                  council.label() + ", ward " + ward.label() + ": previous votes ("
                      + votes.getKey() + ")");
            }
          }
        }
      }
    }
    this.contestsByWardId = Collections.unmodifiableMap(wardIndex);
    for (Map.Entry<String, Party> alias : aliases.asMap().entrySet()) {
      Party party = alias.getValue();
      if (!party.equals(partiesById.get(party.id()))) {
        throw new UnknownIdException(
            UnknownIdException.Kind.PARTY,
            party.id(),
            "election "
                + id
                + ": alias \""
                + alias.getKey()
                + "\" maps to "
                + party.label()
                + ", which is not one of the election's parties",
            DataSubject.party(party));
      }
    }
  }

  /**
   * Checks Democracy Club's form {@code type[.org][.ward][.by].YYYY-MM-DD} in one pass (no pattern,
   * so no recursion however many segments), and that the date is the election's.
   */
  private static void requireDemocracyClubForm(String id, LocalDate date) {
    int dateStart = id.length() - "YYYY-MM-DD".length();
    boolean wellFormed = dateStart >= 2 && id.charAt(dateStart - 1) == '.';
    for (int i = 0; wellFormed && i < dateStart - 1; i++) {
      char c = id.charAt(i);
      boolean segmentStart = i == 0 || id.charAt(i - 1) == '.';
      wellFormed =
          isLowerAlphanumeric(c) || (!segmentStart && (c == '-' || (c == '.' && i < dateStart - 2)));
    }
    for (int i = Math.max(dateStart, 0); wellFormed && i < id.length(); i++) {
      int k = i - dateStart;
      char c = id.charAt(i);
      wellFormed = k == 4 || k == 7 ? c == '-' : c >= '0' && c <= '9';
    }
    if (!wellFormed) {
      throw new InvalidValueException(
          InvalidValueException.Problem.MALFORMED,
          "election id",
          "election id \""
              + id
              + "\" does not have Democracy Club's form type[.org][.ward][.by].YYYY-MM-DD,"
              + " such as local.2018-05-03",
          DataSubject.none());
    }
    if (!id.substring(dateStart).equals(date.toString())) {
      throw new InvalidValueException(
          InvalidValueException.Problem.MALFORMED,
          "election id",
          "election id \"" + id + "\" ends with a date other than the election date " + date,
          DataSubject.none());
    }
  }

  private static boolean isLowerAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** Checks a composition's parties; the message is made only for a party that fails. */
  private void requireKnown(Composition composition, Council council, String what) {
    for (Party party : composition.parties()) {
      if (!knows(party)) {
        requireParty(party, council.label() + ": " + what);
      }
    }
  }

  /** The most parties {@link #knows} first looks for by identity, one by one. */
  private static final int KNOWN_BY_IDENTITY = 32;

  /** Whether a party is one of the election's parties, as {@link #requireParty} checks. */
  private boolean knows(Party party) {
    if (parties.size() <= KNOWN_BY_IDENTITY) {
      for (Party known : parties) {
        if (known == party) {
          return true; // the election's own party, as readers and builders pass them
        }
      }
    }
    Party known = partiesById.get(party.id());
    return known != null && (known == party || known.equals(party));
  }

  /**
   * Checks that a party is one of the election's parties.
   *
   * @param party the party
   * @param where what names it, for the message (such as a council and "seats won")
   * @return the party
   * @throws UnknownIdException if no party of the election has its id, or the election's party of
   *     that id differs from it
   */
  public Party requireParty(Party party, String where) {
    Party known = partiesById.get(party.id());
    if (known == null) {
      throw new UnknownIdException(
          UnknownIdException.Kind.PARTY,
          party.id(),
          where + " names " + party.label() + ", which is not a party of election " + id,
          DataSubject.party(party));
    }
    if (!known.equals(party)) {
      throw new UnknownIdException(
          UnknownIdException.Kind.PARTY,
          party.id(),
          where + " names " + party + ", which differs from the election's party " + known,
          DataSubject.party(party));
    }
    return known;
  }

  /**
   * An election.
   *
   * @param id the Democracy Club election id, ending with the date
   * @param date the polling day
   * @param name the display name, such as "Local elections 2018"
   * @param parties the reporting parties, in display order
   * @param aliases aliases of the parties
   * @param contests the contests, one per council
   * @return the election
   * @throws ElectionDataException if any rule of the class description is broken
   */
  public static Election of(
      String id,
      LocalDate date,
      String name,
      List<Party> parties,
      PartyAliases aliases,
      List<Contest> contests) {
    return new Election(id, date, name, parties, aliases, contests);
  }

  /**
   * A builder of an election.
   *
   * @param id the Democracy Club election id, ending with the date
   * @param date the polling day
   * @param name the display name
   * @return an empty builder
   */
  public static Builder builder(String id, LocalDate date, String name) {
    return new Builder(id, date, name);
  }

  /**
   * The Democracy Club election id, such as {@code "local.2018-05-03"}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The polling day.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The display name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The reporting parties in display order.
   *
   * @return an unmodifiable list
   */
  public List<Party> parties() {
    return parties;
  }

  /**
   * The party aliases.
   *
   * @return the aliases
   */
  public PartyAliases aliases() {
    return aliases;
  }

  /**
   * The contests, in the order given.
   *
   * @return an unmodifiable list
   */
  public List<Contest> contests() {
    return contests;
  }

  /**
   * The councils up for election, in the order of the contests.
   *
   * @return an unmodifiable list
   */
  public List<Council> councils() {
    List<Council> councils = new ArrayList<>(contests.size());
    for (Contest contest : contests) {
      councils.add(contest.council());
    }
    return Collections.unmodifiableList(councils);
  }

  /**
   * The regions of the councils, in order of first appearance; councils without a region add none.
   *
   * @return an unmodifiable set
   */
  public Set<String> regions() {
    Set<String> regions = new LinkedHashSet<>();
    for (Contest contest : contests) {
      contest.council().region().ifPresent(regions::add);
    }
    return Collections.unmodifiableSet(regions);
  }

  /**
   * The party with an id.
   *
   * @param partyId the id
   * @return the party, or empty if the election has none with that id
   */
  public Optional<Party> party(String partyId) {
    return Optional.ofNullable(partiesById.get(partyId));
  }

  /**
   * The reporting party of a description: a party id, then an alias, then a party's name or short
   * name (ignoring case and runs of white space).
   *
   * @param description a party id, an alias, or a party's name or short name
   * @return the party, or empty if nothing matches
   */
  public Optional<Party> resolveParty(String description) {
    Party byId = partiesById.get(description);
    if (byId != null) {
      return Optional.of(byId);
    }
    Optional<Party> alias = aliases.resolve(description);
    if (alias.isPresent()) {
      return alias;
    }
    String key = PartyAliases.key(description);
    for (Party party : parties) {
      if (PartyAliases.key(party.name()).equals(key)
          || PartyAliases.key(party.shortName()).equals(key)) {
        return Optional.of(party);
      }
    }
    return Optional.empty();
  }

  /**
   * The contest of a council, by council id.
   *
   * @param councilId the council id
   * @return the contest, or empty if the council is not part of the election
   */
  public Optional<Contest> contest(String councilId) {
    return Optional.ofNullable(contestsByCouncilId.get(councilId));
  }

  /**
   * The contest of a council, which must be part of the election exactly as given.
   *
   * @param council the council
   * @return its contest
   * @throws UnknownIdException if the council is not part of the election, or the election's
   *     council of that id differs from it
   */
  public Contest requireContest(Council council) {
    Contest contest = contestsByCouncilId.get(council.id());
    if (contest == null) {
      throw new UnknownIdException(
          UnknownIdException.Kind.COUNCIL,
          council.id(),
          council.label() + " is not part of election " + id,
          DataSubject.council(council));
    }
    if (!contest.council().equals(council)) {
      throw new UnknownIdException(
          UnknownIdException.Kind.COUNCIL,
          council.id(),
          council + " differs from election " + id + "'s council " + contest.council(),
          DataSubject.council(council));
    }
    return contest;
  }

  /**
   * The contest whose wards include a ward, by ward id.
   *
   * @param wardId the ward id (a GSS code or a ballot id, as the contest lists it)
   * @return the contest of the council the ward belongs to, or empty if no contest lists it
   */
  public Optional<Contest> contestOfWard(String wardId) {
    return Optional.ofNullable(contestsByWardId.get(requireNonNull(wardId, "wardId")));
  }

  /**
   * A ward of the election, by id.
   *
   * @param wardId the ward id
   * @return the ward, or empty if no contest lists it
   */
  public Optional<Ward> ward(String wardId) {
    return contestOfWard(wardId).flatMap(contest -> contest.ward(wardId));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Election other
        && id.equals(other.id)
        && date.equals(other.date)
        && name.equals(other.name)
        && parties.equals(other.parties)
        && aliases.equals(other.aliases)
        && contests.equals(other.contests);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(id, date, name, parties, aliases, contests);
  }

  /**
   * A short canonical form: id, date, name and counts.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Election["
        + id
        + ", "
        + date
        + ", "
        + name
        + ", "
        + parties.size()
        + " parties, "
        + contests.size()
        + " contests]";
  }

  /** Builds an {@link Election}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private final LocalDate date;
    private final String name;
    private final List<Party> parties = new ArrayList<>();
    private final PartyAliases.Builder aliases = PartyAliases.builder();
    private final List<Contest> contests = new ArrayList<>();

    private Builder(String id, LocalDate date, String name) {
      this.id = requireNonNull(id, "id");
      this.date = requireNonNull(date, "date");
      this.name = requireNonNull(name, "name");
    }

    /**
     * Adds parties, in display order.
     *
     * @param added the parties
     * @return this builder
     */
    public Builder parties(Party... added) {
      for (Party party : added) {
        parties.add(requireNonNull(party, "party"));
      }
      return this;
    }

    /**
     * Adds an alias.
     *
     * @param alias a description or id
     * @param party its reporting party
     * @return this builder
     * @throws InvalidValueException if the alias breaks the name rules of {@link Checks} or was
     *     already given
     */
    public Builder alias(String alias, Party party) {
      aliases.alias(alias, party);
      return this;
    }

    /**
     * Adds a contest.
     *
     * @param contest the contest
     * @return this builder
     */
    public Builder contest(Contest contest) {
      contests.add(requireNonNull(contest, "contest"));
      return this;
    }

    /**
     * Builds the election.
     *
     * @return the election
     * @throws ElectionDataException if any rule of {@link Election} is broken
     */
    public Election build() {
      return new Election(id, date, name, parties, aliases.build(), contests);
    }
  }
}

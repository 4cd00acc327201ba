package org.psephos.feeds.pa;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.ControlRule;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.DataSubject;
import org.psephos.Election;
import org.psephos.ElectionDataException;
import org.psephos.Party;
import org.psephos.SeatBaseline;
import org.psephos.tally.Tally;

/**
 * An election made from PA's nominations, with PA's conventions. Councils and parties take PA's
 * ids with a {@code pa:} prefix ({@code pa:4735}, {@code pa:662}); parties take their full names
 * from the nominations and their abbreviations as short names and aliases (result files name
 * parties by abbreviation). For each council:
 *
 * <ul>
 *   <li>the composition before the election is the parties' {@code seatsHeld}, and the council's
 *       size their sum; but where the boundaries changed ({@code boundaryChange="true"}), the
 *       nominations do not give the new size, and the council's size is the total of its
 *       result's {@code NewCouncil} when a result is given to {@link #of(Collection, Collection)}
 *       (the seats contested growing or shrinking with it);
 *   <li>the seats defended, and PA's baseline of seat changes, are the {@code seatsOffered}; the
 *       seats contested their sum; the continuing seats held less offered;
 *   <li>PA's type maps onto core's: London to a London borough, Metro to a metropolitan borough,
 *       Unitary to a unitary authority, Non-Met to a shire district, England to a county, Wales
 *       to a Welsh principal area, Scotland to a Scottish council; the region is England, Wales or
 *       Scotland.
 * </ul>
 *
 * <p>PA's control convention is {@link #controlRule()}: strictly more than half the seats, and any
 * party may control, "Independent/Other" (PA id 661) included; its seat changes are measured
 * against the seats offered, {@link SeatBaseline#PRE_ELECTION}. {@link #emptyTally()} tallies with
 * both. Councils are ordered by name and parties by PA id, whatever the order of the files.
 *
 * <p>Immutable and thread-safe.
 */
public final class PaElection {
  /** PA's id of the "Independent/Other" pseudo-party. */
  public static final String INDEPENDENT_OTHER = "661";

  private static final String ID_PREFIX = "pa:";

  private final Election election;
  private final String paId;
  private final Map<String, Party> partiesByPaId;
  private final Map<String, Council> councilsByPaId;
  private final Map<String, PaCouncilNominations> nominationsByPaId;

  private PaElection(
      Election election,
      String paId,
      Map<String, Party> partiesByPaId,
      Map<String, Council> councilsByPaId,
      Map<String, PaCouncilNominations> nominationsByPaId) {
    this.election = election;
    this.paId = paId;
    this.partiesByPaId = Collections.unmodifiableMap(partiesByPaId);
    this.councilsByPaId = Collections.unmodifiableMap(councilsByPaId);
    this.nominationsByPaId = Collections.unmodifiableMap(nominationsByPaId);
  }

  /**
   * The election of a set of nominations messages, in any order.
   *
   * @param nominations the messages, at least one, all of the same election
   * @return the election
   * @throws PaFeedException if the messages are of different elections or dates, give one
   *     council or party twice with different figures or names ({@link
   *     PaFeedException.Kind#CONFLICTING_NOMINATIONS}), or a council's figures break core's rules
   *     (no seat up for election), naming the file and element
   * @throws IllegalArgumentException if no message is given
   */
  public static PaElection of(Collection<PaNominations> nominations) {
    return of(nominations, List.of());
  }

  /**
   * The election of a set of nominations messages, each council whose boundaries changed sized by
   * its result: PA's nominations of such a council give the seats held and offered on the old
   * boundaries only, and its result's {@code NewCouncil} (the whole council after the election)
   * gives the new size. The council's size becomes that total and its seats contested the total
   * less the continuing seats; its seats held stay the composition before (control before is
   * judged on them) and its seats offered the baseline of changes. A council without a result
   * keeps the size of its seats held. Results of councils whose boundaries did not change are not
   * read here.
   *
   * @param nominations the messages, at least one, all of the same election
   * @param results result messages of the election, in any order (those of other councils are
   *     ignored here)
   * @return the election
   * @throws PaFeedException as {@link #of(Collection)}, and ({@link
   *     PaFeedException.Kind#CONFLICTING_REVISION}) if two results of a council whose boundaries
   *     changed give different totals, naming both files and totals
   * @throws IllegalArgumentException if no nominations message is given
   */
  public static PaElection of(Collection<PaNominations> nominations, Collection<PaResult> results) {
    if (nominations.isEmpty()) {
      throw new IllegalArgumentException("no nominations given");
    }
    PaNominations first =
        nominations.stream().min(Comparator.comparing(PaNominations::file)).orElseThrow();
    Map<String, PaCouncilNominations> councils = new TreeMap<>();
    Map<String, PaPartyNominations> parties = new TreeMap<>(PaElection::byNumber);
    for (PaNominations message : nominations) {
      if (!message.date().equals(first.date()) || !message.electionPaId().equals(first.electionPaId())) {
        throw conflict(
            message.file(),
            "/LocalElectionNominations/Election",
            "election " + message.electionPaId() + " of " + message.date() + " is not election "
                + first.electionPaId() + " of " + first.date() + " (" + first.file() + ")",
            DataSubject.none());
      }
      for (PaCouncilNominations council : message.councils()) {
        addCouncil(message.file(), council, councils);
        for (PaPartyNominations party : council.parties()) {
          addParty(message.file(), party, parties);
        }
      }
    }
    return build(first, councils, parties, newSizes(councils, results));
  }

  /** A council's new size read from a result, and where. */
  private record NewSize(int seats, String file, String path) {}

  /** The new sizes of the councils whose boundaries changed, by PA id, from their results. */
  private static Map<String, NewSize> newSizes(
      Map<String, PaCouncilNominations> councils, Collection<PaResult> results) {
    Map<String, NewSize> sizes = new TreeMap<>();
    List<PaResult> byFile = new ArrayList<>(results);
    byFile.sort(Comparator.comparing(PaResult::file));
    for (PaResult result : byFile) {
      for (PaCouncilResult council : result.councils()) {
        PaCouncilNominations nominated = councils.get(council.paId());
        if (nominated == null || !nominated.boundaryChange()) {
          continue;
        }
        int total = council.newCouncil().stream().mapToInt(PaPartyFigure::value).sum();
        NewSize size = new NewSize(total, result.file(), council.path() + "/NewCouncil");
        NewSize earlier = sizes.putIfAbsent(council.paId(), size);
        if (earlier != null && earlier.seats() != total) {
          throw new PaFeedException(
              PaFeedException.Kind.CONFLICTING_REVISION,
              result.file(),
              size.path(),
              "council " + council.name() + " (pa:" + council.paId() + "), whose boundaries"
                  + " changed, has " + total + " seats in NewCouncil here and " + earlier.seats()
                  + " in " + earlier.file() + ": its new size is not known",
              DataSubject.none().withCouncil(ID_PREFIX + council.paId()));
        }
      }
    }
    return sizes;
  }

  private static void addCouncil(
      String file, PaCouncilNominations council, Map<String, PaCouncilNominations> councils) {
    PaCouncilNominations earlier = councils.putIfAbsent(council.paId(), council);
    if (earlier != null && !sameFigures(earlier, council)) {
      throw conflict(
          file,
          council.path(),
          "council " + council.name() + " (pa:" + council.paId() + ") is nominated twice with"
              + " different figures",
          DataSubject.none().withCouncil(ID_PREFIX + council.paId()));
    }
  }

  private static boolean sameFigures(PaCouncilNominations a, PaCouncilNominations b) {
    return a.name().equals(b.name())
        && a.type().equals(b.type())
        && a.proportion().equals(b.proportion())
        && a.parties().size() == b.parties().size()
        && a.parties().stream()
            .allMatch(
                p ->
                    b.parties().stream()
                        .anyMatch(
                            q ->
                                q.paId().equals(p.paId())
                                    && q.seatsHeld() == p.seatsHeld()
                                    && q.seatsOffered() == p.seatsOffered()));
  }

  private static void addParty(
      String file, PaPartyNominations party, Map<String, PaPartyNominations> parties) {
    PaPartyNominations earlier = parties.putIfAbsent(party.paId(), party);
    if (earlier != null
        && !(earlier.name().equals(party.name())
            && earlier.abbreviation().equals(party.abbreviation()))) {
      throw conflict(
          file,
          party.path(),
          "party pa:" + party.paId() + " is named \"" + party.name() + "\" (" + party.abbreviation()
              + ") here and \"" + earlier.name() + "\" (" + earlier.abbreviation() + ") at "
              + earlier.path(),
          DataSubject.none().withParty(ID_PREFIX + party.paId()));
    }
  }

  private static PaElection build(
      PaNominations first,
      Map<String, PaCouncilNominations> councils,
      Map<String, PaPartyNominations> parties,
      Map<String, NewSize> newSizes) {
    Map<String, Party> partiesByPaId = new LinkedHashMap<>();
    for (PaPartyNominations party : parties.values()) {
      partiesByPaId.put(party.paId(), party(first.file(), party));
    }
    Election.Builder builder =
        Election.builder(
            "local." + first.date(),
            first.date(),
            "Local elections of " + first.date() + " (PA election " + first.electionPaId() + ")");
    builder.parties(partiesByPaId.values().toArray(new Party[0]));
    for (Party party : partiesByPaId.values()) {
      try {
        builder.alias(party.shortName(), party);
      } catch (ElectionDataException e) {
        throw new PaFeedException(
            PaFeedException.Kind.CONFLICTING_NOMINATIONS,
            first.file(),
            requireNonNull(parties.get(paIdOf(party.id()))).path(),
            String.valueOf(e.getMessage()),
            e.subject());
      }
    }
    List<PaCouncilNominations> byName = new ArrayList<>(councils.values());
    byName.sort(Comparator.comparing(PaCouncilNominations::name).thenComparing(PaCouncilNominations::paId));
    Map<String, Council> councilsByPaId = new LinkedHashMap<>();
    for (PaCouncilNominations council : byName) {
      Contest contest =
          contest(first.file(), council, partiesByPaId, newSizes.get(council.paId()));
      councilsByPaId.put(council.paId(), contest.council());
      builder.contest(contest);
    }
    return new PaElection(
        builder.build(), first.electionPaId(), partiesByPaId, councilsByPaId, new TreeMap<>(councils));
  }

  private static Party party(String file, PaPartyNominations party) {
    try {
      String id = ID_PREFIX + party.paId();
      return party.paId().equals(INDEPENDENT_OTHER)
          ? Party.independent(id, party.name(), party.abbreviation())
          : Party.of(id, party.name(), party.abbreviation());
    } catch (ElectionDataException e) {
      throw new PaFeedException(
          PaFeedException.Kind.INVALID_VALUE,
          file,
          party.path(),
          String.valueOf(e.getMessage()),
          e.subject());
    }
  }

  private static Contest contest(
      String file,
      PaCouncilNominations nominations,
      Map<String, Party> parties,
      @Nullable NewSize newSize) {
    Map<Party, Integer> held = new LinkedHashMap<>();
    Map<Party, Integer> offered = new LinkedHashMap<>();
    Map<Party, Integer> continuing = new LinkedHashMap<>();
    int size = 0;
    int contested = 0;
    for (PaPartyNominations nomination : nominations.parties()) {
      Party party = parties.get(nomination.paId());
      held.put(party, nomination.seatsHeld());
      offered.put(party, nomination.seatsOffered());
      continuing.put(party, nomination.continuing());
      size += nomination.seatsHeld();
      contested += nomination.seatsOffered();
    }
    int heldTotal = size;
    int offeredTotal = contested;
    if (newSize != null) {
      contested = newSize.seats() - (size - contested);
      size = newSize.seats();
    }
    try {
      Council council =
          Council.of(
              ID_PREFIX + nominations.paId(),
              nominations.name(),
              councilType(nominations.type()),
              region(nominations.type()),
              size);
      return Contest.builder(council)
          .previous(Composition.of(held))
          .defended(Composition.of(offered))
          .continuing(Composition.of(continuing))
          .contested(contested)
          .build();
    } catch (ElectionDataException e) {
      throw new PaFeedException(
          PaFeedException.Kind.INVALID_VALUE,
          file,
          nominations.path(),
          e.getMessage() + " (seats held " + heldTotal + ", offered " + offeredTotal
              + (newSize == null
                  ? ""
                  : "; new size " + newSize.seats() + " from " + newSize.file() + " at "
                      + newSize.path())
              + ")",
          e.subject());
    }
  }

  /**
   * Core's council type of one of PA's types.
   *
   * @param paType PA's type: England, Scotland, Wales, Metro, Non-Met, Unitary or London
   * @return the type
   * @throws IllegalArgumentException if the type is not one of PA's
   */
  public static CouncilType councilType(String paType) {
    return switch (paType) {
      case "London" -> CouncilType.LONDON_BOROUGH;
      case "Metro" -> CouncilType.METROPOLITAN_BOROUGH;
      case "Unitary" -> CouncilType.UNITARY_AUTHORITY;
      case "Non-Met" -> CouncilType.SHIRE_DISTRICT;
      case "England" -> CouncilType.COUNTY;
      case "Wales" -> CouncilType.WELSH_PRINCIPAL_AREA;
      case "Scotland" -> CouncilType.SCOTTISH_COUNCIL;
      default -> throw new IllegalArgumentException("not one of PA's council types: " + paType);
    };
  }

  private static String region(String paType) {
    return paType.equals("Wales") || paType.equals("Scotland") ? paType : "England";
  }

  private static int byNumber(String a, String b) {
    int lengths = Integer.compare(a.length(), b.length());
    return lengths != 0 ? lengths : a.compareTo(b);
  }

  private static PaFeedException conflict(
      String file, String path, String detail, DataSubject subject) {
    return new PaFeedException(
        PaFeedException.Kind.CONFLICTING_NOMINATIONS, file, path, detail, subject);
  }

  /**
   * The election, in core's values.
   *
   * @return the election
   */
  public Election election() {
    return election;
  }

  /**
   * PA's id of the election, such as {@code "252"}.
   *
   * @return the id
   */
  public String paId() {
    return paId;
  }

  /**
   * PA's control convention: any party with strictly more than half the seats controls,
   * "Independent/Other" included.
   *
   * @return {@link ControlRule#anyParty()}
   */
  public ControlRule controlRule() {
    return ControlRule.anyParty();
  }

  /**
   * PA's baseline of seat changes: the seats offered, held on the eve of poll.
   *
   * @return {@link SeatBaseline#PRE_ELECTION}
   */
  public SeatBaseline baseline() {
    return SeatBaseline.PRE_ELECTION;
  }

  /**
   * An empty tally of the election with PA's baseline and control rule.
   *
   * @return the tally
   */
  public Tally emptyTally() {
    return Tally.of(election, baseline(), controlRule());
  }

  /**
   * The council of a PA id.
   *
   * @param councilPaId PA's council id, such as {@code "4735"}
   * @return the council, if nominated
   */
  public Optional<Council> council(String councilPaId) {
    return Optional.ofNullable(councilsByPaId.get(requireNonNull(councilPaId, "councilPaId")));
  }

  /**
   * The party of a PA id.
   *
   * @param partyPaId PA's party id, such as {@code "662"}
   * @return the party, if nominated anywhere
   */
  public Optional<Party> party(String partyPaId) {
    return Optional.ofNullable(partiesByPaId.get(requireNonNull(partyPaId, "partyPaId")));
  }

  /**
   * The nominations a council was made from, for its PA type and proportion.
   *
   * @param council a council of this election
   * @return its nominations
   * @throws IllegalArgumentException if the council is not one of this election's
   */
  public PaCouncilNominations nominations(Council council) {
    PaCouncilNominations found = nominationsByPaId.get(paIdOf(council.id()));
    if (found == null || !council.equals(councilsByPaId.get(found.paId()))) {
      throw new IllegalArgumentException(council.label() + " is not a council of " + election.id());
    }
    return found;
  }

  /**
   * PA's id of a party or council id made here: the id without its {@code pa:} prefix.
   *
   * @param id an id such as {@code "pa:662"}
   * @return PA's id, such as {@code "662"}; the id itself if it has no prefix
   */
  public static String paIdOf(String id) {
    return id.startsWith(ID_PREFIX) ? id.substring(ID_PREFIX.length()) : id;
  }

  @Override
  public String toString() {
    return "PaElection[" + election.id() + ", PA " + paId + ", " + councilsByPaId.size()
        + " councils, " + partiesByPaId.size() + " parties]";
  }
}

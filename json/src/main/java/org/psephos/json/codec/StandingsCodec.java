package org.psephos.json.codec;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.psephos.Party;
import org.psephos.VoteConvention;
import org.psephos.json.JsonLimits;
import org.psephos.json.PsephosJsonException;
import org.psephos.json.PsephosJsonException.Kind;
import org.psephos.tally.CountProgress;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.PartyWardTotals;
import org.psephos.tally.Standings;
import org.psephos.tally.VoteFigures;
import org.psephos.tally.WardTotals;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * {@link Standings} and {@link PartyStanding}. A party's line: {@code {"party": "PP53",
 * "councils": 21, "councilsBefore": 20, "councilsChange": 1, "seatsWon": 1123, "baselineSeats":
 * 1056, "seatsChange": 67, "holdings": 1123}}; the standings: {@code {"councilsDeclared": 32,
 * "councilsExpected": 32, "parties": [...], "noOverallControl": {"councils": 1, "councilsBefore":
 * 2, "councilsChange": -1}, "progress": {...}, "wardTotals": {...}}}, with the count's progress
 * always written and the ward totals written when any council covered lists its wards. The
 * changes are derived figures, written for readers' convenience and checked when read. The
 * figures of councils with no previous result ({@code "councilsWithoutPrevious"} and {@code
 * "seatsWonWithoutPrevious"} in a party's line, {@code "councilsWithoutPrevious"} in the standings
 * and in the no overall control line) default to 0 and are written only when not 0; the changes
 * leave them out.
 *
 * <p>{@link CountProgress}: {@code {"councilsInProgress": 1, "seatsDeclared": 1200,
 * "seatsExpected": 4400, "controlDecidedEarly": {"PP53": 1}, "noOverallControlDecidedEarly": 0}}.
 * {@link WardTotals}: {@code {"wardsDeclared": 12, "wardsExpected": 20, "parties": [...]}}, each
 * party {@code {"party": "PP53", "seatsWon": 9, "seatsDefended": 7, "gains": 3, "losses": 1,
 * "netChange": 2, "votes": {"all-votes": {figures}, "top-candidate": {figures}}}}, the figures of
 * a convention {@code {"votes": 15230, "share": 41.23, "comparableVotes": 12000, "previousVotes":
 * 11800, "shareChange": 2.45}}: {@code share} (per cent) is left out when no vote has been
 * counted, {@code shareChange} (percentage points, like for like over the comparable wards) when
 * it cannot be computed; {@code seatsWonWithoutPrevious} (of the seats won, those in wards of
 * councils with no previous result, which the net change leaves out) after {@code seatsDefended},
 * written only when not 0. {@code netChange}, {@code share} and {@code shareChange} are derived
 * figures, checked when read; shares are written with two decimal places and read within 0.005 of
 * the recomputed value.
 */
final class StandingsCodec {
  static final Set<String> PARTY_MEMBERS =
      Set.of("party", "councils", "councilsBefore", "councilsChange", "seatsWon", "baselineSeats",
          "seatsChange", "holdings", "councilsWithoutPrevious", "seatsWonWithoutPrevious");
  static final Set<String> MEMBERS =
      Set.of("councilsDeclared", "councilsExpected", "councilsWithoutPrevious", "parties",
          "noOverallControl", "progress", "wardTotals");
  static final Set<String> NOC_MEMBERS =
      Set.of("councils", "councilsBefore", "councilsChange", "councilsWithoutPrevious");

  static final Set<String> PROGRESS_MEMBERS =
      Set.of("councilsInProgress", "seatsDeclared", "seatsExpected", "controlDecidedEarly",
          "noOverallControlDecidedEarly");
  static final Set<String> TOTALS_MEMBERS = Set.of("wardsDeclared", "wardsExpected", "parties");
  static final Set<String> TOTALS_PARTY_MEMBERS =
      Set.of("party", "seatsWon", "seatsDefended", "gains", "losses", "netChange", "votes",
          "seatsWonWithoutPrevious");
  static final Set<String> FIGURES_MEMBERS =
      Set.of("votes", "share", "comparableVotes", "previousVotes", "shareChange");

  private StandingsCodec() {}

  /**
   * The whole-number members of an object being read, with where each was, for the checks made at
   * the object's end: a figure is in the range of an {@code int} (negative figures are passed on
   * for core to reject), a derived figure (its name ends in "Change") down to {@code
   * Integer.MIN_VALUE}.
   */
  static final class Figures {
    private final Map<String, Long> values = new HashMap<>();
    private final Map<String, Where> places = new HashMap<>();

    /** Reads the figure named {@code name} at the current token; {@code what} names its object. */
    void read(Tokens in, String name, Supplier<String> what) {
      long min = name.endsWith("Change") ? Integer.MIN_VALUE : -Integer.MAX_VALUE;
      values.put(name, in.wholeNumber(() -> what.get() + " \"" + name + "\"", min,
          Integer.MAX_VALUE));
      places.put(name, in.place());
    }

    /** A required figure; at the end of its object. */
    int required(Tokens.Members members, String name) {
      return members.required(values.get(name), name).intValue();
    }

    /** An optional figure, 0 when absent. */
    int optional(String name) {
      return values.getOrDefault(name, 0L).intValue();
    }

    /** Checks a required derived figure against the figures it derives from. */
    void requireDerived(Tokens.Members members, String name, long expected, String what) {
      long stated = members.required(values.get(name), name);
      if (stated != expected) {
        throw requireNonNull(places.get(name)).fail(Kind.INCONSISTENT_RESULTS, what + ": \""
            + name + "\" is " + stated + " but its figures give " + expected, null);
      }
    }
  }

  /** What names a party's line in messages, before and after its party is read. */
  static String line(@Nullable Party party, String unnamed, String named) {
    return party == null ? unnamed : party.label() + named;
  }

  /** Reads a party's standing at the current token. */
  static PartyStanding readParty(Tokens in) {
    in.context.election("a party's standing");
    Tokens.Members members = in.object(() -> "a party's standing", PARTY_MEMBERS);
    Where at = members.place();
    Figures figures = new Figures();
    Party party = null;
    for (String name = members.next(); name != null; name = members.next()) {
      if (name.equals("party")) {
        party = in.context.party(in.string("a standing's \"party\""), in, () -> "a standing");
      } else {
        Party known = party;
        figures.read(in, name, () -> line(known, "a party's standing", "'s standing"));
      }
    }
    Party read = members.required(party, "party");
    String what = read.label() + "'s standing";
    int councils = figures.required(members, "councils");
    int councilsBefore = figures.required(members, "councilsBefore");
    int seatsWon = figures.required(members, "seatsWon");
    int baselineSeats = figures.required(members, "baselineSeats");
    int holdings = figures.required(members, "holdings");
    int councilsWithout = figures.optional("councilsWithoutPrevious");
    int seatsWithout = figures.optional("seatsWonWithoutPrevious");
    PartyStanding standing = at.core(() -> new PartyStanding(read, councils, councilsBefore,
        seatsWon, baselineSeats, holdings, councilsWithout, seatsWithout));
    figures.requireDerived(
        members, "councilsChange", (long) councils - councilsWithout - councilsBefore, what);
    figures.requireDerived(
        members, "seatsChange", (long) seatsWon - seatsWithout - baselineSeats, what);
    return standing;
  }

  /**
   * Standings as a document states them: the council figures, and the progress and ward totals
   * when the document states them (null when absent: a document written before they were part of
   * the format); with where they and their parties' lines were, to name the one at fault when they
   * do not match the outcomes.
   */
  record Stated(
      Standings councilFigures,
      @Nullable CountProgress progress,
      Where at,
      List<Where> partiesAt,
      @Nullable Where progressAt,
      @Nullable TotalsRead totalsRead) {

    /** The standings, with the given progress and ward totals where the document states none. */
    Standings complete(CountProgress otherProgress, WardTotals otherTotals) {
      CountProgress statedProgress = progress;
      TotalsRead statedTotals = totalsRead;
      return Standings.of(
          councilFigures.councilsDeclared(),
          councilFigures.councilsExpected(),
          councilFigures.parties(),
          councilFigures.noOverallControl(),
          councilFigures.noOverallControlBefore(),
          councilFigures.councilsWithoutPrevious(),
          councilFigures.noOverallControlWithoutPrevious(),
          statedProgress == null ? otherProgress : statedProgress,
          statedTotals == null ? otherTotals : statedTotals.totals());
    }
  }

  /** Reads standings at the current token; absent progress and ward totals are empty. */
  static Standings read(Tokens in) {
    return readStated(in).complete(CountProgress.empty(), WardTotals.empty());
  }

  /** Reads standings at the current token as stated. */
  static Stated readStated(Tokens in) {
    in.context.election("standings");
    Tokens.Members members = in.object(() -> "the standings", MEMBERS);
    Where at = members.place();
    Figures figures = new Figures();
    List<PartyStanding> parties = null;
    List<Where> partiesAt = new ArrayList<>();
    int[] noc = null;
    CountProgress progress = null;
    Where progressAt = null;
    TotalsRead totals = null;
    for (String name = members.next(); name != null; name = members.next()) {
      switch (name) {
        case "parties" -> {
          parties = new ArrayList<>();
          Tokens.Elements elements =
              in.array(() -> "the standings' parties", JsonLimits.MAX_PARTIES);
          while (elements.next()) {
            partiesAt.add(in.place());
            parties.add(readParty(in));
          }
        }
        case "noOverallControl" -> noc = readNoOverallControl(in);
        case "progress" -> {
          progressAt = in.place();
          progress = readProgress(in);
        }
        case "wardTotals" -> totals = readWardTotals(in);
        default -> figures.read(in, name, () -> "the standings");
      }
    }
    int declared = figures.required(members, "councilsDeclared");
    int expected = figures.required(members, "councilsExpected");
    int without = figures.optional("councilsWithoutPrevious");
    List<PartyStanding> lines = members.required(parties, "parties");
    int[] nocFigures = members.required(noc, "noOverallControl");
    Standings councilFigures = at.core(() -> Standings.of(declared, expected, lines,
        nocFigures[0], nocFigures[1], without, nocFigures[2], CountProgress.empty(),
        WardTotals.empty()));
    Stated stated = new Stated(councilFigures, progress, at, partiesAt, progressAt, totals);
    at.core(() -> stated.complete(CountProgress.empty(), WardTotals.empty()));
    return stated;
  }

  /** Reads the no overall control line: its councils, councils before and without previous. */
  private static int[] readNoOverallControl(Tokens in) {
    Tokens.Members members = in.object(() -> "the no overall control line", NOC_MEMBERS);
    Figures figures = new Figures();
    for (String name = members.next(); name != null; name = members.next()) {
      figures.read(in, name, () -> "no overall control");
    }
    int councils = figures.required(members, "councils");
    int before = figures.required(members, "councilsBefore");
    int without = figures.optional("councilsWithoutPrevious");
    figures.requireDerived(
        members, "councilsChange", (long) councils - without - before, "no overall control");
    return new int[] {councils, before, without};
  }

  static void writeParty(PartyStanding standing, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeStringProperty("party", standing.party().id());
    generator.writeNumberProperty("councils", standing.councils());
    generator.writeNumberProperty("councilsBefore", standing.councilsBefore());
    generator.writeNumberProperty("councilsChange", standing.councilsChange());
    generator.writeNumberProperty("seatsWon", standing.seatsWon());
    generator.writeNumberProperty("baselineSeats", standing.baselineSeats());
    generator.writeNumberProperty("seatsChange", standing.seatsChange());
    generator.writeNumberProperty("holdings", standing.holdings());
    Codec.writeUnlessZero(generator, "councilsWithoutPrevious", standing.councilsWithoutPrevious());
    Codec.writeUnlessZero(generator, "seatsWonWithoutPrevious", standing.seatsWonWithoutPrevious());
    generator.writeEndObject();
  }

  static void write(Standings standings, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeNumberProperty("councilsDeclared", standings.councilsDeclared());
    generator.writeNumberProperty("councilsExpected", standings.councilsExpected());
    Codec.writeUnlessZero(
        generator, "councilsWithoutPrevious", standings.councilsWithoutPrevious());
    generator.writeName("parties");
    generator.writeStartArray();
    for (PartyStanding standing : standings.parties()) {
      writeParty(standing, generator);
    }
    generator.writeEndArray();
    generator.writeName("noOverallControl");
    generator.writeStartObject();
    generator.writeNumberProperty("councils", standings.noOverallControl());
    generator.writeNumberProperty("councilsBefore", standings.noOverallControlBefore());
    generator.writeNumberProperty("councilsChange", standings.noOverallControlChange());
    Codec.writeUnlessZero(
        generator, "councilsWithoutPrevious", standings.noOverallControlWithoutPrevious());
    generator.writeEndObject();
    generator.writeName("progress");
    writeProgress(standings.progress(), generator);
    if (!standings.wardTotals().equals(WardTotals.empty())) {
      generator.writeName("wardTotals");
      writeWardTotals(standings.wardTotals(), generator);
    }
    generator.writeEndObject();
  }

  static void writeProgress(CountProgress progress, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeNumberProperty("councilsInProgress", progress.councilsInProgress());
    generator.writeNumberProperty("seatsDeclared", progress.seatsDeclared());
    generator.writeNumberProperty("seatsExpected", progress.seatsExpected());
    generator.writeName("controlDecidedEarly");
    Codec.writePartyNumbers(generator, progress.controlDecidedEarly());
    generator.writeNumberProperty(
        "noOverallControlDecidedEarly", progress.noOverallControlDecidedEarly());
    generator.writeEndObject();
  }

  /** Reads the count's progress at the current token. */
  static CountProgress readProgress(Tokens in) {
    in.context.election("the count's progress");
    String what = "the count's progress";
    Tokens.Members members = in.object(() -> what, PROGRESS_MEMBERS);
    Where at = members.place();
    Figures figures = new Figures();
    Map<Party, Integer> decided = null;
    for (String name = members.next(); name != null; name = members.next()) {
      if (!name.equals("controlDecidedEarly")) {
        figures.read(in, name, () -> what);
        continue;
      }
      decided = new LinkedHashMap<>();
      Tokens.Members parties = in.object(() -> what + ": \"controlDecidedEarly\"", null);
      for (String id = parties.next(); id != null; id = parties.next()) {
        Party party = in.context.party(id, in, () -> what + ": control decided");
        decided.put(party, (int) in.wholeNumber(() -> what + ": control decided early for "
            + party.id(), -Integer.MAX_VALUE, Integer.MAX_VALUE));
      }
    }
    int inProgress = figures.required(members, "councilsInProgress");
    int seatsDeclared = figures.required(members, "seatsDeclared");
    int seatsExpected = figures.required(members, "seatsExpected");
    Map<Party, Integer> decidedEarly = members.required(decided, "controlDecidedEarly");
    int noc = figures.required(members, "noOverallControlDecidedEarly");
    return at.core(() ->
        new CountProgress(inProgress, seatsDeclared, seatsExpected, decidedEarly, noc));
  }

  static void writeWardTotals(WardTotals totals, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeNumberProperty("wardsDeclared", totals.wardsDeclared());
    generator.writeNumberProperty("wardsExpected", totals.wardsExpected());
    generator.writeName("parties");
    generator.writeStartArray();
    for (PartyWardTotals party : totals.parties()) {
      generator.writeStartObject();
      generator.writeStringProperty("party", party.party().id());
      generator.writeNumberProperty("seatsWon", party.seatsWon());
      generator.writeNumberProperty("seatsDefended", party.seatsDefended());
      Codec.writeUnlessZero(
          generator, "seatsWonWithoutPrevious", party.seatsWonWithoutPrevious());
      generator.writeNumberProperty("gains", party.gains());
      generator.writeNumberProperty("losses", party.losses());
      generator.writeNumberProperty("netChange", party.netChange());
      generator.writeName("votes");
      generator.writeStartObject();
      for (VoteConvention convention : VoteConvention.values()) {
        VoteFigures figures = party.votes(convention);
        generator.writeName(Codec.name(convention));
        generator.writeStartObject();
        generator.writeNumberProperty("votes", figures.votes());
        Codec.writePercent(generator, "share", totals.share(party.party(), convention));
        generator.writeNumberProperty("comparableVotes", figures.comparableVotes());
        generator.writeNumberProperty("previousVotes", figures.previousVotes());
        Codec.writePercent(
            generator, "shareChange", totals.shareChange(party.party(), convention));
        generator.writeEndObject();
      }
      generator.writeEndObject();
      generator.writeEndObject();
    }
    generator.writeEndArray();
    generator.writeEndObject();
  }

  /**
   * Ward totals as read, with where each party's line was and the shares each states, checked
   * against the totals once they are read.
   */
  record TotalsRead(WardTotals totals, Where at, List<Where> partiesAt) {}

  /** A stated percentage as written, with where it was. */
  private record Percent(BigDecimal value, String text, Where at) {}

  /** A party's figures under a convention as read: where they were, and the shares stated. */
  private record Shares(Where at, @Nullable Percent share, @Nullable Percent shareChange) {}

  /** Reads ward totals at the current token, checking the shares they state. */
  static TotalsRead readWardTotals(Tokens in) {
    in.context.election("ward totals");
    String what = "the ward totals";
    Tokens.Members members = in.object(() -> what, TOTALS_MEMBERS);
    Where at = members.place();
    Figures figures = new Figures();
    List<PartyWardTotals> parties = null;
    List<Where> partiesAt = new ArrayList<>();
    List<Map<VoteConvention, Shares>> shares = new ArrayList<>();
    for (String name = members.next(); name != null; name = members.next()) {
      if (!name.equals("parties")) {
        figures.read(in, name, () -> what);
        continue;
      }
      parties = new ArrayList<>();
      Tokens.Elements elements = in.array(() -> what + "' parties", JsonLimits.MAX_PARTIES);
      while (elements.next()) {
        partiesAt.add(in.place());
        Map<VoteConvention, Shares> byConvention = new LinkedHashMap<>();
        parties.add(readTotalsParty(in, byConvention));
        shares.add(byConvention);
      }
    }
    int declared = figures.required(members, "wardsDeclared");
    int expected = figures.required(members, "wardsExpected");
    List<PartyWardTotals> lines = members.required(parties, "parties");
    WardTotals totals = at.core(() -> WardTotals.of(declared, expected, lines));
    for (int i = 0; i < lines.size(); i++) {
      Party party = lines.get(i).party();
      for (Map.Entry<VoteConvention, Shares> entry : shares.get(i).entrySet()) {
        VoteConvention convention = entry.getKey();
        Shares stated = entry.getValue();
        String where =
            party.label() + "'s " + Codec.name(convention) + " ward figures";
        requirePercent(stated.at(), "share", stated.share(), totals.share(party, convention),
            where, 0, 100);
        requirePercent(stated.at(), "shareChange", stated.shareChange(),
            totals.shareChange(party, convention), where, -100, 100);
      }
    }
    return new TotalsRead(totals, at, partiesAt);
  }

  /** A stated percentage: present exactly when computable, and then equal within rounding. */
  private static void requirePercent(Where figures, String name, @Nullable Percent stated,
      OptionalDouble computed, String what, double min, double max) {
    if (stated == null) {
      if (computed.isPresent()) {
        throw new PsephosJsonException(Kind.INCONSISTENT_RESULTS, what + " lack \"" + name
            + "\", which its figures give as " + Codec.percent(computed.getAsDouble()),
            figures.pointer() + "/" + name, figures.line(), figures.column(), null);
      }
      return;
    }
    if (computed.isEmpty()) {
      throw stated.at().fail(Kind.INCONSISTENT_RESULTS, what + " state \"" + name
          + "\" but its figures give none (no votes to compare)", null);
    }
    String named = what + ": \"" + name + "\"";
    if (stated.value().compareTo(BigDecimal.valueOf(min)) < 0
        || stated.value().compareTo(BigDecimal.valueOf(max)) > 0) {
      throw stated.at().fail(Kind.NUMBER_OUT_OF_RANGE, named + " (" + stated.text()
          + ") is out of range: the format allows " + min + " to " + max, null);
    }
    double computedValue = computed.getAsDouble();
    if (Math.abs(stated.value().doubleValue() - computedValue) > 0.005 + 1e-9) {
      throw stated.at().fail(Kind.INCONSISTENT_RESULTS, named + " is stated as " + stated.text()
          + " but its figures give " + Codec.percent(computedValue), null);
    }
  }

  /** Reads a stated percentage at the current token: a number, whole or not. */
  private static Percent percent(Tokens in, Supplier<String> what) {
    JsonToken token = in.parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw in.fail(Kind.WRONG_TYPE,
          what.get() + " must be a number, not " + Tokens.words(token), null);
    }
    String text = in.parser.getText();
    return new Percent(new BigDecimal(text), text, in.place());
  }

  private static PartyWardTotals readTotalsParty(
      Tokens in, Map<VoteConvention, Shares> shares) {
    Tokens.Members members = in.object(() -> "a party's ward totals", TOTALS_PARTY_MEMBERS);
    Where at = members.place();
    Figures figures = new Figures();
    Party party = null;
    Map<VoteConvention, VoteFigures> votes = null;
    for (String name = members.next(); name != null; name = members.next()) {
      Party known = party;
      Supplier<String> what =
          () -> line(known, "a party's ward totals", "'s ward totals");
      switch (name) {
        case "party" -> party = in.context.party(
            in.string("a ward total's \"party\""), in, () -> "ward totals");
        case "votes" -> votes = readVotes(in, what, shares);
        default -> figures.read(in, name, what);
      }
    }
    Party read = members.required(party, "party");
    String what = read.label() + "'s ward totals";
    int won = figures.required(members, "seatsWon");
    int defended = figures.required(members, "seatsDefended");
    int gains = figures.required(members, "gains");
    int losses = figures.required(members, "losses");
    int withoutPrevious = figures.optional("seatsWonWithoutPrevious");
    Map<VoteConvention, VoteFigures> byConvention = members.required(votes, "votes");
    PartyWardTotals totals = at.core(() -> new PartyWardTotals(read, won, defended, gains,
        losses, requireNonNull(byConvention.get(VoteConvention.ALL_VOTES)),
        requireNonNull(byConvention.get(VoteConvention.TOP_CANDIDATE)), withoutPrevious));
    figures.requireDerived(
        members, "netChange", (long) won - withoutPrevious - defended, what);
    return totals;
  }

  /** Reads a party's votes by convention at the current token, with the shares they state. */
  private static Map<VoteConvention, VoteFigures> readVotes(
      Tokens in, Supplier<String> what, Map<VoteConvention, Shares> shares) {
    Tokens.Members byConvention =
        in.object(() -> what.get() + ": votes", Codec.CONVENTIONS.keySet());
    Map<VoteConvention, VoteFigures> votes = new EnumMap<>(VoteConvention.class);
    for (String name = byConvention.next(); name != null; name = byConvention.next()) {
      String conventionName = name;
      VoteConvention convention = requireNonNull(Codec.CONVENTIONS.get(name));
      Tokens.Members members =
          in.object(() -> what.get() + ": " + conventionName + " votes", FIGURES_MEMBERS);
      Where at = members.place();
      Map<String, Long> counts = new HashMap<>();
      Percent share = null;
      Percent shareChange = null;
      for (String member = members.next(); member != null; member = members.next()) {
        String figure = member;
        Supplier<String> named = () -> what.get() + ": \"" + figure + "\"";
        switch (figure) {
          case "share" -> share = percent(in, named);
          case "shareChange" -> shareChange = percent(in, named);
          default -> counts.put(figure, in.wholeNumber(named, -MAX_VOTE_TOTAL, MAX_VOTE_TOTAL));
        }
      }
      long count = members.required(counts.get("votes"), "votes");
      long comparable = members.required(counts.get("comparableVotes"), "comparableVotes");
      long previous = members.required(counts.get("previousVotes"), "previousVotes");
      votes.put(convention, at.core(() -> new VoteFigures(count, comparable, previous)));
      shares.put(convention, new Shares(at, share, shareChange));
    }
    for (VoteConvention convention : VoteConvention.values()) {
      byConvention.required(votes.get(convention), Codec.name(convention));
    }
    return votes;
  }

  /** The largest vote total read: 2<sup>53</sup> - 1, exact in JSON; sums of them fit a long. */
  private static final long MAX_VOTE_TOTAL = (1L << 53) - 1;
}

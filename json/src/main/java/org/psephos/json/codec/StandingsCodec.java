package org.psephos.json.codec;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.psephos.json.JsonLimits;
import org.psephos.json.PsephosJsonException.Kind;
import org.psephos.Party;
import org.psephos.tally.CountProgress;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.Standings;
import org.psephos.tally.WardTotals;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.module.SimpleModule;

/**
 * {@link Standings} and {@link PartyStanding}. A party's line: {@code {"party": "PP53",
 * "councils": 21, "councilsBefore": 20, "councilsChange": 1, "seatsWon": 1123, "baselineSeats":
 * 1056, "seatsChange": 67, "holdings": 1123}}; the standings: {@code {"councilsDeclared": 32,
 * "councilsExpected": 32, "parties": [...], "noOverallControl": {"councils": 1, "councilsBefore":
 * 2, "councilsChange": -1}, "progress": {...}, "wardTotals": {...}}}, with the count's progress
 * always written and the ward totals written when any council covered lists its wards ({@link
 * ProgressCodec}). The changes are derived figures, written for readers' convenience and checked
 * when read. The figures of councils with no previous result ({@code "councilsWithoutPrevious"} and
 * {@code "seatsWonWithoutPrevious"} in a party's line, {@code "councilsWithoutPrevious"} in the
 * standings and in the no overall control line) default to 0 and are written only when not 0; the
 * changes leave them out.
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
        party = in.context.party(in.string("a standing's \"party\""), in, "a standing");
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
      ProgressCodec.@Nullable TotalsRead totalsRead) {

    /** The standings, with the given progress and ward totals where the document states none. */
    Standings complete(CountProgress otherProgress, WardTotals otherTotals) {
      CountProgress statedProgress = progress;
      ProgressCodec.TotalsRead statedTotals = totalsRead;
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
    ProgressCodec.TotalsRead totals = null;
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
          progress = ProgressCodec.readProgress(in);
        }
        case "wardTotals" -> totals = ProgressCodec.readWardTotals(in);
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
    ProgressCodec.writeProgress(standings.progress(), generator);
    if (!standings.wardTotals().equals(WardTotals.empty())) {
      generator.writeName("wardTotals");
      ProgressCodec.writeWardTotals(standings.wardTotals(), generator);
    }
    generator.writeEndObject();
  }

  /** Registers the serializer and deserializer of each type this codec reads and writes. */
  static void addTo(SimpleModule module, ReadOptions options) {
    Codec.add(module, PartyStanding.class, StandingsCodec::writeParty, options,
        StandingsCodec::readParty);
    Codec.add(module, Standings.class, StandingsCodec::write, options, StandingsCodec::read);
  }
}

package org.psephos.json.codec;

import org.psephos.json.PsephosJsonException;
import org.psephos.json.JsonLimits;
import org.psephos.json.PsephosJsonException.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.psephos.Party;
import org.psephos.tally.CountProgress;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.Standings;
import org.psephos.tally.WardTotals;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

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

  /** An optional figure, 0 when absent. */
  static int optionalFigure(Bind.Members members, String name, String what) {
    return members.optional(name) == null ? 0 : figure(members, name, what);
  }

  private StandingsCodec() {}

  static int figure(Bind.Members members, String name, String what) {
    return (int)
        Bind.wholeNumber(
            members.required(name), what + " \"" + name + "\"", -Integer.MAX_VALUE,
            Integer.MAX_VALUE);
  }

  static void requireDerived(Bind.Members members, String name, long expected, String what) {
    Node node = members.required(name);
    long stated = Bind.wholeNumber(node, what + " \"" + name + "\"", Integer.MIN_VALUE,
        Integer.MAX_VALUE);
    if (stated != expected) {
      throw new PsephosJsonException(Kind.INCONSISTENT_RESULTS, what + ": \"" + name + "\" is " + stated + " but its figures give " + expected,
          node.pointer(), node.line, node.column, null);
    }
  }

  static PartyStanding readParty(Node node, ReadContext context) {
    context.election("a party's standing");
    Bind.Members members = Bind.object(node, "a party's standing", PARTY_MEMBERS, context.options);
    Node partyNode = members.required("party");
    Party party = context.party(Bind.string(partyNode, "a standing's \"party\""), partyNode,
        "a standing");
    String what = party.label() + "'s standing";
    int councils = figure(members, "councils", what);
    int councilsBefore = figure(members, "councilsBefore", what);
    int seatsWon = figure(members, "seatsWon", what);
    int baselineSeats = figure(members, "baselineSeats", what);
    int holdings = figure(members, "holdings", what);
    int councilsWithout = optionalFigure(members, "councilsWithoutPrevious", what);
    int seatsWithout = optionalFigure(members, "seatsWonWithoutPrevious", what);
    PartyStanding standing =
        Bind.core(
            node,
            () -> new PartyStanding(
                party, councils, councilsBefore, seatsWon, baselineSeats, holdings,
                councilsWithout, seatsWithout));
    requireDerived(
        members, "councilsChange", (long) councils - councilsWithout - councilsBefore, what);
    requireDerived(
        members, "seatsChange", (long) seatsWon - seatsWithout - baselineSeats, what);
    return standing;
  }

  /**
   * Standings as a document states them: the council figures, and the progress and ward totals
   * when the document states them (null when absent: a document written before they were part of
   * the format).
   */
  record Stated(
      Standings councilFigures,
      @org.jspecify.annotations.Nullable CountProgress progress,
      @org.jspecify.annotations.Nullable WardTotals wardTotals) {

    /** The standings, with the given progress and ward totals where the document states none. */
    Standings complete(CountProgress otherProgress, WardTotals otherTotals) {
      CountProgress statedProgress = progress;
      WardTotals statedTotals = wardTotals;
      return Standings.of(
          councilFigures.councilsDeclared(),
          councilFigures.councilsExpected(),
          councilFigures.parties(),
          councilFigures.noOverallControl(),
          councilFigures.noOverallControlBefore(),
          councilFigures.councilsWithoutPrevious(),
          councilFigures.noOverallControlWithoutPrevious(),
          statedProgress == null ? otherProgress : statedProgress,
          statedTotals == null ? otherTotals : statedTotals);
    }
  }

  /** Reads standings; absent progress and ward totals are empty. */
  static Standings read(Node node, ReadContext context) {
    Stated stated = readStated(node, context);
    return stated.complete(CountProgress.empty(), WardTotals.empty());
  }

  static Stated readStated(Node node, ReadContext context) {
    context.election("standings");
    Bind.Members members = Bind.object(node, "the standings", MEMBERS, context.options);
    int declared = figure(members, "councilsDeclared", "the standings");
    int expected = figure(members, "councilsExpected", "the standings");
    int without = optionalFigure(members, "councilsWithoutPrevious", "the standings");
    List<PartyStanding> parties = new ArrayList<>();
    for (Node partyNode :
        Bind.array(members.required("parties"), "the standings' parties", JsonLimits.MAX_PARTIES)) {
      parties.add(readParty(partyNode, context));
    }
    Node nocNode = members.required("noOverallControl");
    Bind.Members noc =
        Bind.object(nocNode, "the no overall control line", NOC_MEMBERS, context.options);
    int nocCouncils = figure(noc, "councils", "no overall control");
    int nocBefore = figure(noc, "councilsBefore", "no overall control");
    int nocWithout = optionalFigure(noc, "councilsWithoutPrevious", "no overall control");
    requireDerived(
        noc, "councilsChange", (long) nocCouncils - nocWithout - nocBefore, "no overall control");
    Standings councilFigures =
        Bind.core(
            node,
            () -> Standings.of(
                declared, expected, parties, nocCouncils, nocBefore, without, nocWithout,
                CountProgress.empty(), WardTotals.empty()));
    Node progressNode = members.optional("progress");
    CountProgress progress =
        progressNode == null ? null : ProgressCodec.readProgress(progressNode, context);
    Node totalsNode = members.optional("wardTotals");
    WardTotals wardTotals =
        totalsNode == null ? null : ProgressCodec.readWardTotals(totalsNode, context);
    Stated stated = new Stated(councilFigures, progress, wardTotals);
    Bind.core(node, () -> stated.complete(CountProgress.empty(), WardTotals.empty()));
    return stated;
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
    if (standing.councilsWithoutPrevious() != 0) {
      generator.writeNumberProperty("councilsWithoutPrevious", standing.councilsWithoutPrevious());
    }
    if (standing.seatsWonWithoutPrevious() != 0) {
      generator.writeNumberProperty("seatsWonWithoutPrevious", standing.seatsWonWithoutPrevious());
    }
    generator.writeEndObject();
  }

  static void write(Standings standings, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeNumberProperty("councilsDeclared", standings.councilsDeclared());
    generator.writeNumberProperty("councilsExpected", standings.councilsExpected());
    if (standings.councilsWithoutPrevious() != 0) {
      generator.writeNumberProperty("councilsWithoutPrevious", standings.councilsWithoutPrevious());
    }
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
    if (standings.noOverallControlWithoutPrevious() != 0) {
      generator.writeNumberProperty(
          "councilsWithoutPrevious", standings.noOverallControlWithoutPrevious());
    }
    generator.writeEndObject();
    generator.writeName("progress");
    ProgressCodec.writeProgress(standings.progress(), generator);
    if (!standings.wardTotals().equals(WardTotals.empty())) {
      generator.writeName("wardTotals");
      ProgressCodec.writeWardTotals(standings.wardTotals(), generator);
    }
    generator.writeEndObject();
  }

  static final class PartySerializer extends StdSerializer<PartyStanding> {
    PartySerializer() {
      super(PartyStanding.class);
    }

    @Override
    public void serialize(
        PartyStanding value, JsonGenerator generator, SerializationContext context) {
      writeParty(value, generator);
    }
  }

  static final class PartyDeserializer extends Codec.NodeDeserializer<PartyStanding> {
    PartyDeserializer(ReadOptions options) {
      super(PartyStanding.class, options);
    }

    @Override
    PartyStanding read(Node node, ReadContext context) {
      return readParty(node, context);
    }
  }

  static final class Serializer extends StdSerializer<Standings> {
    Serializer() {
      super(Standings.class);
    }

    @Override
    public void serialize(Standings value, JsonGenerator generator, SerializationContext context) {
      write(value, generator);
    }
  }

  static final class Deserializer extends Codec.NodeDeserializer<Standings> {
    Deserializer(ReadOptions options) {
      super(Standings.class, options);
    }

    @Override
    Standings read(Node node, ReadContext context) {
      return StandingsCodec.read(node, context);
    }
  }
}

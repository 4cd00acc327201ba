package org.psephos.json.codec;

import org.psephos.json.PsephosJsonException;
import org.psephos.json.JsonLimits;
import org.psephos.json.PsephosJsonException.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.psephos.Party;
import org.psephos.VoteConvention;
import org.psephos.tally.CountProgress;
import org.psephos.tally.PartyWardTotals;
import org.psephos.tally.VoteFigures;
import org.psephos.tally.WardTotals;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The standings' figures beyond the declared councils. {@link CountProgress}: {@code
 * {"councilsInProgress": 1, "seatsDeclared": 1200, "seatsExpected": 4400, "controlDecidedEarly":
 * {"PP53": 1}, "noOverallControlDecidedEarly": 0}}. {@link WardTotals}: {@code {"wardsDeclared":
 * 12, "wardsExpected": 20, "parties": [...]}}, each party {@code {"party": "PP53", "seatsWon": 9,
 * "seatsDefended": 7, "gains": 3, "losses": 1, "netChange": 2, "votes": {"all-votes": {figures},
 * "top-candidate": {figures}}}}, the figures of a convention {@code {"votes": 15230, "share":
 * 41.23, "comparableVotes": 12000, "previousVotes": 11800, "shareChange": 2.45}}: {@code share}
 * (per cent) is left out when no vote has been counted, {@code shareChange} (percentage points,
 * like for like over the comparable wards) when it cannot be computed; {@code
 * seatsWonWithoutPrevious} (of the seats won, those in wards of councils with no previous result,
 * which the net change leaves out) after {@code seatsDefended}, written only when not 0. {@code
 * netChange}, {@code
 * share} and {@code shareChange} are derived figures, checked when read; shares are written with
 * two decimal places and read within 0.005 of the recomputed value.
 */
final class ProgressCodec {
  static final Set<String> PROGRESS_MEMBERS =
      Set.of("councilsInProgress", "seatsDeclared", "seatsExpected", "controlDecidedEarly",
          "noOverallControlDecidedEarly");
  static final Set<String> TOTALS_MEMBERS = Set.of("wardsDeclared", "wardsExpected", "parties");
  static final Set<String> PARTY_MEMBERS =
      Set.of("party", "seatsWon", "seatsDefended", "gains", "losses", "netChange", "votes",
          "seatsWonWithoutPrevious");
  static final Set<String> FIGURES_MEMBERS =
      Set.of("votes", "share", "comparableVotes", "previousVotes", "shareChange");

  private ProgressCodec() {}

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

  static CountProgress readProgress(Node node, ReadContext context) {
    context.election("the count's progress");
    String what = "the count's progress";
    Bind.Members members = Bind.object(node, what, PROGRESS_MEMBERS, context.options);
    int inProgress = StandingsCodec.figure(members, "councilsInProgress", what);
    int seatsDeclared = StandingsCodec.figure(members, "seatsDeclared", what);
    int seatsExpected = StandingsCodec.figure(members, "seatsExpected", what);
    Node decidedNode = members.required("controlDecidedEarly");
    Bind.requireType(decidedNode, Node.Type.OBJECT, what + ": \"controlDecidedEarly\"");
    Map<Party, Integer> decided = new LinkedHashMap<>();
    for (Map.Entry<String, Node> entry : decidedNode.members().entrySet()) {
      Party party = context.party(entry.getKey(), entry.getValue(), what + ": control decided");
      decided.put(
          party,
          (int) Bind.wholeNumber(entry.getValue(), what + ": control decided early for "
              + party.id(), -Integer.MAX_VALUE, Integer.MAX_VALUE));
    }
    int noc = StandingsCodec.figure(members, "noOverallControlDecidedEarly", what);
    return Bind.core(
        node, () -> new CountProgress(inProgress, seatsDeclared, seatsExpected, decided, noc));
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
      if (party.seatsWonWithoutPrevious() != 0) {
        generator.writeNumberProperty("seatsWonWithoutPrevious", party.seatsWonWithoutPrevious());
      }
      generator.writeNumberProperty("gains", party.gains());
      generator.writeNumberProperty("losses", party.losses());
      generator.writeNumberProperty("netChange", party.netChange());
      generator.writeName("votes");
      generator.writeStartObject();
      for (VoteConvention convention : VoteConvention.values()) {
        VoteFigures figures = party.votes(convention);
        generator.writeName(Codec.conventionName(convention));
        generator.writeStartObject();
        generator.writeNumberProperty("votes", figures.votes());
        OptionalDouble share = totals.share(party.party(), convention);
        if (share.isPresent()) {
          Codec.writePercent(generator, "share", share.getAsDouble());
        }
        generator.writeNumberProperty("comparableVotes", figures.comparableVotes());
        generator.writeNumberProperty("previousVotes", figures.previousVotes());
        OptionalDouble change = totals.shareChange(party.party(), convention);
        if (change.isPresent()) {
          Codec.writePercent(generator, "shareChange", change.getAsDouble());
        }
        generator.writeEndObject();
      }
      generator.writeEndObject();
      generator.writeEndObject();
    }
    generator.writeEndArray();
    generator.writeEndObject();
  }

  static WardTotals readWardTotals(Node node, ReadContext context) {
    context.election("ward totals");
    String what = "the ward totals";
    Bind.Members members = Bind.object(node, what, TOTALS_MEMBERS, context.options);
    int declared = StandingsCodec.figure(members, "wardsDeclared", what);
    int expected = StandingsCodec.figure(members, "wardsExpected", what);
    List<PartyWardTotals> parties = new ArrayList<>();
    List<Node> partyNodes =
        Bind.array(members.required("parties"), what + "' parties", JsonLimits.MAX_PARTIES);
    List<Map<VoteConvention, Bind.Members>> figureMembers = new ArrayList<>();
    for (Node partyNode : partyNodes) {
      Map<VoteConvention, Bind.Members> byConvention = new LinkedHashMap<>();
      parties.add(readParty(partyNode, context, byConvention));
      figureMembers.add(byConvention);
    }
    WardTotals totals = Bind.core(node, () -> WardTotals.of(declared, expected, parties));
    for (int i = 0; i < parties.size(); i++) {
      Party party = parties.get(i).party();
      for (Map.Entry<VoteConvention, Bind.Members> entry : figureMembers.get(i).entrySet()) {
        VoteConvention convention = entry.getKey();
        Bind.Members figures = entry.getValue();
        String where =
            party.label() + "'s " + Codec.conventionName(convention) + " ward figures";
        requirePercent(figures, "share", totals.share(party, convention), where, 0, 100);
        requirePercent(
            figures, "shareChange", totals.shareChange(party, convention), where, -100, 100);
      }
    }
    return totals;
  }

  /** A stated percentage: present exactly when computable, and then equal within rounding. */
  private static void requirePercent(
      Bind.Members figures, String name, OptionalDouble computed, String what, double min,
      double max) {
    Node node = figures.optional(name);
    if (node == null) {
      if (computed.isPresent()) {
        throw new PsephosJsonException(Kind.INCONSISTENT_RESULTS, what + " lack \"" + name + "\", which its figures give as "
                + Codec.percent(computed.getAsDouble()),
            figures.node().childPointer(name), figures.node().line, figures.node().column, null);
      }
      return;
    }
    if (computed.isEmpty()) {
      throw new PsephosJsonException(Kind.INCONSISTENT_RESULTS, what + " state \"" + name + "\" but its figures give none (no votes to compare)",
          node.pointer(), node.line, node.column, null);
    }
    Codec.requirePercent(node, computed.getAsDouble(), what + ": \"" + name + "\"", min, max);
  }

  private static PartyWardTotals readParty(
      Node node, ReadContext context, Map<VoteConvention, Bind.Members> figureMembers) {
    Bind.Members members =
        Bind.object(node, "a party's ward totals", PARTY_MEMBERS, context.options);
    Node partyNode = members.required("party");
    Party party =
        context.party(Bind.string(partyNode, "a ward total's \"party\""), partyNode,
            "ward totals");
    String what = party.label() + "'s ward totals";
    int won = StandingsCodec.figure(members, "seatsWon", what);
    int defended = StandingsCodec.figure(members, "seatsDefended", what);
    int gains = StandingsCodec.figure(members, "gains", what);
    int losses = StandingsCodec.figure(members, "losses", what);
    int withoutPrevious = StandingsCodec.optionalFigure(members, "seatsWonWithoutPrevious", what);
    Node votesNode = members.required("votes");
    Bind.Members byConvention =
        Bind.object(votesNode, what + ": votes", Codec.conventionNames(), context.options);
    Map<VoteConvention, VoteFigures> votes = new LinkedHashMap<>();
    for (VoteConvention convention : VoteConvention.values()) {
      String name = Codec.conventionName(convention);
      Node figuresNode = byConvention.required(name);
      Bind.Members figures =
          Bind.object(figuresNode, what + ": " + name + " votes", FIGURES_MEMBERS,
              context.options);
      long count = votes(figures, "votes", what);
      long comparable = votes(figures, "comparableVotes", what);
      long previous = votes(figures, "previousVotes", what);
      votes.put(
          convention,
          Bind.core(figuresNode, () -> new VoteFigures(count, comparable, previous)));
      figureMembers.put(convention, figures);
    }
    PartyWardTotals totals =
        Bind.core(
            node,
            () -> new PartyWardTotals(party, won, defended, gains, losses,
                java.util.Objects.requireNonNull(votes.get(VoteConvention.ALL_VOTES)),
                java.util.Objects.requireNonNull(votes.get(VoteConvention.TOP_CANDIDATE)),
                withoutPrevious));
    StandingsCodec.requireDerived(
        members, "netChange", (long) won - withoutPrevious - defended, what);
    return totals;
  }

  /** The largest vote total read: 2<sup>53</sup> - 1, exact in JSON; sums of them fit a long. */
  private static final long MAX_VOTE_TOTAL = (1L << 53) - 1;

  private static long votes(Bind.Members figures, String name, String what) {
    return Bind.wholeNumber(
        figures.required(name), what + ": \"" + name + "\"", -MAX_VOTE_TOTAL, MAX_VOTE_TOTAL);
  }

  static final class ProgressSerializer extends StdSerializer<CountProgress> {
    ProgressSerializer() {
      super(CountProgress.class);
    }

    @Override
    public void serialize(
        CountProgress value, JsonGenerator generator, SerializationContext context) {
      writeProgress(value, generator);
    }
  }

  static final class ProgressDeserializer extends Codec.NodeDeserializer<CountProgress> {
    ProgressDeserializer(ReadOptions options) {
      super(CountProgress.class, options);
    }

    @Override
    CountProgress read(Node node, ReadContext context) {
      return readProgress(node, context);
    }
  }

  static final class TotalsSerializer extends StdSerializer<WardTotals> {
    TotalsSerializer() {
      super(WardTotals.class);
    }

    @Override
    public void serialize(WardTotals value, JsonGenerator generator, SerializationContext context) {
      writeWardTotals(value, generator);
    }
  }

  static final class TotalsDeserializer extends Codec.NodeDeserializer<WardTotals> {
    TotalsDeserializer(ReadOptions options) {
      super(WardTotals.class, options);
    }

    @Override
    WardTotals read(Node node, ReadContext context) {
      return readWardTotals(node, context);
    }
  }
}

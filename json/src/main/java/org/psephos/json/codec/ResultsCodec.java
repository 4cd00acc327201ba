package org.psephos.json.codec;

import org.psephos.json.PsephosJsonException;
import org.psephos.json.JsonLimits;
import org.psephos.json.DocumentKind;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.Results;
import org.psephos.json.PsephosJsonException.Kind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Control;
import org.psephos.ControlOutcome;
import org.psephos.ControlRule;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.DataSubject;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.SeatBaseline;
import org.psephos.UnknownIdException;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.CouncilProgress;
import org.psephos.tally.CouncilResult;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.PartyWardTotals;
import org.psephos.tally.Standings;
import org.psephos.tally.Tally;
import org.psephos.ward.WardResult;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The results document ({@code "psephos.results/1"}) as {@link Results} and as {@link Tally} (over
 * all councils), and a {@link CouncilResult} as one of its outcomes. Reading rebuilds the tally
 * through core from the outcomes' declarations, or from their wards for councils declared ward by
 * ward, and from the wards of the councils in progress ({@code "inProgress"}), and checks every
 * derived figure of the document against it.
 */
final class ResultsCodec {
  static final Set<String> MEMBERS =
      Set.of("format", "election", "parties", "baseline", "controlRule", "filter", "standings",
          "outcomes", "inProgress");
  static final Set<String> PARTY_MEMBERS = Set.of("id", "name", "shortName", "colour");
  static final Set<String> FILTER_MEMBERS = Set.of("description", "region", "type", "councils");
  static final Set<String> OUTCOME_MEMBERS =
      Set.of("council", "outcome", "controlBefore", "controlAfter", "description", "majority",
          "seatsWon", "stillToFill", "defendedStillToFill", "seatChanges", "compositionAfter",
          "wards");
  static final Set<String> IN_PROGRESS_MEMBERS =
      Set.of("council", "wardsDeclared", "wardsExpected", "seatsDeclared", "seatsWon",
          "controlDecided", "control", "wards");

  private ResultsCodec() {}

  static String kindName(ControlOutcome.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static void write(Results results, JsonGenerator generator) {
    Tally tally = results.tally();
    generator.writeStartObject();
    generator.writeStringProperty("format", DocumentKind.RESULTS.format());
    generator.writeStringProperty("election", tally.election().id());
    writeParties(tally.election(), results.colours(), generator);
    generator.writeStringProperty("baseline", RuleCodec.baselineName(tally.baseline()));
    generator.writeName("controlRule");
    RuleCodec.writeRule(tally.controlRule(), generator);
    generator.writeName("filter");
    writeFilter(results.filter(), tally.election(), generator);
    generator.writeName("standings");
    StandingsCodec.write(results.standings(), generator);
    generator.writeName("outcomes");
    generator.writeStartArray();
    for (CouncilResult result : results.outcomes()) {
      CouncilProgress progress = tally.progress(result.council());
      writeOutcome(result, progress.isWholeDeclaration() ? null : progress, generator);
    }
    generator.writeEndArray();
    List<CouncilProgress> inProgress = results.councilsInProgress();
    if (!inProgress.isEmpty()) {
      generator.writeName("inProgress");
      generator.writeStartArray();
      for (CouncilProgress progress : inProgress) {
        writeInProgress(progress, generator);
      }
      generator.writeEndArray();
    }
    generator.writeEndObject();
  }

  /** Every party of the election, so that a front end can name and colour them. */
  private static void writeParties(
      Election election, Map<String, String> colours, JsonGenerator generator) {
    generator.writeName("parties");
    generator.writeStartArray();
    for (Party party : election.parties()) {
      generator.writeStartObject();
      generator.writeStringProperty("id", party.id());
      generator.writeStringProperty("name", party.name());
      generator.writeStringProperty("shortName", party.shortName());
      String colour = colours.get(party.id());
      if (colour != null) {
        generator.writeStringProperty("colour", colour);
      }
      generator.writeEndObject();
    }
    generator.writeEndArray();
  }

  /**
   * Reads the parties a results document names (optional: documents written before it was added
   * read unchanged): every party of the election, in its order, with its name and short name,
   * and any display colours.
   */
  private static Map<String, String> readParties(
      @Nullable Node node, Election election, ReadContext context) {
    if (node == null) {
      return Map.of();
    }
    List<Party> parties = election.parties();
    List<Node> elements = Bind.array(node, "the parties", parties.size());
    Map<String, String> colours = new LinkedHashMap<>();
    for (int i = 0; i < elements.size(); i++) {
      Node element = elements.get(i);
      Bind.Members members =
          Bind.object(element, "a party of the results", PARTY_MEMBERS, context.options);
      Node idNode = members.required("id");
      String id = Bind.id(idNode, "a party's id");
      Party party = parties.get(i);
      if (!id.equals(party.id())) {
        throw new PsephosJsonException(Kind.INCONSISTENT_RESULTS, "party " + (i + 1)
            + " of the results is " + id + " but the election's party " + (i + 1) + " is "
            + party.id() + ": the results list every party of the election, in its order",
            idNode.pointer(), idNode.line, idNode.column, null);
      }
      checkName(members.required("name"), "name", party.name(), party);
      checkName(members.required("shortName"), "shortName", party.shortName(), party);
      Node colourNode = members.optional("colour");
      if (colourNode != null) {
        String colour = Bind.string(colourNode, "a party's colour");
        try {
          colours.put(id, ElectionDefinition.requireColour(colour));
        } catch (IllegalArgumentException e) {
          throw Bind.invalid(colourNode, String.valueOf(e.getMessage()), e);
        }
      }
    }
    if (elements.size() < parties.size()) {
      throw new PsephosJsonException(Kind.INCONSISTENT_RESULTS, "the results list "
          + elements.size() + " parties but election " + election.id() + " has "
          + parties.size() + ": " + parties.get(elements.size()).id() + " is missing",
          node.pointer(), node.line, node.column, null);
    }
    return colours;
  }

  private static void checkName(Node node, String member, String expected, Party party) {
    String stated = Bind.string(node, "a party's " + member);
    if (!stated.equals(expected)) {
      throw new PsephosJsonException(Kind.INCONSISTENT_RESULTS, "party " + party.id() + "'s "
          + member + " is stated as \"" + stated + "\" but the election's is \"" + expected
          + "\"", node.pointer(), node.line, node.column, null);
    }
  }

  static void writeInProgress(CouncilProgress progress, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeStringProperty("council", progress.council().id());
    generator.writeNumberProperty("wardsDeclared", progress.wardsDeclared());
    generator.writeNumberProperty("wardsExpected", progress.wardsExpected());
    generator.writeNumberProperty("seatsDeclared", progress.seatsDeclared());
    generator.writeName("seatsWon");
    Codec.writeSeatMap(generator, progress.seatsWon());
    generator.writeBooleanProperty("controlDecided", progress.isControlDecided());
    Optional<Control> decided = progress.decidedControl();
    if (decided.isPresent()) {
      writeController(generator, "control", decided.get().party());
    }
    writeWards(progress, generator);
    generator.writeEndObject();
  }

  private static void writeWards(CouncilProgress progress, JsonGenerator generator) {
    generator.writeName("wards");
    generator.writeStartArray();
    for (WardResult ward : progress.wardResults()) {
      generator.writeStartObject();
      WardResultCodec.writeBody(ward, true, null, generator);
      generator.writeEndObject();
    }
    generator.writeEndArray();
  }

  static void writeFilter(CouncilFilter filter, Election election, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeStringProperty("description", filter.description());
    if (!filter.isAll()) {
      CouncilType type = typeOf(filter);
      if (filter.equals(CouncilFilter.region(filter.description()))) {
        generator.writeStringProperty("region", filter.description());
      } else if (type != null) {
        generator.writeStringProperty("type", CouncilCodec.typeName(type));
      } else {
        generator.writeName("councils");
        generator.writeStartArray();
        for (Council council : election.councils()) {
          if (filter.test(council)) {
            generator.writeString(council.id());
          }
        }
        generator.writeEndArray();
      }
    }
    generator.writeEndObject();
  }

  private static @Nullable CouncilType typeOf(CouncilFilter filter) {
    for (CouncilType type : CouncilType.values()) {
      if (filter.equals(CouncilFilter.type(type))) {
        return type;
      }
    }
    return null;
  }

  /**
   * Writes an outcome; with the progress of a council declared ward by ward, also its wards.
   */
  static void writeOutcome(
      CouncilResult result, @Nullable CouncilProgress wards, JsonGenerator generator) {
    ControlOutcome outcome = result.outcome();
    Declaration declaration = result.declaration();
    generator.writeStartObject();
    generator.writeStringProperty("council", result.council().id());
    generator.writeStringProperty("outcome", kindName(outcome.kind()));
    if (result.controlBefore().isPresent()) {
      // left out for a council with no previous result
      writeController(generator, "controlBefore", result.controlBefore().get().party());
    }
    writeController(generator, "controlAfter", result.controlAfter().party());
    generator.writeStringProperty("description", outcome.describe());
    generator.writeNumberProperty("majority", result.controlAfter().majority());
    generator.writeName("seatsWon");
    Codec.writeSeatMap(generator, declaration.seatsWon());
    if (declaration.stillToFill() > 0) {
      generator.writeNumberProperty("stillToFill", declaration.stillToFill());
    }
    if (!declaration.defendedStillToFill().isEmpty()) {
      generator.writeName("defendedStillToFill");
      Codec.writeSeatMap(generator, declaration.defendedStillToFill());
    }
    generator.writeName("seatChanges");
    Codec.writePartyNumbers(generator, result.seatChanges());
    generator.writeName("compositionAfter");
    CompositionCodec.write(result.compositionAfter(), generator);
    if (wards != null) {
      writeWards(wards, generator);
    }
    generator.writeEndObject();
  }

  private static void writeController(JsonGenerator generator, String name, Optional<Party> party) {
    if (party.isPresent()) {
      generator.writeStringProperty(name, party.get().id());
    } else {
      generator.writeNullProperty(name);
    }
  }

  static Results read(Node root, ReadContext context) {
    Bind.checkFormat(DocumentKind.RESULTS, root);
    Bind.Members members = Bind.object(root, "a results document", MEMBERS, context.options);
    Election election = context.election("a results document");
    DeclarationCodec.requireElection(members.required("election"), election);
    Map<String, String> colours = readParties(members.optional("parties"), election, context);
    SeatBaseline baseline = RuleCodec.readBaseline(members.required("baseline"));
    ControlRule rule = RuleCodec.readRule(members.required("controlRule"), context);
    CouncilFilter filter = readFilter(members.required("filter"), election, context);
    Tally tally = Tally.of(election, baseline, rule);
    for (Node outcomeNode :
        Bind.array(members.required("outcomes"), "the outcomes", JsonLimits.MAX_COUNCILS)) {
      tally = readOutcome(outcomeNode, tally, filter, context);
    }
    Node inProgressNode = members.optional("inProgress");
    if (inProgressNode != null) {
      for (Node councilNode :
          Bind.array(inProgressNode, "the councils in progress", JsonLimits.MAX_COUNCILS)) {
        tally = readInProgress(councilNode, tally, filter, context);
      }
    }
    Results results = new Results(tally, filter, colours);
    Node standingsNode = members.required("standings");
    StandingsCodec.Stated stated = StandingsCodec.readStated(standingsNode, context);
    Standings computed = results.standings();
    Standings statedInFull =
        Bind.core(
            standingsNode, () -> stated.complete(computed.progress(), computed.wardTotals()));
    if (!statedInFull.equals(computed)) {
      throw inconsistentStandings(standingsNode, statedInFull, computed);
    }
    return results;
  }

  private static PsephosJsonException inconsistentStandings(
      Node standingsNode, Standings stated, Standings computed) {
    Node at = standingsNode;
    String reason =
        "the standings do not match the outcomes: they say " + stated + " but the outcomes give "
            + computed;
    List<PartyStanding> mine = stated.parties();
    List<PartyStanding> theirs = computed.parties();
    Node partiesNode = standingsNode.members().get("parties");
    if (partiesNode != null && mine.size() == theirs.size()) {
      for (int i = 0; i < mine.size(); i++) {
        if (!mine.get(i).equals(theirs.get(i))) {
          at = partiesNode.elements().get(i);
          reason =
              "the standing of " + mine.get(i).party().label() + " does not match the outcomes: "
                  + "it says " + mine.get(i) + " but the outcomes give " + theirs.get(i);
          break;
        }
      }
    }
    if (at == standingsNode && !stated.progress().equals(computed.progress())) {
      Node progressNode = standingsNode.members().getOrDefault("progress", standingsNode);
      at = progressNode;
      reason = "the count's progress does not match the outcomes and councils in progress: it says "
          + stated.progress() + " but they give " + computed.progress();
    } else if (at == standingsNode && !stated.wardTotals().equals(computed.wardTotals())) {
      Node totalsNode = standingsNode.members().getOrDefault("wardTotals", standingsNode);
      at = totalsNode;
      reason = "the ward totals do not match the wards listed: they say " + stated.wardTotals()
          + " but the wards give " + computed.wardTotals();
      List<PartyWardTotals> statedParties = stated.wardTotals().parties();
      List<PartyWardTotals> computedParties = computed.wardTotals().parties();
      Node totalPartiesNode = totalsNode.members().get("parties");
      if (totalPartiesNode != null && statedParties.size() == computedParties.size()
          && stated.wardTotals().wardsDeclared() == computed.wardTotals().wardsDeclared()
          && stated.wardTotals().wardsExpected() == computed.wardTotals().wardsExpected()) {
        for (int i = 0; i < statedParties.size(); i++) {
          if (!statedParties.get(i).equals(computedParties.get(i))) {
            at = totalPartiesNode.elements().get(i);
            reason = "the ward totals of " + statedParties.get(i).party().label()
                + " do not match the wards listed: they say " + statedParties.get(i)
                + " but the wards give " + computedParties.get(i);
            break;
          }
        }
      }
    }
    return new PsephosJsonException(Kind.INCONSISTENT_RESULTS, reason, at.pointer(), at.line, at.column, null);
  }

  static CouncilFilter readFilter(Node node, Election election, ReadContext context) {
    Bind.Members members = Bind.object(node, "the filter", FILTER_MEMBERS, context.options);
    Node descriptionNode = members.required("description");
    String description = Bind.string(descriptionNode, "the filter's \"description\"");
    Node region = members.optional("region");
    Node type = members.optional("type");
    Node councils = members.optional("councils");
    int kinds = (region == null ? 0 : 1) + (type == null ? 0 : 1) + (councils == null ? 0 : 1);
    if (kinds > 1) {
      throw Bind.invalid(
          node, "a filter has at most one of \"region\", \"type\" and \"councils\"", null);
    }
    CouncilFilter filter;
    if (region != null) {
      filter = CouncilFilter.region(Bind.string(region, "the filter's \"region\""));
    } else if (type != null) {
      filter = CouncilFilter.type(CouncilCodec.readType(type));
    } else if (councils != null) {
      Set<String> ids = new LinkedHashSet<>();
      for (Node idNode :
          Bind.array(councils, "the filter's \"councils\"", JsonLimits.MAX_COUNCILS)) {
        String id = Bind.string(idNode, "a council id of the filter");
        if (election.contest(id).isEmpty()) {
          String reason = "the filter names council \"" + id + "\", which is not part of election "
              + election.id();
          throw new PsephosJsonException(Kind.UNKNOWN_REFERENCE, reason, idNode.pointer(), idNode.line, idNode.column,
              new UnknownIdException(
                  UnknownIdException.Kind.COUNCIL, id, reason, DataSubject.none().withCouncil(id)));
        }
        ids.add(id);
      }
      Set<String> selected = Set.copyOf(ids);
      return CouncilFilter.matching(description, council -> selected.contains(council.id()));
    } else {
      filter = CouncilFilter.all();
    }
    if (!filter.description().equals(description)) {
      throw new PsephosJsonException(Kind.INCONSISTENT_RESULTS, "the filter's description is \"" + description + "\" but the filter it names is"
              + " described as \"" + filter.description() + "\"",
          descriptionNode.pointer(), descriptionNode.line, descriptionNode.column, null);
    }
    return filter;
  }

  static Tally readOutcome(Node node, Tally tally, CouncilFilter filter, ReadContext context) {
    Bind.Members members = Bind.object(node, "an outcome", OUTCOME_MEMBERS, context.options);
    Declaration declaration = DeclarationCodec.readBody(node, members, context);
    Council council = declaration.council();
    Node councilNode = members.required("council");
    if (!filter.test(council)) {
      throw inconsistent(
          councilNode, council.label() + " is listed but the filter \"" + filter.description()
              + "\" does not select it");
    }
    if (tally.isDeclared(council)) {
      throw inconsistent(councilNode, council.label() + " is listed twice");
    }
    Node wardsNode = members.optional("wards");
    Tally next;
    if (wardsNode == null) {
      next = Bind.core(node, () -> tally.apply(declaration));
    } else {
      Contest contest = tally.election().requireContest(council);
      next = applyWards(wardsNode, tally, contest, context);
      if (!next.isDeclared(council)) {
        throw inconsistent(
            wardsNode, council.label() + ": the outcome lists "
                + next.progress(council).describe() + "; a council declared ward by ward lists"
                + " all its wards (" + contest.wards().size() + ")");
      }
      Declaration summed = next.declaration(council).orElseThrow();
      if (!summed.equals(declaration)) {
        throw inconsistent(
            members.required("seatsWon"), council.label() + ": the declaration is stated as "
                + declaration + " but its wards give " + summed);
      }
    }
    CouncilResult result = next.result(council).orElseThrow();
    ControlOutcome outcome = result.outcome();
    String label = council.label();
    requireEqual(members.required("outcome"), Bind.string(members.required("outcome"),
        label + ": \"outcome\""), kindName(outcome.kind()), label + ": the outcome");
    if (result.controlBefore().isPresent()) {
      requireController(members.required("controlBefore"), result.controlBefore().get().party(),
          label + ": control before", context);
    } else {
      Node before = members.optional("controlBefore");
      if (before != null) {
        throw inconsistent(
            before, label + ": has no previous result, so no control before");
      }
    }
    requireController(members.required("controlAfter"), result.controlAfter().party(),
        label + ": control after", context);
    requireEqual(members.required("description"), Bind.string(members.required("description"),
        label + ": \"description\""), outcome.describe(), label + ": the description");
    Node majorityNode = members.required("majority");
    long majority = Bind.wholeNumber(majorityNode, label + ": \"majority\"", 0, Integer.MAX_VALUE);
    requireEqual(majorityNode, majority, (long) result.controlAfter().majority(),
        label + ": the majority");
    Node changesNode = members.required("seatChanges");
    Bind.requireType(changesNode, Node.Type.OBJECT, label + ": \"seatChanges\"");
    Map<String, Long> statedChanges = new HashMap<>();
    for (Map.Entry<String, Node> change : changesNode.members().entrySet()) {
      Party party = context.party(change.getKey(), change.getValue(), label + ": seat changes");
      statedChanges.put(party.id(), Bind.wholeNumber(change.getValue(),
          label + ": the seat change of " + party.id(), -JsonLimits.MAX_SEATS,
          JsonLimits.MAX_SEATS));
    }
    Map<String, Long> changes = new HashMap<>();
    result.seatChanges().forEach((party, n) -> changes.put(party.id(), (long) n));
    requireEqual(changesNode, statedChanges, changes, label + ": the seat changes", "are");
    Node afterNode = members.required("compositionAfter");
    Composition after = CompositionCodec.read(afterNode, label + ": the composition after",
        context);
    requireEqual(afterNode, after, result.compositionAfter(), label + ": the composition after");
    return next;
  }

  /** Applies the ward results of a council's {@code "wards"} array, each ward at most once. */
  static Tally applyWards(Node wardsNode, Tally tally, Contest contest, ReadContext context) {
    String label = contest.council().label();
    Set<String> seen = new HashSet<>();
    Tally current = tally;
    for (Node wardNode : Bind.array(wardsNode, label + ": the wards", JsonLimits.MAX_SEATS)) {
      Bind.Members members =
          Bind.object(wardNode, label + ": a ward's result", WardResultCodec.BODY_MEMBERS,
              context.options);
      WardResult result = WardResultCodec.readBody(wardNode, members, contest, context, true);
      if (!seen.add(result.wardId())) {
        throw inconsistent(
            members.required("ward"), label + ": ward " + result.wardId() + " is listed twice");
      }
      Tally before = current;
      current = Bind.core(wardNode, () -> before.apply(result));
    }
    return current;
  }

  static Tally readInProgress(Node node, Tally tally, CouncilFilter filter, ReadContext context) {
    Bind.Members members =
        Bind.object(node, "a council in progress", IN_PROGRESS_MEMBERS, context.options);
    Node councilNode = members.required("council");
    Contest contest =
        DeclarationCodec.contest(councilNode, tally.election(),
            "a council in progress's \"council\"");
    Council council = contest.council();
    String label = council.label();
    if (!filter.test(council)) {
      throw inconsistent(
          councilNode, label + " is listed but the filter \"" + filter.description()
              + "\" does not select it");
    }
    if (tally.isDeclared(council) || tally.progress(council).wardsDeclared() > 0) {
      throw inconsistent(councilNode, label + " is listed twice");
    }
    Node wardsNode = members.required("wards");
    Tally next = applyWards(wardsNode, tally, contest, context);
    CouncilProgress progress = next.progress(council);
    if (!progress.isInProgress()) {
      throw inconsistent(
          wardsNode, label + ": listed as in progress, but "
              + (progress.isDeclared()
                  ? "its wards listed are all its wards: it is declared, and belongs among the"
                      + " outcomes"
                  : "no ward is listed"));
    }
    requireFigure(members, "wardsDeclared", progress.wardsDeclared(), label);
    requireFigure(members, "wardsExpected", progress.wardsExpected(), label);
    requireFigure(members, "seatsDeclared", progress.seatsDeclared(), label);
    Node wonNode = members.required("seatsWon");
    Map<Party, Integer> won = Codec.readSeatMap(wonNode, label + ": seats won so far", context);
    Composition stated = Bind.core(Codec.blameNegative(wonNode), () -> Composition.of(won));
    requireEqual(wonNode, stated, progress.seatsWon(), label + ": the seats won so far", "are");
    Node decidedNode = members.required("controlDecided");
    boolean decided = Bind.bool(decidedNode, label + ": \"controlDecided\"");
    requireEqual(decidedNode, decided, progress.isControlDecided(),
        label + ": whether control is decided");
    Node controlNode = members.optional("control");
    Optional<Control> control = progress.decidedControl();
    if (control.isPresent()) {
      if (controlNode == null) {
        throw new PsephosJsonException(Kind.MISSING_FIELD, label + ": control is decided, so the council states it in \"control\" (a party id,"
                + " or null for no overall control)",
            node.childPointer("control"), node.line, node.column, null);
      }
      requireController(controlNode, control.get().party(), label + ": the decided control",
          context);
    } else if (controlNode != null) {
      throw inconsistent(
          controlNode, label + ": control is undecided, yet \"control\" states one");
    }
    return next;
  }

  private static void requireFigure(Bind.Members members, String name, int computed, String label) {
    Node node = members.required(name);
    long stated = Bind.wholeNumber(node, label + ": \"" + name + "\"", 0, Integer.MAX_VALUE);
    requireEqual(node, stated, (long) computed, label + ": " + name);
  }

  private static void requireController(
      Node node, Optional<Party> computed, String what, ReadContext context) {
    Optional<Party> stated =
        node.type == Node.Type.NULL
            ? Optional.empty()
            : Optional.of(context.party(Bind.string(node, what), node, what));
    requireEqual(
        node,
        stated.map(Party::id).orElse("no overall control"),
        computed.map(Party::id).orElse("no overall control"),
        what);
  }

  private static void requireEqual(Node node, Object stated, Object computed, String what) {
    requireEqual(node, stated, computed, what, "is");
  }

  private static void requireEqual(
      Node node, Object stated, Object computed, String what, String verb) {
    if (!Objects.equals(stated, computed)) {
      throw inconsistent(
          node,
          what + " " + verb + " stated as " + stated + " but the declaration gives " + computed);
    }
  }

  private static PsephosJsonException inconsistent(Node node, String reason) {
    return new PsephosJsonException(Kind.INCONSISTENT_RESULTS, reason, node.pointer(), node.line, node.column, null);
  }

  static final class Serializer extends StdSerializer<Results> {
    Serializer() {
      super(Results.class);
    }

    @Override
    public void serialize(Results value, JsonGenerator generator, SerializationContext context) {
      write(value, generator);
    }
  }

  static final class Deserializer extends Codec.NodeDeserializer<Results> {
    Deserializer(ReadOptions options) {
      super(Results.class, options);
    }

    @Override
    Results read(Node node, ReadContext context) {
      return ResultsCodec.read(node, context);
    }
  }

  static final class TallySerializer extends StdSerializer<Tally> {
    TallySerializer() {
      super(Tally.class);
    }

    @Override
    public void serialize(Tally value, JsonGenerator generator, SerializationContext context) {
      write(Results.of(value), generator);
    }
  }

  static final class TallyDeserializer extends Codec.NodeDeserializer<Tally> {
    TallyDeserializer(ReadOptions options) {
      super(Tally.class, options);
    }

    @Override
    Tally read(Node node, ReadContext context) {
      return ResultsCodec.read(node, context).tally();
    }
  }

  static final class OutcomeSerializer extends StdSerializer<CouncilResult> {
    OutcomeSerializer() {
      super(CouncilResult.class);
    }

    @Override
    public void serialize(
        CouncilResult value, JsonGenerator generator, SerializationContext context) {
      writeOutcome(value, null, generator);
    }
  }
}

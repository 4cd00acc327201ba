package org.psephos.json.codec;

import static java.util.Objects.requireNonNull;

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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Control;
import org.psephos.ControlOutcome;
import org.psephos.ControlRule;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.SeatBaseline;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.CouncilProgress;
import org.psephos.tally.CouncilResult;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.Standings;
import org.psephos.tally.Tally;
import org.psephos.tally.WardTotals;
import org.psephos.ward.WardResult;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * The results document ({@code "psephos.results/1"}) as {@link Results} and as {@link Tally} (over
 * all councils), and a {@link CouncilResult} as one of its outcomes. Reading rebuilds the tally
 * through core from the outcomes' declarations, or from their wards for councils declared ward by
 * ward, and from the wards of the councils in progress ({@code "inProgress"}), and checks every
 * derived figure of the document against it. A tally's two choices: the {@link SeatBaseline} as
 * {@code "last-fought"} or {@code "pre-election"}, and the {@link ControlRule} as {@code
 * {"anyParty": false, "overrides": {"E06000046": {"ynmp-party:2": true}}}} (overrides by council id
 * then party id, written only when there are some).
 */
final class ResultsCodec {
  static final Set<String> MEMBERS =
      Set.of("format", "election", "parties", "baseline", "controlRule", "filter", "standings",
          "outcomes", "inProgress");
  static final Set<String> PARTY_MEMBERS = Set.of("id", "name", "shortName", "colour");
  static final Set<String> FILTER_MEMBERS = Set.of("description", "region", "type", "councils");
  static final Set<String> OUTCOME_MEMBERS =
      Set.of("council", "outcome", "controlBefore", "controlAfter", "description", "majority",
          "seatsWon", "stillToFill", "defendedStillToFill", "heldStillToFill", "seatChanges",
          "compositionAfter", "wards");
  static final Set<String> RULE_MEMBERS = Set.of("anyParty", "overrides");
  static final Set<String> IN_PROGRESS_MEMBERS =
      Set.of("council", "wardsDeclared", "wardsExpected", "seatsDeclared", "seatsWon",
          "controlDecided", "control", "wards");

  private ResultsCodec() {}

  /** Reads a baseline at the current token. */
  static SeatBaseline readBaseline(Tokens in) {
    String text = in.string("the baseline");
    for (SeatBaseline baseline : SeatBaseline.values()) {
      if (Codec.name(baseline).equals(text)) {
        return baseline;
      }
    }
    throw in.fail(Kind.INVALID_VALUE,
        "baseline \"" + text + "\" is not \"last-fought\" or \"pre-election\"", null);
  }

  /** Reads a control rule at the current token; overrides apply once "anyParty" is known. */
  static ControlRule readRule(Tokens in) {
    Election election = in.context.election("a control rule");
    Tokens.Members members = in.object(() -> "the control rule", RULE_MEMBERS);
    Boolean anyParty = null;
    Map<Council, Map<Party, Boolean>> overrides = new LinkedHashMap<>();
    for (String name = members.next(); name != null; name = members.next()) {
      if (name.equals("anyParty")) {
        anyParty = in.bool("the rule's \"anyParty\"");
        continue;
      }
      Tokens.Members byCouncil = in.object(() -> "the rule's \"overrides\"", null);
      for (String councilId = byCouncil.next(); councilId != null; councilId = byCouncil.next()) {
        Council council =
            DeclarationCodec.contest(in, election, councilId, "the control rule").council();
        Map<Party, Boolean> parties = new LinkedHashMap<>();
        overrides.put(council, parties);
        Tokens.Members byParty = in.object(() -> "the overrides of " + council.label(), null);
        for (String partyId = byParty.next(); partyId != null; partyId = byParty.next()) {
          Party party = in.context.party(partyId, in, () -> "the control rule");
          parties.put(party,
              in.bool("the override of " + party.label() + " in " + council.label()));
        }
      }
    }
    ControlRule rule = members.required(anyParty, "anyParty")
        ? ControlRule.anyParty() : ControlRule.cohesiveOnly();
    for (Map.Entry<Council, Map<Party, Boolean>> council : overrides.entrySet()) {
      for (Map.Entry<Party, Boolean> party : council.getValue().entrySet()) {
        rule = party.getValue()
            ? rule.withCohesiveIn(council.getKey(), party.getKey())
            : rule.withNonCohesiveIn(council.getKey(), party.getKey());
      }
    }
    return rule;
  }

  static void writeRule(ControlRule rule, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeBooleanProperty("anyParty", rule.allowsAnyParty());
    if (!rule.overrides().isEmpty()) {
      generator.writeName("overrides");
      generator.writeStartObject();
      for (Map.Entry<String, Map<String, Boolean>> council : rule.overrides().entrySet()) {
        generator.writeName(council.getKey());
        generator.writeStartObject();
        for (Map.Entry<String, Boolean> party : council.getValue().entrySet()) {
          generator.writeBooleanProperty(party.getKey(), party.getValue());
        }
        generator.writeEndObject();
      }
      generator.writeEndObject();
    }
    generator.writeEndObject();
  }

  static void write(Results results, JsonGenerator generator) {
    Tally tally = results.tally();
    generator.writeStartObject();
    generator.writeStringProperty("format", DocumentKind.RESULTS.format());
    generator.writeStringProperty("election", tally.election().id());
    writeParties(tally.election(), results.colours(), generator);
    generator.writeStringProperty("baseline", Codec.name(tally.baseline()));
    generator.writeName("controlRule");
    writeRule(tally.controlRule(), generator);
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
   * Reads the parties a results document names at the current token (optional: documents written
   * before it was added read unchanged): every party of the election, in its order, with its name
   * and short name, and any display colours.
   */
  private static Map<String, String> readParties(Tokens in, Election election) {
    List<Party> parties = election.parties();
    Tokens.Elements elements = in.array(() -> "the parties", parties.size());
    Where at = in.place();
    Map<String, String> colours = new LinkedHashMap<>();
    int count = 0;
    while (elements.next()) {
      Party party = parties.get(count++);
      Tokens.Members members = in.object(() -> "a party of the results", PARTY_MEMBERS);
      for (String member = members.next(); member != null; member = members.next()) {
        switch (member) {
          case "id" -> {
            String stated = in.id(() -> "a party's id");
            if (!stated.equals(party.id())) {
              throw inconsistent(in, "party " + count + " of the results is " + stated
                  + " but the election's party " + count + " is " + party.id()
                  + ": the results list every party of the election, in its order");
            }
          }
          case "name" -> checkName(in, "name", party.name(), party);
          case "shortName" -> checkName(in, "shortName", party.shortName(), party);
          default -> {
            String colour = in.string("a party's colour");
            try {
              colours.put(party.id(), ElectionDefinition.requireColour(colour));
            } catch (IllegalArgumentException e) {
              throw in.fail(Kind.INVALID_VALUE, String.valueOf(e.getMessage()), e);
            }
          }
        }
      }
      members.require("id", "name", "shortName");
    }
    if (count < parties.size()) {
      throw inconsistent(at, "the results list " + count + " parties but election "
          + election.id() + " has " + parties.size() + ": " + parties.get(count).id()
          + " is missing");
    }
    return colours;
  }

  private static void checkName(Tokens in, String member, String expected, Party party) {
    String stated = in.string("a party's " + member);
    if (!stated.equals(expected)) {
      throw inconsistent(in, "party " + party.id() + "'s " + member + " is stated as \""
          + stated + "\" but the election's is \"" + expected + "\"");
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
        generator.writeStringProperty("type", Codec.name(type));
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
    generator.writeStringProperty("outcome", Codec.name(outcome.kind()));
    if (result.controlBefore().isPresent()) {
      // left out for a council with no previous result
      writeController(generator, "controlBefore", result.controlBefore().get().party());
    }
    writeController(generator, "controlAfter", result.controlAfter().party());
    generator.writeStringProperty("description", outcome.describe());
    generator.writeNumberProperty("majority", result.controlAfter().majority());
    DeclarationCodec.writeSeats(declaration, generator);
    generator.writeName("seatChanges");
    Codec.writePartyNumbers(generator, result.seatChanges());
    generator.writeName("compositionAfter");
    Codec.writeComposition(result.compositionAfter(), generator);
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

  /**
   * Reads a results document at the current token. The outcomes and councils in progress are
   * applied to a tally as they come, so the baseline, control rule and filter come before them.
   */
  static Results read(Tokens in) {
    Election election = in.context.election("a results document");
    var head = new WardLineCodec.LineHead(
        in, election, DocumentKind.RESULTS, "a results document", true, MEMBERS);
    Tokens.Members members = head.members;
    Map<String, String> colours = Map.of();
    SeatBaseline baseline = null;
    ControlRule rule = null;
    CouncilFilter filter = null;
    Tally tally = null;
    StandingsCodec.Stated standings = null;
    for (String name = members.next(); name != null; name = members.next()) {
      if (head.read(name, in)) {
        continue;
      }
      switch (name) {
        case "parties" -> colours = readParties(in, election);
        case "baseline" -> baseline = readBaseline(in);
        case "controlRule" -> rule = readRule(in);
        case "filter" -> filter = readFilter(in, election);
        case "standings" -> standings = StandingsCodec.readStated(in);
        default -> {
          if (tally == null) {
            tally = Tally.of(election, members.required(baseline, "baseline"),
                members.required(rule, "controlRule"));
          }
          CouncilFilter selected = members.required(filter, "filter");
          boolean inProgress = name.equals("inProgress");
          Tokens.Elements elements = in.array(
              () -> inProgress ? "the councils in progress" : "the outcomes",
              JsonLimits.MAX_COUNCILS);
          while (elements.next()) {
            tally = inProgress ? readInProgress(in, tally, selected)
                : readOutcome(in, tally, selected);
          }
        }
      }
    }
    head.requireDocument(in);
    SeatBaseline chosenBaseline = members.required(baseline, "baseline");
    ControlRule chosenRule = members.required(rule, "controlRule");
    CouncilFilter chosenFilter = members.required(filter, "filter");
    members.require("outcomes");
    Tally read = tally == null ? Tally.of(election, chosenBaseline, chosenRule) : tally;
    Results results = new Results(read, chosenFilter, colours);
    StandingsCodec.Stated stated = members.required(standings, "standings");
    Standings computed = results.standings();
    Standings statedInFull =
        stated.at().core(() -> stated.complete(computed.progress(), computed.wardTotals()));
    if (!statedInFull.equals(computed)) {
      throw inconsistentStandings(stated, statedInFull, computed);
    }
    return results;
  }

  private static PsephosJsonException inconsistentStandings(
      StandingsCodec.Stated read, Standings stated, Standings computed) {
    int party = firstDifference(stated.parties(), computed.parties());
    if (party >= 0) {
      PartyStanding mine = stated.parties().get(party);
      return inconsistent(read.partiesAt().get(party), "the standing of " + mine.party().label()
          + " does not match the outcomes: it says " + mine + " but the outcomes give "
          + computed.parties().get(party));
    }
    if (!stated.progress().equals(computed.progress())) {
      Where progressAt = read.progressAt();
      return inconsistent(progressAt == null ? read.at() : progressAt, "the count's progress does"
          + " not match the outcomes and councils in progress: it says " + stated.progress()
          + " but they give " + computed.progress());
    }
    StandingsCodec.TotalsRead totals = read.totalsRead();
    WardTotals mine = stated.wardTotals();
    WardTotals theirs = computed.wardTotals();
    if (totals == null || mine.equals(theirs)) {
      return inconsistent(read.at(), "the standings do not match the outcomes: they say "
          + stated + " but the outcomes give " + computed);
    }
    int line = mine.wardsDeclared() == theirs.wardsDeclared()
        && mine.wardsExpected() == theirs.wardsExpected()
        ? firstDifference(mine.parties(), theirs.parties()) : -1;
    if (line >= 0) {
      return inconsistent(totals.partiesAt().get(line), "the ward totals of "
          + mine.parties().get(line).party().label() + " do not match the wards listed: they say "
          + mine.parties().get(line) + " but the wards give " + theirs.parties().get(line));
    }
    return inconsistent(totals.at(), "the ward totals do not match the wards listed: they say "
        + mine + " but the wards give " + theirs);
  }

  /** The first index at which two lists of the same size differ; -1 if none or sizes differ. */
  private static int firstDifference(List<?> stated, List<?> computed) {
    if (stated.size() == computed.size()) {
      for (int i = 0; i < stated.size(); i++) {
        if (!stated.get(i).equals(computed.get(i))) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Reads the filter at the current token. */
  static CouncilFilter readFilter(Tokens in, Election election) {
    Tokens.Members members = in.object(() -> "the filter", FILTER_MEMBERS);
    Where at = members.place();
    String description = null;
    Where descriptionAt = null;
    CouncilFilter filter = CouncilFilter.all();
    Set<String> councils = null;
    int kinds = 0;
    for (String name = members.next(); name != null; name = members.next()) {
      switch (name) {
        case "description" -> {
          description = in.string("the filter's \"description\"");
          descriptionAt = in.place();
        }
        case "region" -> filter = CouncilFilter.region(in.string("the filter's \"region\""));
        case "type" -> filter = CouncilFilter.type(ContestCodec.readType(in));
        default -> {
          councils = new LinkedHashSet<>();
          Tokens.Elements elements =
              in.array(() -> "the filter's \"councils\"", JsonLimits.MAX_COUNCILS);
          while (elements.next()) {
            String id = in.string("a council id of the filter");
            councils.add(DeclarationCodec.contest(in, election, id, "the filter").council().id());
          }
        }
      }
      kinds += name.equals("description") ? 0 : 1;
    }
    String described = members.required(description, "description");
    if (kinds > 1) {
      throw at.fail(Kind.INVALID_VALUE,
          "a filter has at most one of \"region\", \"type\" and \"councils\"", null);
    }
    if (councils != null) {
      Set<String> selected = Set.copyOf(councils);
      return CouncilFilter.matching(described, council -> selected.contains(council.id()));
    }
    if (!filter.description().equals(described)) {
      throw inconsistent(requireNonNull(descriptionAt), "the filter's description is \""
          + described + "\" but the filter it names is described as \"" + filter.description()
          + "\"");
    }
    return filter;
  }

  /** The contest of the council its wards belong to, which is read before them. */
  private static Contest councilFirst(Tokens in, @Nullable Contest contest, String what) {
    if (contest == null) {
      throw in.fail(Kind.MISSING_FIELD, what + " lists its wards before its \"council\", which"
          + " they are read against; the format writes \"council\" first", null);
    }
    return contest;
  }

  /** Fails if a council is not one the filter selects, or was listed already. */
  private static void checkListed(
      Council council, Tally tally, CouncilFilter filter, Where at, boolean inProgress) {
    if (!filter.test(council)) {
      throw inconsistent(at, council.label() + " is listed but the filter \""
          + filter.description() + "\" does not select it");
    }
    if (tally.isDeclared(council)
        || (inProgress && tally.progress(council).wardsDeclared() > 0)) {
      throw inconsistent(at, council.label() + " is listed twice");
    }
  }

  /** Reads an outcome at the current token and applies it to the tally, checking its figures. */
  static Tally readOutcome(Tokens in, Tally tally, CouncilFilter filter) {
    Tokens.Members members = in.object(() -> "an outcome", OUTCOME_MEMBERS);
    DeclarationCodec.Body body = new DeclarationCodec.Body();
    long seatsWonAt = 0;
    long wardsAt = 0;
    Composition after = null;
    long afterAt = 0;
    Tally current = tally;
    Map<String, Given> stated = new HashMap<>();
    for (String name = members.next(); name != null; name = members.next()) {
      long at = in.mark();
      if (name.equals("compositionAfter")) {
        afterAt = at;
        after = Codec.readComposition(in, () -> body.label() + ": the composition after");
      } else if (name.equals("wards")) {
        wardsAt = at;
        current = applyWards(in, current, councilFirst(in, body.contest, "an outcome"));
      } else if (body.read(name, in)) {
        if (name.equals("seatsWon")) {
          seatsWonAt = at;
        } else if (name.equals("council")) {
          checkListed(requireNonNull(body.contest).council(), tally, filter, in, false);
        }
      } else {
        Supplier<String> label = body::label;
        String member = name;
        Supplier<String> named = () -> label.get() + ": \"" + member + "\"";
        stated.put(name, switch (name) {
          case "outcome", "description" -> new Given(in.string(named), in.place());
          case "controlBefore" -> controller(in, () -> label.get() + ": control before");
          case "controlAfter" -> controller(in, () -> label.get() + ": control after");
          case "majority" ->
              new Given(in.wholeNumber(named, 0, Integer.MAX_VALUE), in.place());
          default -> seatChanges(in, label);
        });
      }
    }
    Declaration declaration = body.build(members);
    Council council = declaration.council();
    Tally next;
    if (wardsAt == 0) {
      next = members.core(() -> tally.apply(declaration));
    } else {
      next = current;
      Contest contest = tally.election().requireContest(council);
      if (!next.isDeclared(council)) {
        throw inconsistent(
            members.at("wards", wardsAt), council.label() + ": the outcome lists "
                + next.progress(council).describe() + "; a council declared ward by ward lists"
                + " all its wards (" + contest.wards().size() + ")");
      }
      Declaration summed = next.declaration(council).orElseThrow();
      if (!summed.equals(declaration)) {
        throw inconsistent(
            members.at("seatsWon", seatsWonAt), council.label()
                + ": the declaration is stated as " + declaration + " but its wards give "
                + summed);
      }
    }
    CouncilResult result = next.result(council).orElseThrow();
    ControlOutcome outcome = result.outcome();
    String label = council.label();
    requireStated(members, stated, "outcome", Codec.name(outcome.kind()), label + ": the outcome");
    if (result.controlBefore().isPresent()) {
      requireStated(members, stated, "controlBefore",
          controller(result.controlBefore().get().party()), label + ": control before");
    } else if (stated.containsKey("controlBefore")) {
      throw inconsistent(stated.get("controlBefore").at(),
          label + ": has no previous result, so no control before");
    }
    requireStated(members, stated, "controlAfter", controller(result.controlAfter().party()),
        label + ": control after");
    requireStated(
        members, stated, "description", outcome.describe(), label + ": the description");
    requireStated(members, stated, "majority", (long) result.controlAfter().majority(),
        label + ": the majority");
    Map<String, Long> changes = new HashMap<>();
    result.seatChanges().forEach((party, n) -> changes.put(party.id(), (long) n));
    Given statedChanges = members.required(stated.get("seatChanges"), "seatChanges");
    requireEqual(statedChanges.at(), statedChanges.value(), changes,
        label + ": the seat changes", "are");
    Composition statedAfter = members.required(after, "compositionAfter");
    requireEqual(members.at("compositionAfter", afterAt), statedAfter,
        result.compositionAfter(), label + ": the composition after");
    return next;
  }

  /**
   * Reads the ward results of a council's {@code "wards"} array at the current token, each ward
   * at most once, applying each to the tally.
   */
  static Tally applyWards(Tokens in, Tally tally, Contest contest) {
    String label = contest.council().label();
    Set<String> seen = new HashSet<>();
    Tally current = tally;
    Tokens.Elements elements = in.array(() -> label + ": the wards", JsonLimits.MAX_SEATS);
    while (elements.next()) {
      Tokens.Members members =
          in.object(() -> label + ": a ward's result", WardResultCodec.BODY_MEMBERS);
      WardResultCodec.Body body = new WardResultCodec.Body();
      body.contest = contest;
      long wardAt = 0;
      for (String name = members.next(); name != null; name = members.next()) {
        if (name.equals("ward")) {
          wardAt = in.mark();
        }
        body.read(name, in, true);
      }
      WardResult result = body.build(in, members, true);
      if (!seen.add(result.wardId())) {
        throw inconsistent(members.at("ward", wardAt),
            label + ": ward " + result.wardId() + " is listed twice");
      }
      Tally before = current;
      current = members.core(() -> before.apply(result));
    }
    return current;
  }

  /** Reads a council in progress at the current token and applies its wards to the tally. */
  static Tally readInProgress(Tokens in, Tally tally, CouncilFilter filter) {
    Tokens.Members members =
        in.object(() -> "a council in progress", IN_PROGRESS_MEMBERS);
    Contest contest = null;
    Tally next = null;
    long wardsAt = 0;
    Codec.Seats won = null;
    long wonAt = 0;
    Map<String, Given> stated = new HashMap<>();
    for (String name = members.next(); name != null; name = members.next()) {
      switch (name) {
        case "council" -> {
          contest = DeclarationCodec.contest(in, tally.election(),
              "a council in progress's \"council\"");
          checkListed(contest.council(), tally, filter, in, true);
        }
        case "wards" -> {
          wardsAt = in.mark();
          next = applyWards(in, tally, councilFirst(in, contest, "a council in progress"));
        }
        case "seatsWon" -> {
          Contest known = contest;
          wonAt = in.mark();
          won = Codec.readSeats(in, () -> (known == null ? "a council in progress"
              : known.council().label()) + ": seats won so far");
        }
        default -> {
          String label = contest == null ? "a council in progress" : contest.council().label();
          String named = label + ": \"" + name + "\"";
          stated.put(name, switch (name) {
            case "controlDecided" -> new Given(in.bool(named), in.place());
            case "control" -> controller(in, () -> label + ": the decided control");
            default -> new Given(in.wholeNumber(() -> named, 0, Integer.MAX_VALUE), in.place());
          });
        }
      }
    }
    Council council = members.required(contest, "council").council();
    String label = council.label();
    Tally applied = members.required(next, "wards");
    CouncilProgress progress = applied.progress(council);
    if (!progress.isInProgress()) {
      throw inconsistent(
          members.at("wards", wardsAt), label + ": listed as in progress, but "
              + (progress.isDeclared()
                  ? "its wards listed are all its wards: it is declared, and belongs among the"
                      + " outcomes"
                  : "no ward is listed"));
    }
    requireStated(members, stated, "wardsDeclared", (long) progress.wardsDeclared(),
        label + ": wardsDeclared");
    requireStated(members, stated, "wardsExpected", (long) progress.wardsExpected(),
        label + ": wardsExpected");
    requireStated(members, stated, "seatsDeclared", (long) progress.seatsDeclared(),
        label + ": seatsDeclared");
    Codec.Seats seats = members.required(won, "seatsWon");
    Where wonWhere = members.at("seatsWon", wonAt);
    Composition statedWon = seats.composition(wonWhere);
    requireEqual(wonWhere, statedWon, progress.seatsWon(), label + ": the seats won so far",
        "are");
    requireStated(members, stated, "controlDecided", progress.isControlDecided(),
        label + ": whether control is decided");
    Optional<Control> control = progress.decidedControl();
    if (control.isPresent()) {
      if (!stated.containsKey("control")) {
        throw new PsephosJsonException(Kind.MISSING_FIELD, label + ": control is decided, so the"
            + " council states it in \"control\" (a party id, or null for no overall control)",
            members.pointer() + "/control", members.line(), members.column(), null);
      }
      requireStated(members, stated, "control", controller(control.get().party()),
          label + ": the decided control");
    } else if (stated.containsKey("control")) {
      throw inconsistent(stated.get("control").at(),
          label + ": control is undecided, yet \"control\" states one");
    }
    return applied;
  }

  /** A value stated before what it is checked against is known, with where it was. */
  private record Given(Object value, Where at) {}

  /** Checks a required stated value against the computed one. */
  private static void requireStated(Tokens.Members members, Map<String, Given> stated,
      String name, Object computed, String what) {
    Given given = members.required(stated.get(name), name);
    requireEqual(given.at(), given.value(), computed, what);
  }

  /** Reads a stated controller at the current token: a party id, or null for none. */
  private static Given controller(Tokens in, Supplier<String> what) {
    Where at = in.place();
    if (in.parser.currentToken() == JsonToken.VALUE_NULL) {
      return new Given(controller(Optional.empty()), at);
    }
    return new Given(controller(Optional.of(in.context.party(in.string(what), in, what))), at);
  }

  /** A controller as messages name it: its party id, or "no overall control". */
  private static String controller(Optional<Party> party) {
    return party.map(Party::id).orElse("no overall control");
  }

  /** Reads stated seat changes at the current token: party id to a signed number of seats. */
  private static Given seatChanges(Tokens in, Supplier<String> label) {
    Tokens.Members members = in.object(() -> label.get() + ": \"seatChanges\"", null);
    Where at = in.place();
    Map<String, Long> changes = new HashMap<>();
    for (String id = members.next(); id != null; id = members.next()) {
      Party party = in.context.party(id, in, () -> label.get() + ": seat changes");
      changes.put(party.id(), in.wholeNumber(() -> label.get() + ": the seat change of "
          + party.id(), -JsonLimits.MAX_SEATS, JsonLimits.MAX_SEATS));
    }
    return new Given(changes, at);
  }

  private static void requireEqual(Where node, Object stated, Object computed, String what) {
    requireEqual(node, stated, computed, what, "is");
  }

  private static void requireEqual(
      Where node, Object stated, Object computed, String what, String verb) {
    if (!Objects.equals(stated, computed)) {
      throw inconsistent(
          node,
          what + " " + verb + " stated as " + stated + " but the declaration gives " + computed);
    }
  }

  private static PsephosJsonException inconsistent(Where at, String reason) {
    return at.fail(Kind.INCONSISTENT_RESULTS, reason, null);
  }
}

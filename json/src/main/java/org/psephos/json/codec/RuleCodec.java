package org.psephos.json.codec;

import org.psephos.json.PsephosJsonException.Kind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.psephos.ControlRule;
import org.psephos.Council;
import org.psephos.DataSubject;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.SeatBaseline;
import org.psephos.UnknownIdException;
import tools.jackson.core.JsonGenerator;

/**
 * A tally's two choices: the {@link SeatBaseline} as {@code "last-fought"} or {@code
 * "pre-election"}, and the {@link ControlRule} as {@code {"anyParty": false, "overrides":
 * {"E06000046": {"ynmp-party:2": true}}}} (overrides by council id then party id, written only when
 * there are some).
 */
final class RuleCodec {
  static final Set<String> RULE_MEMBERS = Set.of("anyParty", "overrides");

  private RuleCodec() {}

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
        Council council = council(in, election, councilId, "the control rule");
        Map<Party, Boolean> parties = new LinkedHashMap<>();
        overrides.put(council, parties);
        Tokens.Members byParty = in.object(() -> "the overrides of " + council.label(), null);
        for (String partyId = byParty.next(); partyId != null; partyId = byParty.next()) {
          Party party = in.context.party(partyId, in, "the control rule");
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

  /** The council of the election {@code who} names at the current token, or the failure. */
  static Council council(Tokens in, Election election, String id, String who) {
    return election.contest(id).orElseThrow(() -> {
      String reason =
          who + " names council \"" + id + "\", which is not part of election " + election.id();
      return in.fail(Kind.UNKNOWN_REFERENCE, reason, new UnknownIdException(
          UnknownIdException.Kind.COUNCIL, id, reason, DataSubject.none().withCouncil(id)));
    }).council();
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
}

package org.psephos.json.codec;

import org.psephos.json.PsephosJsonException;
import org.psephos.json.PsephosJsonException.Kind;
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
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A tally's two choices: the {@link SeatBaseline} as {@code "last-fought"} or {@code
 * "pre-election"}, and the {@link ControlRule} as {@code {"anyParty": false, "overrides":
 * {"E06000046": {"ynmp-party:2": true}}}} (overrides by council id then party id, written only when
 * there are some).
 */
final class RuleCodec {
  static final Set<String> RULE_MEMBERS = Set.of("anyParty", "overrides");

  private RuleCodec() {}

  static String baselineName(SeatBaseline baseline) {
    return baseline == SeatBaseline.LAST_FOUGHT ? "last-fought" : "pre-election";
  }

  static SeatBaseline readBaseline(Node node) {
    String text = Bind.string(node, "the baseline");
    for (SeatBaseline baseline : SeatBaseline.values()) {
      if (baselineName(baseline).equals(text)) {
        return baseline;
      }
    }
    throw Bind.invalid(
        node, "baseline \"" + text + "\" is not \"last-fought\" or \"pre-election\"", null);
  }

  static ControlRule readRule(Node node, ReadContext context) {
    Election election = context.election("a control rule");
    Bind.Members members = Bind.object(node, "the control rule", RULE_MEMBERS, context.options);
    boolean anyParty = Bind.bool(members.required("anyParty"), "the rule's \"anyParty\"");
    ControlRule rule = anyParty ? ControlRule.anyParty() : ControlRule.cohesiveOnly();
    Node overrides = members.optional("overrides");
    if (overrides == null) {
      return rule;
    }
    Bind.requireType(overrides, Node.Type.OBJECT, "the rule's \"overrides\"");
    for (Map.Entry<String, Node> byCouncil : overrides.members().entrySet()) {
      Node partiesNode = byCouncil.getValue();
      String councilId = byCouncil.getKey();
      Council council =
          election
              .contest(councilId)
              .orElseThrow(
                  () -> {
                    String reason =
                        "the control rule names council \"" + councilId
                            + "\", which is not part of election " + election.id();
                    return new PsephosJsonException(Kind.UNKNOWN_REFERENCE, reason, partiesNode.pointer(), partiesNode.line, partiesNode.column,
                        new UnknownIdException(
                            UnknownIdException.Kind.COUNCIL,
                            councilId,
                            reason,
                            DataSubject.none().withCouncil(councilId)));
                  })
              .council();
      Bind.requireType(partiesNode, Node.Type.OBJECT, "the overrides of " + council.label());
      for (Map.Entry<String, Node> byParty : partiesNode.members().entrySet()) {
        Node value = byParty.getValue();
        Party party = context.party(byParty.getKey(), value, "the control rule");
        boolean canControl =
            Bind.bool(value, "the override of " + party.label() + " in " + council.label());
        rule =
            canControl
                ? rule.withCohesiveIn(council, party)
                : rule.withNonCohesiveIn(council, party);
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

  static final class BaselineSerializer extends StdSerializer<SeatBaseline> {
    BaselineSerializer() {
      super(SeatBaseline.class);
    }

    @Override
    public void serialize(
        SeatBaseline value, JsonGenerator generator, SerializationContext context) {
      generator.writeString(baselineName(value));
    }
  }

  static final class BaselineDeserializer extends Codec.NodeDeserializer<SeatBaseline> {
    BaselineDeserializer(ReadOptions options) {
      super(SeatBaseline.class, options);
    }

    @Override
    SeatBaseline read(Node node, ReadContext context) {
      return readBaseline(node);
    }
  }

  static final class Serializer extends StdSerializer<ControlRule> {
    Serializer() {
      super(ControlRule.class);
    }

    @Override
    public void serialize(ControlRule value, JsonGenerator generator, SerializationContext context) {
      writeRule(value, generator);
    }
  }

  static final class Deserializer extends Codec.NodeDeserializer<ControlRule> {
    Deserializer(ReadOptions options) {
      super(ControlRule.class, options);
    }

    @Override
    ControlRule read(Node node, ReadContext context) {
      return readRule(node, context);
    }
  }
}

package org.psephos.json.codec;

import org.psephos.json.ElectionDefinition;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.psephos.Party;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A {@link Party}: {@code {"id": "PP53", "name": "Labour", "shortName": "Lab", "cohesive": true,
 * "colour": "#E4003B"}}; {@code cohesive} defaults to true, {@code colour} is optional.
 */
final class PartyCodec {
  static final Set<String> MEMBERS = Set.of("id", "name", "shortName", "cohesive", "colour");

  private PartyCodec() {}

  /** A party read with its colour, if any. */
  record Read(Party party, @Nullable String colour) {}

  static Read read(Node node, ReadContext context) {
    Bind.Members members = Bind.object(node, "a party", MEMBERS, context.options);
    String id = Bind.id(members.required("id"), "a party's \"id\"");
    String name = Bind.string(members.required("name"), "a party's \"name\"");
    String shortName = Bind.string(members.required("shortName"), "a party's \"shortName\"");
    Node cohesiveNode = members.optional("cohesive");
    boolean cohesive = cohesiveNode == null || Bind.bool(cohesiveNode, "a party's \"cohesive\"");
    String colour = null;
    Node colourNode = members.optional("colour");
    if (colourNode != null) {
      String text = Bind.string(colourNode, "a party's \"colour\"");
      try {
        colour = ElectionDefinition.requireColour(text);
      } catch (IllegalArgumentException e) {
        throw Bind.invalid(colourNode, "party " + id + ": " + e.getMessage(), e);
      }
    }
    Party party = Bind.core(node, () -> new Party(id, name, shortName, cohesive));
    return new Read(party, colour);
  }

  static void write(Party party, @Nullable String colour, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeStringProperty("id", party.id());
    generator.writeStringProperty("name", party.name());
    generator.writeStringProperty("shortName", party.shortName());
    generator.writeBooleanProperty("cohesive", party.cohesive());
    if (colour != null) {
      generator.writeStringProperty("colour", colour);
    }
    generator.writeEndObject();
  }

  static final class Serializer extends StdSerializer<Party> {
    Serializer() {
      super(Party.class);
    }

    @Override
    public void serialize(Party value, JsonGenerator generator, SerializationContext context) {
      write(value, null, generator);
    }
  }

  static final class Deserializer extends Codec.NodeDeserializer<Party> {
    Deserializer(ReadOptions options) {
      super(Party.class, options);
    }

    @Override
    Party read(Node node, ReadContext context) {
      return PartyCodec.read(node, context).party();
    }
  }
}

package org.psephos.json.codec;

import org.psephos.json.PsephosJsonException.Kind;
import static java.util.Objects.requireNonNull;

import org.psephos.json.ElectionDefinition;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.psephos.Party;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.module.SimpleModule;

/**
 * A {@link Party}: {@code {"id": "PP53", "name": "Labour", "shortName": "Lab", "cohesive": true,
 * "colour": "#E4003B"}}; {@code cohesive} defaults to true, {@code colour} is optional.
 */
final class PartyCodec {
  static final Set<String> MEMBERS = Set.of("id", "name", "shortName", "cohesive", "colour");

  private PartyCodec() {}

  /** A party read with its colour, if any. */
  record Read(Party party, @Nullable String colour) {}

  /** Reads a party at the current token. */
  static Read read(Tokens in) {
    Tokens.Members members = in.object(() -> "a party", MEMBERS);
    String id = null;
    String name = null;
    String shortName = null;
    boolean cohesive = true;
    String colour = null;
    Where colourAt = null;
    for (String member = members.next(); member != null; member = members.next()) {
      switch (member) {
        case "id" -> id = in.id(() -> "a party's \"id\"");
        case "name" -> name = in.string("a party's \"name\"");
        case "shortName" -> shortName = in.string("a party's \"shortName\"");
        case "cohesive" -> cohesive = in.bool("a party's \"cohesive\"");
        default -> {
          colour = in.string("a party's \"colour\"");
          colourAt = in.place();
        }
      }
    }
    String partyId = members.required(id, "id");
    String partyName = members.required(name, "name");
    String partyShortName = members.required(shortName, "shortName");
    if (colour != null) {
      try {
        colour = ElectionDefinition.requireColour(colour);
      } catch (IllegalArgumentException e) {
        throw requireNonNull(colourAt)
            .fail(Kind.INVALID_VALUE, "party " + partyId + ": " + e.getMessage(), e);
      }
    }
    boolean isCohesive = cohesive;
    Party party = members.core(() -> new Party(partyId, partyName, partyShortName, isCohesive));
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

  /** Registers the serializer and deserializer of each type this codec reads and writes. */
  static void addTo(SimpleModule module, ReadOptions options) {
    Codec.add(
        module,
        Party.class,
        (value, generator) -> write(value, null, generator),
        options,
        in -> PartyCodec.read(in).party());
  }
}

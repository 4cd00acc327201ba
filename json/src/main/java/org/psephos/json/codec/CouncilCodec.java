package org.psephos.json.codec;

import org.psephos.json.JsonLimits;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.psephos.Council;
import org.psephos.CouncilType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A {@link Council}: {@code {"id": "E09000032", "name": "Wandsworth", "type": "london-borough",
 * "region": "London", "size": 60}}, and a {@link CouncilType} as its lower-case hyphenated name.
 */
final class CouncilCodec {
  static final Set<String> MEMBERS = Set.of("id", "name", "type", "region", "size");

  private CouncilCodec() {}

  static String typeName(CouncilType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The council types by their names in the format, in declaration order. */
  private static final Map<String, CouncilType> TYPES_BY_NAME = typesByName();

  private static Map<String, CouncilType> typesByName() {
    Map<String, CouncilType> types = new LinkedHashMap<>();
    for (CouncilType type : CouncilType.values()) {
      types.put(typeName(type), type);
    }
    return Collections.unmodifiableMap(types);
  }

  static CouncilType readType(Node node) {
    String text = Bind.string(node, "a council's \"type\"");
    CouncilType type = TYPES_BY_NAME.get(text);
    if (type == null) {
      throw Bind.invalid(
          node,
          "council type \"" + text + "\" is not one of " + String.join(", ", TYPES_BY_NAME.keySet()),
          null);
    }
    return type;
  }

  /** Reads the council members of an object that may have others (a contest's council). */
  static Council readMembers(Node node, Bind.Members members) {
    String id = Bind.id(members.required("id"), "a council's \"id\"");
    String name = Bind.string(members.required("name"), "a council's \"name\"");
    CouncilType type = readType(members.required("type"));
    Node regionNode = members.optional("region");
    Optional<String> region =
        regionNode == null
            ? Optional.empty()
            : Optional.of(Bind.string(regionNode, "a council's \"region\""));
    int size = Bind.count(members.required("size"), "a council's \"size\"", JsonLimits.MAX_SEATS);
    return Bind.core(node, () -> new Council(id, name, type, region, size));
  }

  static void writeMembers(Council council, JsonGenerator generator) {
    generator.writeStringProperty("id", council.id());
    generator.writeStringProperty("name", council.name());
    generator.writeStringProperty("type", typeName(council.type()));
    if (council.region().isPresent()) {
      generator.writeStringProperty("region", council.region().get());
    }
    generator.writeNumberProperty("size", council.size());
  }

  static final class Serializer extends StdSerializer<Council> {
    Serializer() {
      super(Council.class);
    }

    @Override
    public void serialize(Council value, JsonGenerator generator, SerializationContext context) {
      generator.writeStartObject();
      writeMembers(value, generator);
      generator.writeEndObject();
    }
  }

  static final class Deserializer extends Codec.NodeDeserializer<Council> {
    Deserializer(ReadOptions options) {
      super(Council.class, options);
    }

    @Override
    Council read(Node node, ReadContext context) {
      return readMembers(node, Bind.object(node, "a council", MEMBERS, context.options));
    }
  }

  static final class TypeSerializer extends StdSerializer<CouncilType> {
    TypeSerializer() {
      super(CouncilType.class);
    }

    @Override
    public void serialize(CouncilType value, JsonGenerator generator, SerializationContext context) {
      generator.writeString(typeName(value));
    }
  }

  static final class TypeDeserializer extends Codec.NodeDeserializer<CouncilType> {
    TypeDeserializer(ReadOptions options) {
      super(CouncilType.class, options);
    }

    @Override
    CouncilType read(Node node, ReadContext context) {
      return readType(node);
    }
  }
}

package org.psephos.json.codec;

import org.psephos.json.PsephosJsonException.Kind;
import org.psephos.json.JsonLimits;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import java.util.Set;
import org.psephos.Council;
import org.psephos.CouncilType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.module.SimpleModule;

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

  /** Reads a council type at the current token. */
  static CouncilType readType(Tokens in) {
    String text = in.string("a council's \"type\"");
    CouncilType type = TYPES_BY_NAME.get(text);
    if (type == null) {
      throw in.fail(Kind.INVALID_VALUE, "council type \"" + text + "\" is not one of "
          + String.join(", ", TYPES_BY_NAME.keySet()), null);
    }
    return type;
  }

  /** A council's members as read, in an object that may have others (a contest's council). */
  static final class Fields {
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable CouncilType type;
    private Optional<String> region = Optional.empty();
    private int size;
    private boolean sized;

    /** Reads a member at the current token; false if it is not a council's. */
    boolean read(String member, Tokens in) {
      switch (member) {
        case "id" -> id = in.id(() -> "a council's \"id\"");
        case "name" -> name = in.string("a council's \"name\"");
        case "type" -> type = readType(in);
        case "region" -> region = Optional.of(in.string("a council's \"region\""));
        case "size" -> {
          size = in.count(() -> "a council's \"size\"", JsonLimits.MAX_SEATS);
          sized = true;
        }
        default -> {
          return false;
        }
      }
      return true;
    }

    /** The council's label for messages, as {@link Council#label()} gives it once read. */
    String label() {
      return id == null || name == null ? "a council" : name + " (" + id + ")";
    }

    /** The council, at the end of its object. */
    Council build(Tokens.Members members) {
      String councilId = members.required(id, "id");
      String councilName = members.required(name, "name");
      CouncilType councilType = members.required(type, "type");
      if (!sized) {
        throw members.missing("size");
      }
      Optional<String> councilRegion = region;
      int seats = size;
      return members.core(
          () -> new Council(councilId, councilName, councilType, councilRegion, seats));
    }
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

  /** Registers the serializer and deserializer of each type this codec reads and writes. */
  static void addTo(SimpleModule module, ReadOptions options) {
    Codec.add(
        module,
        Council.class,
        (value, generator) -> {
          generator.writeStartObject();
          writeMembers(value, generator);
          generator.writeEndObject();
        },
        options,
        in -> {
          Tokens.Members members = in.object(() -> "a council", MEMBERS);
          Fields council = new Fields();
          for (String name = members.next(); name != null; name = members.next()) {
            council.read(name, in);
          }
          return council.build(members);
        });
    Codec.add(
        module,
        CouncilType.class,
        (value, generator) -> generator.writeString(typeName(value)),
        options,
        in -> readType(in));
  }
}

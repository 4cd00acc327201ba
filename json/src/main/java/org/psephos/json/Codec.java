package org.psephos.json;

import java.util.LinkedHashMap;
import java.util.Map;
import org.psephos.Composition;
import org.psephos.Party;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** What the serializers and deserializers of the module share. */
final class Codec {
  private Codec() {}

  /** A deserializer that reads its value into {@link Node}s first, then binds them. */
  abstract static class NodeDeserializer<T> extends StdDeserializer<T> {
    private final ReadOptions options;

    NodeDeserializer(Class<T> type, ReadOptions options) {
      super(type);
      this.options = options;
    }

    @Override
    public final T deserialize(JsonParser parser, DeserializationContext context) {
      Node node = TreeReader.readValueAt(parser);
      Object election = context.getAttribute(PsephosModule.ELECTION);
      return read(
          node,
          ReadContext.of(
              options, election instanceof org.psephos.Election known ? known : null));
    }

    abstract T read(Node node, ReadContext context);
  }

  /** Writes a seat map: party id to seats, in the composition's order. */
  static void writeSeatMap(JsonGenerator generator, Composition seats) {
    generator.writeStartObject();
    for (Map.Entry<Party, Integer> entry : seats.asMap().entrySet()) {
      generator.writeNumberProperty(entry.getKey().id(), entry.getValue());
    }
    generator.writeEndObject();
  }

  /** Writes a map of party to a signed number (such as seat changes), by party id. */
  static void writePartyNumbers(JsonGenerator generator, Map<Party, Integer> numbers) {
    generator.writeStartObject();
    for (Map.Entry<Party, Integer> entry : numbers.entrySet()) {
      generator.writeNumberProperty(entry.getKey().id(), entry.getValue());
    }
    generator.writeEndObject();
  }

  /**
   * Reads a seat map: an object of party id to seats. Counts above {@link JsonLimits#MAX_SEATS},
   * or a total above it, are out of range; negative counts are passed on for core to reject.
   */
  static Map<Party, Integer> readSeatMap(Node node, String what, ReadContext context) {
    Bind.requireType(node, Node.Type.OBJECT, what);
    Map<Party, Integer> seats = new LinkedHashMap<>();
    long total = 0;
    for (Map.Entry<String, Node> member : node.members().entrySet()) {
      Node value = member.getValue();
      Party party = context.party(member.getKey(), value, what);
      int count = Bind.count(value, what + " of " + member.getKey(), JsonLimits.MAX_SEATS);
      seats.put(party, count);
      total += Math.max(0, count);
    }
    if (total > JsonLimits.MAX_SEATS) {
      throw new NumberOutOfRangeException(
          what + " total " + total + " seats, more than the limit of " + JsonLimits.MAX_SEATS,
          node.pointer, node.line, node.column, null);
    }
    return seats;
  }

  /** The first member of a seat map holding a negative count, or the map itself. */
  static Node blameNegative(Node seatMap) {
    if (seatMap.type == Node.Type.OBJECT) {
      for (Node value : seatMap.members().values()) {
        if (value.fitsInLong() && value.longValue() < 0) {
          return value;
        }
      }
    }
    return seatMap;
  }
}

package org.psephos.json.codec;

import org.psephos.json.PsephosJsonException;
import org.psephos.json.JsonLimits;
import org.psephos.json.PsephosJsonException.Kind;
import java.util.Map;
import java.util.Set;
import org.psephos.Composition;
import org.psephos.SeatCountException;
import org.psephos.Party;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A {@link Composition}: {@code {"seats": {"PP52": 27, "PP53": 24}, "vacancies": 1}}, seats by
 * party id in order; {@code vacancies} defaults to 0 and is written only when not 0.
 */
final class CompositionCodec {
  static final Set<String> MEMBERS = Set.of("seats", "vacancies");

  private CompositionCodec() {}

  static Composition read(Node node, String what, ReadContext context) {
    return read(node, () -> what, context);
  }

  /** As {@link #read(Node, String, ReadContext)}, with what it is worked out on failure. */
  static Composition read(
      Node node, java.util.function.Supplier<String> what, ReadContext context) {
    Bind.Members members = Bind.object(node, what, MEMBERS, context.options);
    Node seatsNode = members.required("seats");
    Map<Party, Integer> seats = Codec.readSeatMap(seatsNode, what, context);
    Node vacanciesNode = members.optional("vacancies");
    int vacancies =
        vacanciesNode == null
            ? 0
            : Bind.count(vacanciesNode, () -> what.get() + " vacancies", JsonLimits.MAX_SEATS);
    long total = vacancies;
    for (int n : seats.values()) {
      total += Math.max(0, n);
    }
    if (total > JsonLimits.MAX_SEATS) {
      throw new PsephosJsonException(Kind.NUMBER_OUT_OF_RANGE, what.get() + " totals " + total + " seats, more than the limit of " + JsonLimits.MAX_SEATS,
          node.pointer(), node.line, node.column, null);
    }
    Node blame = Codec.blameNegative(seatsNode);
    if (blame == seatsNode && vacancies < 0 && vacanciesNode != null) {
      blame = vacanciesNode;
    }
    Node at = blame;
    try {
      return Composition.of(seats, vacancies);
    } catch (SeatCountException e) {
      throw Bind.invalid(e.actual() < 0 ? at : node, e);
    } catch (org.psephos.ElectionDataException e) {
      throw Bind.invalid(node, e);
    }
  }

  static void write(Composition composition, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("seats");
    Codec.writeSeatMap(generator, composition);
    if (composition.vacancies() != 0) {
      generator.writeNumberProperty("vacancies", composition.vacancies());
    }
    generator.writeEndObject();
  }

  static final class Serializer extends StdSerializer<Composition> {
    Serializer() {
      super(Composition.class);
    }

    @Override
    public void serialize(Composition value, JsonGenerator generator, SerializationContext context) {
      write(value, generator);
    }
  }

  static final class Deserializer extends Codec.NodeDeserializer<Composition> {
    Deserializer(ReadOptions options) {
      super(Composition.class, options);
    }

    @Override
    Composition read(Node node, ReadContext context) {
      context.election("a composition");
      return CompositionCodec.read(node, "a composition", context);
    }
  }
}

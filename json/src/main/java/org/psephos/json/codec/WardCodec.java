package org.psephos.json.codec;

import org.psephos.json.JsonLimits;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.psephos.Composition;
import org.psephos.Council;
import org.psephos.SeatCountException;
import org.psephos.Party;
import org.psephos.VoteConvention;
import org.psephos.Ward;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A {@link Ward} of a contest: {@code {"id": "E05000611", "name": "Balham", "seats": 3,
 * "defended": {seat map}, "previousVotes": {"all-votes": {vote map}, "top-candidate": {vote
 * map}}}}; {@code previousVotes} is written only when the ward has some, and then only the
 * conventions it has, in the order {@code all-votes}, {@code top-candidate}.
 */
final class WardCodec {
  static final Set<String> MEMBERS = Set.of("id", "name", "seats", "defended", "previousVotes");

  private WardCodec() {}

  /** Reads a contest's {@code "wards"} array. */
  static List<Ward> readWards(Node node, Council council, ReadContext context) {
    List<Ward> wards = new ArrayList<>();
    for (Node wardNode :
        Bind.array(node, () -> council.label() + ": the wards", JsonLimits.MAX_SEATS)) {
      wards.add(read(wardNode, () -> council.label() + ": a ward", context));
    }
    return wards;
  }

  static Ward read(Node node, Supplier<String> what, ReadContext context) {
    Bind.Members members = Bind.object(node, what, MEMBERS, context.options);
    String id = Bind.id(members.required("id"), () -> what.get() + "'s \"id\"");
    String name = Bind.string(members.required("name"), () -> what.get() + "'s \"name\"");
    Supplier<String> label = () -> "ward " + name + " (" + id + ")";
    int seats =
        Bind.count(members.required("seats"), () -> label.get() + ": seats", JsonLimits.MAX_SEATS);
    Node defendedNode = members.required("defended");
    Map<Party, Integer> defendedSeats =
        Codec.readSeatMap(defendedNode, () -> label.get() + ": defended seats", context);
    Composition defended =
        Bind.core(Codec.blameNegative(defendedNode), () -> Composition.of(defendedSeats));
    Map<VoteConvention, Map<Party, Integer>> previous = new EnumMap<>(VoteConvention.class);
    Node previousNode = members.optional("previousVotes");
    Node negative = node;
    if (previousNode != null) {
      Bind.Members byConvention =
          Bind.object(
              previousNode, () -> label.get() + ": the previous votes", Codec.conventionNames(),
              context.options);
      for (String conventionName : Codec.conventionNames()) {
        Node votesNode = byConvention.optional(conventionName);
        VoteConvention convention = Codec.convention(conventionName);
        if (votesNode != null && convention != null) {
          previous.put(
              convention,
              Codec.readVoteMap(
                  votesNode, () -> label.get() + ": previous votes (" + conventionName + ")",
                  context));
          if (negative == node && Codec.blameNegative(votesNode) != votesNode) {
            negative = Codec.blameNegative(votesNode);
          }
        }
      }
    }
    try {
      return new Ward(id, name, seats, defended, previous);
    } catch (SeatCountException e) {
      throw Bind.invalid(e.actual() < 0 ? negative : node, e);
    } catch (org.psephos.ElectionDataException e) {
      throw Bind.invalid(node, e);
    }
  }

  static void write(Ward ward, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeStringProperty("id", ward.id());
    generator.writeStringProperty("name", ward.name());
    generator.writeNumberProperty("seats", ward.seats());
    generator.writeName("defended");
    Codec.writeSeatMap(generator, ward.defended());
    if (!ward.previousVotes().isEmpty()) {
      generator.writeName("previousVotes");
      generator.writeStartObject();
      for (VoteConvention convention : VoteConvention.values()) {
        Map<Party, Integer> votes = ward.previousVotes().get(convention);
        if (votes != null) {
          generator.writeName(Codec.conventionName(convention));
          Codec.writeVoteMap(generator, votes);
        }
      }
      generator.writeEndObject();
    }
    generator.writeEndObject();
  }

  static final class Serializer extends StdSerializer<Ward> {
    Serializer() {
      super(Ward.class);
    }

    @Override
    public void serialize(Ward value, JsonGenerator generator, SerializationContext context) {
      write(value, generator);
    }
  }

  static final class Deserializer extends Codec.NodeDeserializer<Ward> {
    Deserializer(ReadOptions options) {
      super(Ward.class, options);
    }

    @Override
    Ward read(Node node, ReadContext context) {
      context.election("a ward");
      return WardCodec.read(node, () -> "a ward", context);
    }
  }
}

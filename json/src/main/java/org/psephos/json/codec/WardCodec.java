package org.psephos.json.codec;

import static java.util.Objects.requireNonNull;

import org.psephos.json.JsonLimits;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.psephos.Composition;
import org.psephos.SeatCountException;
import org.psephos.Party;
import org.psephos.VoteConvention;
import org.psephos.Ward;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.module.SimpleModule;

/**
 * A {@link Ward} of a contest: {@code {"id": "E05000611", "name": "Balham", "seats": 3,
 * "defended": {seat map}, "previousVotes": {"all-votes": {vote map}, "top-candidate": {vote
 * map}}}}; {@code previousVotes} is written only when the ward has some, and then only the
 * conventions it has, in the order {@code all-votes}, {@code top-candidate}. {@code defended} may
 * be left out when reading (none: the ward of a contest with no previous result).
 */
final class WardCodec {
  static final Set<String> MEMBERS = Set.of("id", "name", "seats", "defended", "previousVotes");

  private WardCodec() {}

  /** Reads a ward at the current token; what it is is worked out on failure. */
  static Ward read(Tokens in, Supplier<String> what) {
    Tokens.Members members = in.object(what, MEMBERS);
    Named ward = new Named();
    int seats = 0;
    boolean seated = false;
    Codec.Seats defended = null;
    long defendedAt = 0;
    Map<VoteConvention, Map<Party, Integer>> previous = new EnumMap<>(VoteConvention.class);
    Where negative = null;
    for (String name = members.next(); name != null; name = members.next()) {
      switch (name) {
        case "id" -> ward.id = in.id(() -> what.get() + "'s \"id\"");
        case "name" -> ward.name = in.string(() -> what.get() + "'s \"name\"");
        case "seats" -> {
          seats = in.count(() -> ward.label() + ": seats", JsonLimits.MAX_SEATS);
          seated = true;
        }
        case "defended" -> {
          defendedAt = in.mark();
          defended = Codec.readSeats(in, () -> ward.label() + ": defended seats");
        }
        default -> {
          Tokens.Members byConvention = in.object(
              () -> ward.label() + ": the previous votes", Codec.conventionNames());
          for (String convention = byConvention.next(); convention != null;
              convention = byConvention.next()) {
            String conventionName = convention;
            Codec.Seats votes = Codec.readVotes(in,
                () -> ward.label() + ": previous votes (" + conventionName + ")");
            previous.put(requireNonNull(Codec.convention(convention)), votes.seats());
            negative = negative != null ? negative : votes.negative();
          }
        }
      }
    }
    String id = members.required(ward.id, "id");
    String name = members.required(ward.name, "name");
    if (!seated) {
      throw members.missing("seats");
    }
    // a ward of a contest with no previous result defends nothing: "defended" may be left out
    Codec.Seats defendedSeats = defended;
    Composition defendedComposition = defendedSeats == null ? Composition.empty()
        : (defendedSeats.negative() != null ? defendedSeats.negative()
            : members.at("defended", defendedAt))
            .core(() -> Composition.of(defendedSeats.seats()));
    try {
      return new Ward(id, name, seats, defendedComposition, previous);
    } catch (SeatCountException e) {
      throw (e.actual() < 0 && negative != null ? negative : members).invalid(e);
    } catch (org.psephos.ElectionDataException e) {
      throw members.invalid(e);
    }
  }

  /** A ward's id and name, as read so far, which name it in messages. */
  private static final class Named {
    @Nullable String id;
    @Nullable String name;

    String label() {
      return "ward " + name + " (" + id + ")";
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

  /** Registers the serializer and deserializer of each type this codec reads and writes. */
  static void addTo(SimpleModule module, ReadOptions options) {
    Codec.add(
        module,
        Ward.class,
        (value, generator) -> write(value, generator),
        options,
        in -> {
          in.context.election("a ward");
          return WardCodec.read(in, () -> "a ward");
        });
  }
}

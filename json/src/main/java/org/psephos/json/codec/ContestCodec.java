package org.psephos.json.codec;

import org.psephos.json.JsonLimits;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.Party;
import org.psephos.Ward;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A {@link Contest}, written as its council with a {@code "contest"} member: {@code {"contested":
 * 17, "continuing": {composition}, "defended": {seat map}, "previous": {composition}, "wards":
 * [ward, ...]}}; {@code continuing} defaults to no seats (an all-out election) and is written only
 * when not empty; {@code wards} ({@link WardCodec}) defaults to none and is written only when the
 * contest lists its wards. {@code defended} and {@code previous} are left out together for a
 * contest with no previous result ({@link Contest#hasPreviousResult()}); one without the other is
 * a missing member.
 */
final class ContestCodec {
  static final Set<String> COUNCIL_MEMBERS =
      Set.of("id", "name", "type", "region", "size", "contest");
  static final Set<String> CONTEST_MEMBERS =
      Set.of("contested", "continuing", "defended", "previous", "wards");

  private ContestCodec() {}

  static Contest read(Node node, ReadContext context) {
    Bind.Members members = Bind.object(node, "a council", COUNCIL_MEMBERS, context.options);
    Council council = CouncilCodec.readMembers(node, members);
    Node contestNode = members.required("contest");
    Bind.Members contest =
        Bind.object(
            contestNode, () -> council.label() + ": the contest", CONTEST_MEMBERS,
            context.options);
    Node contestedNode = contest.required("contested");
    int contested =
        Bind.count(
            contestedNode, () -> council.label() + ": seats contested", JsonLimits.MAX_SEATS);
    Node continuingNode = contest.optional("continuing");
    Composition continuing =
        continuingNode == null
            ? Composition.empty()
            : CompositionCodec.read(
                continuingNode, () -> council.label() + ": continuing seats", context);
    boolean noPreviousResult =
        contest.optional("defended") == null && contest.optional("previous") == null;
    Composition defended = Composition.empty();
    Composition previous = Composition.empty();
    if (!noPreviousResult) {
      Node defendedNode = contest.required("defended");
      Map<Party, Integer> defendedSeats =
          Codec.readSeatMap(defendedNode, () -> council.label() + ": defended seats", context);
      defended =
          Bind.core(Codec.blameNegative(defendedNode), () -> Composition.of(defendedSeats));
      previous =
          CompositionCodec.read(
              contest.required("previous"), () -> council.label() + ": previous composition",
              context);
    }
    Composition defendedSeats = defended;
    Composition previousSeats = previous;
    Node wardsNode = contest.optional("wards");
    List<Ward> wards =
        wardsNode == null ? List.of() : WardCodec.readWards(wardsNode, council, context);
    Node blame = contested < 1 ? contestedNode : contestNode;
    Contest withoutWards =
        Bind.core(
            blame,
            () -> new Contest(council, contested, continuing, defendedSeats, previousSeats));
    if (wardsNode == null) {
      return withoutWards;
    }
    return Bind.core(wardsNode, () -> withoutWards.withWards(wards));
  }

  static void write(Contest contest, JsonGenerator generator) {
    generator.writeStartObject();
    CouncilCodec.writeMembers(contest.council(), generator);
    generator.writeName("contest");
    generator.writeStartObject();
    generator.writeNumberProperty("contested", contest.contested());
    if (!contest.continuing().isEmpty()) {
      generator.writeName("continuing");
      CompositionCodec.write(contest.continuing(), generator);
    }
    if (contest.hasPreviousResult()) {
      generator.writeName("defended");
      Codec.writeSeatMap(generator, contest.defended());
      generator.writeName("previous");
      CompositionCodec.write(contest.previous(), generator);
    }
    if (contest.hasWards()) {
      generator.writeName("wards");
      generator.writeStartArray();
      for (Ward ward : contest.wards()) {
        WardCodec.write(ward, generator);
      }
      generator.writeEndArray();
    }
    generator.writeEndObject();
    generator.writeEndObject();
  }

  static final class Serializer extends StdSerializer<Contest> {
    Serializer() {
      super(Contest.class);
    }

    @Override
    public void serialize(Contest value, JsonGenerator generator, SerializationContext context) {
      write(value, generator);
    }
  }

  static final class Deserializer extends Codec.NodeDeserializer<Contest> {
    Deserializer(ReadOptions options) {
      super(Contest.class, options);
    }

    @Override
    Contest read(Node node, ReadContext context) {
      context.election("a contest");
      return ContestCodec.read(node, context);
    }
  }
}

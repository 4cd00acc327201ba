package org.psephos.json.codec;

import static java.util.Objects.requireNonNull;

import org.psephos.json.JsonLimits;
import java.util.List;
import java.util.Set;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.Ward;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.module.SimpleModule;

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

  /** Reads a council with its contest at the current token. */
  static Contest read(Tokens in) {
    Tokens.Members members = in.object(() -> "a council", COUNCIL_MEMBERS);
    CouncilCodec.Fields council = new CouncilCodec.Fields();
    Parts parts = null;
    for (String name = members.next(); name != null; name = members.next()) {
      if (!council.read(name, in)) {
        parts = readContest(in, council);
      }
    }
    Council read = council.build(members);
    Parts contest = members.required(parts, "contest");
    Where blame = members.at(contest.contested < 1 ? "contest/contested" : "contest",
        contest.contested < 1 ? contest.contestedAt : contest.start);
    Contest withoutWards = blame.core(() -> new Contest(
        read, contest.contested, contest.continuing, contest.defended, contest.previous));
    List<Ward> wards = contest.wards;
    if (wards == null) {
      return withoutWards;
    }
    return members.at("contest/wards", contest.wardsAt)
        .core(() -> withoutWards.withWards(wards));
  }

  /** A contest's members, read and checked but for the council, which may come after them. */
  private record Parts(
      int contested,
      long contestedAt,
      Composition continuing,
      Composition defended,
      Composition previous,
      @Nullable List<Ward> wards,
      long wardsAt,
      long start) {}

  private static Parts readContest(Tokens in, CouncilCodec.Fields council) {
    long start = in.mark();
    Tokens.Members members = in.object(() -> council.label() + ": the contest", CONTEST_MEMBERS);
    int contested = 0;
    long contestedAt = 0;
    Composition continuing = Composition.empty();
    Codec.Seats defended = null;
    long defendedAt = 0;
    Composition previous = null;
    List<Ward> wards = null;
    long wardsAt = 0;
    for (String name = members.next(); name != null; name = members.next()) {
      switch (name) {
        case "contested" -> {
          contested = in.count(() -> council.label() + ": seats contested", JsonLimits.MAX_SEATS);
          contestedAt = in.mark();
        }
        case "continuing" ->
            continuing = CompositionCodec.read(in, () -> council.label() + ": continuing seats");
        case "defended" -> {
          defendedAt = in.mark();
          defended = Codec.readSeats(in, () -> council.label() + ": defended seats");
        }
        case "previous" ->
            previous = CompositionCodec.read(in, () -> council.label() + ": previous composition");
        default -> {
          wardsAt = in.mark();
          Tokens.Elements elements =
              in.array(() -> council.label() + ": the wards", JsonLimits.MAX_SEATS);
          wards = new ArrayList<>();
          while (elements.next()) {
            wards.add(WardCodec.read(in, () -> council.label() + ": a ward"));
          }
        }
      }
    }
    long contestedStart = members.requiredAt(contestedAt, "contested");
    Composition defendedSeats = Composition.empty();
    if (defended != null || previous != null) {
      Codec.Seats seats = members.required(defended, "defended");
      defendedSeats = (seats.negative() != null ? seats.negative()
          : members.at("defended", defendedAt))
          .core(() -> Composition.of(seats.seats()));
      previous = members.required(previous, "previous");
    }
    return new Parts(contested, contestedStart, continuing, defendedSeats,
        previous == null ? Composition.empty() : previous, wards, wardsAt, start);
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

  /** Registers the serializer and deserializer of each type this codec reads and writes. */
  static void addTo(SimpleModule module, ReadOptions options) {
    Codec.add(
        module,
        Contest.class,
        (value, generator) -> write(value, generator),
        options,
        in -> {
          in.context.election("a contest");
          return ContestCodec.read(in);
        });
  }
}

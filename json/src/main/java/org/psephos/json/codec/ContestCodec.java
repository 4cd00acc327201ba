package org.psephos.json.codec;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Party;
import org.psephos.SeatCountException;
import org.psephos.VoteConvention;
import org.psephos.Ward;
import org.psephos.json.JsonLimits;
import org.psephos.json.PsephosJsonException.Kind;
import tools.jackson.core.JsonGenerator;

/**
 * A {@link Contest}, written as its council with a {@code "contest"} member: {@code {"contested":
 * 17, "continuing": {composition}, "defended": {seat map}, "previous": {composition}, "wards":
 * [ward, ...]}}; {@code continuing} defaults to no seats (an all-out election) and is written only
 * when not empty; {@code wards} defaults to none and is written only when the contest lists its
 * wards. {@code defended} and {@code previous} are left out together for a contest with no
 * previous result ({@link Contest#hasPreviousResult()}); one without the other is a missing
 * member.
 *
 * <p>A {@link Council}: {@code {"id": "E09000032", "name": "Wandsworth", "type":
 * "london-borough", "region": "London", "size": 60}}, and a {@link CouncilType} as its lower-case
 * hyphenated name.
 *
 * <p>A {@link Ward} of a contest: {@code {"id": "E05000611", "name": "Balham", "seats": 3,
 * "defended": {seat map}, "previousVotes": {"all-votes": {vote map}, "top-candidate": {vote
 * map}}}}; {@code previousVotes} is written only when the ward has some, and then only the
 * conventions it has, in the order {@code all-votes}, {@code top-candidate}. {@code defended} may
 * be left out when reading (none: the ward of a contest with no previous result).
 */
final class ContestCodec {
  static final Set<String> COUNCIL_MEMBERS = Set.of("id", "name", "type", "region", "size");
  static final Set<String> CONTEST_COUNCIL_MEMBERS = Codec.union(COUNCIL_MEMBERS, "contest");
  static final Set<String> CONTEST_MEMBERS =
      Set.of("contested", "continuing", "defended", "previous", "wards");
  static final Set<String> WARD_MEMBERS =
      Set.of("id", "name", "seats", "defended", "previousVotes");

  private ContestCodec() {}

  /** Reads a council with its contest at the current token. */
  static Contest read(Tokens in) {
    Tokens.Members members = in.object(() -> "a council", CONTEST_COUNCIL_MEMBERS);
    Fields council = new Fields();
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

  private static Parts readContest(Tokens in, Fields council) {
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
            continuing = Codec.readComposition(in, () -> council.label() + ": continuing seats");
        case "defended" -> {
          defendedAt = in.mark();
          defended = Codec.readSeats(in, () -> council.label() + ": defended seats");
        }
        case "previous" ->
            previous = Codec.readComposition(in, () -> council.label() + ": previous composition");
        default -> {
          wardsAt = in.mark();
          Tokens.Elements elements =
              in.array(() -> council.label() + ": the wards", JsonLimits.MAX_SEATS);
          wards = new ArrayList<>();
          while (elements.next()) {
            wards.add(readWard(in, () -> council.label() + ": a ward"));
          }
        }
      }
    }
    long contestedStart = members.requiredAt(contestedAt, "contested");
    Composition defendedSeats = Composition.empty();
    if (defended != null || previous != null) {
      defendedSeats =
          members.required(defended, "defended").composition(members.at("defended", defendedAt));
      previous = members.required(previous, "previous");
    }
    return new Parts(contested, contestedStart, continuing, defendedSeats,
        previous == null ? Composition.empty() : previous, wards, wardsAt, start);
  }

  static void write(Contest contest, JsonGenerator generator) {
    generator.writeStartObject();
    writeMembers(contest.council(), generator);
    generator.writeName("contest");
    generator.writeStartObject();
    generator.writeNumberProperty("contested", contest.contested());
    if (!contest.continuing().isEmpty()) {
      generator.writeName("continuing");
      Codec.writeComposition(contest.continuing(), generator);
    }
    if (contest.hasPreviousResult()) {
      generator.writeName("defended");
      Codec.writeSeatMap(generator, contest.defended());
      generator.writeName("previous");
      Codec.writeComposition(contest.previous(), generator);
    }
    if (contest.hasWards()) {
      generator.writeName("wards");
      generator.writeStartArray();
      for (Ward ward : contest.wards()) {
        writeWard(ward, generator);
      }
      generator.writeEndArray();
    }
    generator.writeEndObject();
    generator.writeEndObject();
  }

  /** The council types by their names in the format, in declaration order. */
  private static final Map<String, CouncilType> TYPES_BY_NAME = Codec.byName(CouncilType.values());

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

    /** Reads a member at the current token; false if it is not a council's. */
    boolean read(String member, Tokens in) {
      switch (member) {
        case "id" -> id = in.id(() -> "a council's \"id\"");
        case "name" -> name = in.string("a council's \"name\"");
        case "type" -> type = readType(in);
        case "region" -> region = Optional.of(in.string("a council's \"region\""));
        case "size" -> size = in.count(() -> "a council's \"size\"", JsonLimits.MAX_SEATS);
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
      members.require("size");
      Optional<String> councilRegion = region;
      int seats = size;
      return members.core(
          () -> new Council(councilId, councilName, councilType, councilRegion, seats));
    }
  }

  /** Reads a council on its own at the current token. */
  static Council readCouncil(Tokens in) {
    Tokens.Members members = in.object(() -> "a council", COUNCIL_MEMBERS);
    Fields council = new Fields();
    for (String name = members.next(); name != null; name = members.next()) {
      council.read(name, in);
    }
    return council.build(members);
  }

  static void writeMembers(Council council, JsonGenerator generator) {
    generator.writeStringProperty("id", council.id());
    generator.writeStringProperty("name", council.name());
    generator.writeStringProperty("type", Codec.name(council.type()));
    if (council.region().isPresent()) {
      generator.writeStringProperty("region", council.region().get());
    }
    generator.writeNumberProperty("size", council.size());
  }

  /** Reads a ward at the current token; what it is is worked out on failure. */
  static Ward readWard(Tokens in, Supplier<String> what) {
    Tokens.Members members = in.object(what, WARD_MEMBERS);
    Named ward = new Named();
    int seats = 0;
    Codec.Seats defended = null;
    long defendedAt = 0;
    Map<VoteConvention, Map<Party, Integer>> previous = new EnumMap<>(VoteConvention.class);
    Where negative = null;
    for (String name = members.next(); name != null; name = members.next()) {
      switch (name) {
        case "id" -> ward.id = in.id(() -> what.get() + "'s \"id\"");
        case "name" -> ward.name = in.string(() -> what.get() + "'s \"name\"");
        case "seats" -> seats = in.count(() -> ward.label() + ": seats", JsonLimits.MAX_SEATS);
        case "defended" -> {
          defendedAt = in.mark();
          defended = Codec.readSeats(in, () -> ward.label() + ": defended seats");
        }
        default -> {
          Tokens.Members byConvention = in.object(
              () -> ward.label() + ": the previous votes", Codec.CONVENTIONS.keySet());
          for (String convention = byConvention.next(); convention != null;
              convention = byConvention.next()) {
            String conventionName = convention;
            Codec.Seats votes = Codec.readVotes(in,
                () -> ward.label() + ": previous votes (" + conventionName + ")");
            previous.put(requireNonNull(Codec.CONVENTIONS.get(convention)), votes.seats());
            negative = negative != null ? negative : votes.negative();
          }
        }
      }
    }
    String id = members.required(ward.id, "id");
    String name = members.required(ward.name, "name");
    members.require("seats");
    // a ward of a contest with no previous result defends nothing: "defended" may be left out
    Composition defendedComposition = defended == null ? Composition.empty()
        : defended.composition(members.at("defended", defendedAt));
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

  static void writeWard(Ward ward, JsonGenerator generator) {
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
          generator.writeName(Codec.name(convention));
          Codec.writePartyNumbers(generator, votes);
        }
      }
      generator.writeEndObject();
    }
    generator.writeEndObject();
  }
}

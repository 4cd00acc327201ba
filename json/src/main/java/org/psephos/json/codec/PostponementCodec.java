package org.psephos.json.codec;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Election;
import org.psephos.SeatCountException;
import org.psephos.json.DocumentKind;
import org.psephos.json.PublishedPostponement;
import org.psephos.tally.Tally;
import org.psephos.ward.WardPostponement;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.module.SimpleModule;

/**
 * A postponement line of a result stream: {@code {"format": "psephos.postponement/1", "election":
 * "local.2018-05-03", "sequence": 7, "council": "E09000005", "ward": "E05000104",
 * "heldBeforePoll": {"PP53": 2}, "declaredAt": "..."}}; {@code heldBeforePoll} (who held the
 * ward's seats on the eve of the poll, a seat map) and {@code declaredAt} are left out when not
 * given. The council and the ward must be the election's, as for a ward result.
 */
final class PostponementCodec {
  static final Set<String> LINE_MEMBERS =
      Set.of("format", "election", "sequence", "council", "ward", "heldBeforePoll", "declaredAt");

  private PostponementCodec() {}

  /**
   * Reads a postponement line at the current token; its sequence number must follow {@code
   * previous}, and it is then checked by {@code check}.
   */
  static PublishedPostponement read(Tokens in, long previous, Check check) {
    Election election = in.context.election("a postponement");
    in.require(JsonToken.START_OBJECT,
        () -> "a " + DocumentKind.POSTPONEMENT.formatName() + " document");
    Tokens.Members members = in.object(() -> "a postponement", LINE_MEMBERS);
    LineHead head = new LineHead(DocumentKind.POSTPONEMENT, "a postponement");
    Contest contest = null;
    String wardId = null;
    Where wardAt = null;
    Codec.@Nullable Seats held = null;
    for (String name = members.next(); name != null; name = members.next()) {
      if (head.read(name, in, election)) {
        continue;
      }
      Contest known = contest;
      switch (name) {
        case "council" ->
            contest = DeclarationCodec.contest(in, election, "a postponement's \"council\"");
        case "ward" -> {
          wardId = in.string(() -> (known == null ? "a postponement" : known.council().label())
              + ": a postponement's \"ward\"");
          wardAt = in.place();
        }
        default -> held = Codec.readSeats(in, () -> (known == null ? "a postponement"
            : known.council().label()) + ": seats held before the poll");
      }
    }
    head.requireDocument(in, members);
    head.sequenceAt(members);
    Contest known = members.required(contest, "council");
    String ward = WardResultCodec.ward(
        members.required(wardId, "ward"), requireNonNull(wardAt), known, election).id();
    Codec.Seats seats = held;
    Composition heldBeforePoll = Composition.empty();
    if (seats != null) {
      try {
        heldBeforePoll = Composition.of(seats.seats());
      } catch (SeatCountException e) {
        Where negative = seats.negative();
        throw (negative != null ? negative : members).invalid(e);
      }
    }
    Where at = members;
    long number = head.sequence();
    OffsetDateTime time = head.declaredAt();
    Composition heldSeats = heldBeforePoll;
    PublishedPostponement read = at.core(() -> new PublishedPostponement(election.id(),
        number, time, new WardPostponement(known.council(), ward, heldSeats)));
    head.checkSequence(read, previous, members);
    check.accept(at, read);
    return read;
  }

  static void write(PublishedPostponement published, JsonGenerator generator) {
    WardPostponement postponement = published.postponement();
    generator.writeStartObject();
    generator.writeStringProperty("format", DocumentKind.POSTPONEMENT.format());
    generator.writeStringProperty("election", published.electionId());
    generator.writeNumberProperty("sequence", published.sequence());
    generator.writeStringProperty("council", postponement.council().id());
    generator.writeStringProperty("ward", postponement.wardId());
    if (!postponement.heldBeforePoll().isEmpty()) {
      generator.writeName("heldBeforePoll");
      Codec.writeSeatMap(generator, postponement.heldBeforePoll());
    }
    OffsetDateTime at = published.declaredAt();
    if (at != null) {
      generator.writeStringProperty("declaredAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at));
    }
    generator.writeEndObject();
  }

  /**
   * Registers the serializer and deserializer of each type this codec reads and writes: a line read
   * alone is checked against an empty tally of the reader's election.
   */
  static void addTo(SimpleModule module, ReadOptions options) {
    Codec.add(
        module,
        PublishedPostponement.class,
        (value, generator) -> write(value, generator),
        options,
        in -> read(in, 0, Check.validating(Tally.of(in.context.election("a postponement")))));
  }
}

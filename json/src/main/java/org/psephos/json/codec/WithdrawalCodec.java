package org.psephos.json.codec;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import org.psephos.Contest;
import org.psephos.Election;
import org.psephos.json.DocumentKind;
import org.psephos.json.PublishedWithdrawal;
import org.psephos.tally.Tally;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.module.SimpleModule;

/**
 * A withdrawal line of a result stream: {@code {"format": "psephos.withdrawal/1", "election":
 * "local.2018-05-03", "sequence": 9, "council": "E09000032", "ward": "E05000611", "declaredAt":
 * "..."}}; {@code ward} is left out to withdraw the council's whole result, {@code declaredAt} when
 * not given. The council and the ward must be the election's, as for the results they withdraw.
 */
final class WithdrawalCodec {
  static final Set<String> LINE_MEMBERS =
      Set.of("format", "election", "sequence", "council", "ward", "declaredAt");

  private WithdrawalCodec() {}

  /**
   * Reads a withdrawal line at the current token; its sequence number must follow {@code
   * previous}, and it is then checked by {@code check}.
   */
  static PublishedWithdrawal read(Tokens in, long previous, Check check) {
    Election election = in.context.election("a withdrawal");
    in.require(JsonToken.START_OBJECT,
        () -> "a " + DocumentKind.WITHDRAWAL.formatName() + " document");
    Tokens.Members members = in.object(() -> "a withdrawal", LINE_MEMBERS);
    LineHead head = new LineHead(DocumentKind.WITHDRAWAL, "a withdrawal");
    Contest contest = null;
    String wardId = null;
    Where wardAt = null;
    for (String name = members.next(); name != null; name = members.next()) {
      if (head.read(name, in, election)) {
        continue;
      }
      if (name.equals("council")) {
        contest = DeclarationCodec.contest(in, election, "a withdrawal's \"council\"");
      } else {
        Contest known = contest;
        wardId = in.string(() -> (known == null ? "a withdrawal" : known.council().label())
            + ": a ward result's \"ward\"");
        wardAt = in.place();
      }
    }
    head.requireDocument(in, members);
    head.sequenceAt(members);
    Contest known = members.required(contest, "council");
    Optional<String> ward = wardId == null ? Optional.empty()
        : Optional.of(WardResultCodec.ward(wardId, requireNonNull(wardAt), known, election).id());
    Where at = members;
    long number = head.sequence();
    OffsetDateTime time = head.declaredAt();
    PublishedWithdrawal read = at.core(
        () -> new PublishedWithdrawal(election.id(), number, time, known.council(), ward));
    head.checkSequence(read, previous, members);
    check.accept(at, read);
    return read;
  }

  static void write(PublishedWithdrawal withdrawal, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeStringProperty("format", DocumentKind.WITHDRAWAL.format());
    generator.writeStringProperty("election", withdrawal.electionId());
    generator.writeNumberProperty("sequence", withdrawal.sequence());
    generator.writeStringProperty("council", withdrawal.council().id());
    if (withdrawal.ward().isPresent()) {
      generator.writeStringProperty("ward", withdrawal.ward().get());
    }
    OffsetDateTime at = withdrawal.declaredAt();
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
        PublishedWithdrawal.class,
        (value, generator) -> write(value, generator),
        options,
        in -> read(in, 0, Check.validating(Tally.of(in.context.election("a withdrawal")))));
  }
}

package org.psephos.json.codec;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import org.psephos.Contest;
import org.psephos.Election;
import org.psephos.json.DocumentKind;
import org.psephos.json.JsonLimits;
import org.psephos.json.PublishedWithdrawal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

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

  static PublishedWithdrawal readPublished(Node node, ReadContext context) {
    Bind.checkFormat(DocumentKind.WITHDRAWAL, node);
    Bind.Members members = Bind.object(node, "a withdrawal", LINE_MEMBERS, context.options);
    Election election = context.election("a withdrawal");
    DeclarationCodec.requireElection(members.required("election"), election);
    long sequence =
        Bind.wholeNumber(
            members.required("sequence"), "a withdrawal's \"sequence\"", 1,
            JsonLimits.MAX_SEQUENCE);
    Contest contest =
        DeclarationCodec.contest(members.required("council"), election, "a withdrawal's \"council\"");
    Node wardNode = members.optional("ward");
    Optional<String> ward =
        wardNode == null
            ? Optional.empty()
            : Optional.of(WardResultCodec.ward(wardNode, contest, election).id());
    OffsetDateTime declaredAt =
        DeclarationCodec.declaredAt(members.optional("declaredAt"), "a withdrawal");
    return Bind.core(
        node,
        () -> new PublishedWithdrawal(election.id(), sequence, declaredAt, contest.council(), ward));
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

  static final class Serializer extends StdSerializer<PublishedWithdrawal> {
    Serializer() {
      super(PublishedWithdrawal.class);
    }

    @Override
    public void serialize(
        PublishedWithdrawal value, JsonGenerator generator, SerializationContext context) {
      write(value, generator);
    }
  }
}

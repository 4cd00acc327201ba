package org.psephos.json.codec;

import org.psephos.json.PsephosJsonException;
import org.psephos.json.JsonLimits;
import org.psephos.json.DocumentKind;
import org.psephos.json.PublishedDeclaration;
import org.psephos.json.PublishedResult;
import org.psephos.json.PsephosJsonException.Kind;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.DataSubject;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.SeatCountException;
import org.psephos.Party;
import org.psephos.UnknownIdException;
import org.psephos.tally.Tally;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Declarations: a {@link Declaration} as {@code {"council": "E09000032", "seatsWon": {seat map},
 * "stillToFill": 3, "defendedStillToFill": {seat map}}} (the last two only for a provisional
 * declaration); a {@link PublishedDeclaration} adds {@code "sequence"} and the optional {@code
 * "declaredAt"}, and at the top of a document (a stream line, {@code "psephos.declaration/1"}) also
 * {@code "format"} and {@code "election"}; the declarations document ({@code
 * "psephos.declarations/1"}) holds them in an array.
 */
final class DeclarationCodec {
  static final Set<String> DECLARATION_MEMBERS =
      Set.of("council", "seatsWon", "stillToFill", "defendedStillToFill");
  static final Set<String> PUBLISHED_MEMBERS =
      Set.of("sequence", "council", "declaredAt", "seatsWon", "stillToFill",
          "defendedStillToFill");
  static final Set<String> LINE_MEMBERS =
      Set.of("format", "election", "sequence", "council", "declaredAt", "seatsWon",
          "stillToFill", "defendedStillToFill");
  static final Set<String> DOCUMENT_MEMBERS = Set.of("format", "election", "declarations");

  private DeclarationCodec() {}

  /** The contest of the council a {@code "council"} member names. */
  static Contest contest(Node councilNode, Election election, String what) {
    String councilId = Bind.string(councilNode, what);
    return election
        .contest(councilId)
        .orElseThrow(
            () -> {
              String reason =
                  "council \"" + councilId + "\" is not part of election " + election.id();
              return new PsephosJsonException(Kind.UNKNOWN_REFERENCE, reason, councilNode.pointer(), councilNode.line, councilNode.column,
                  new UnknownIdException(
                      UnknownIdException.Kind.COUNCIL,
                      councilId,
                      reason,
                      DataSubject.none().withCouncil(councilId)));
            });
  }

  /** Reads an optional {@code "declaredAt"} member: a date and time with offset. */
  static @Nullable OffsetDateTime declaredAt(@Nullable Node atNode, String what) {
    if (atNode == null) {
      return null;
    }
    String text = Bind.string(atNode, () -> what + "'s \"declaredAt\"");
    OffsetDateTime common = commonForm(text);
    if (common != null) {
      return common;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw Bind.invalid(
          atNode,
          "declaredAt \"" + text + "\" is not a date and time with offset, such as"
              + " 2018-05-04T02:15:00+01:00",
          e);
    }
  }

  /**
   * A date and time in the form feeds write, {@code 2018-05-04T02:15:00+01:00} or {@code
   * 2018-05-04T01:15:00Z}, read without the general ISO parser; null for any other text, and for
   * a date, time or offset out of range, which the ISO parser then reads or rejects with its
   * reason. Where this returns a value, the ISO parser returns the same one.
   */
  static @Nullable OffsetDateTime commonForm(String text) {
    int length = text.length();
    if ((length != 20 && length != 25)
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    int offsetSeconds;
    char sign = text.charAt(19);
    if (length == 20) {
      if (sign != 'Z') {
        return null;
      }
      offsetSeconds = 0;
    } else {
      int offsetHours = digits(text, 20, 2);
      int offsetMinutes = digits(text, 23, 2);
      if ((sign != '+' && sign != '-')
          || text.charAt(22) != ':'
          || offsetHours < 0
          || offsetHours > 18
          || offsetMinutes < 0
          || offsetMinutes > 59) {
        return null;
      }
      offsetSeconds = (sign == '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
    }
    try {
      return OffsetDateTime.of(
          java.time.LocalDateTime.of(year, month, day, hour, minute, second),
          java.time.ZoneOffset.ofTotalSeconds(offsetSeconds));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** The value of {@code count} ASCII digits at {@code from}, or -1. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  static Declaration readBody(Node node, Bind.Members members, ReadContext context) {
    Election election = context.election("a declaration");
    Contest contest =
        contest(members.required("council"), election, "a declaration's \"council\"");
    Council council = contest.council();
    Node wonNode = members.required("seatsWon");
    Map<Party, Integer> won =
        Codec.readSeatMap(wonNode, () -> council.label() + ": seats won", context);
    Node stillNode = members.optional("stillToFill");
    int stillToFill =
        stillNode == null
            ? 0
            : Bind.count(
                stillNode, () -> council.label() + ": seats still to fill",
                JsonLimits.MAX_SEATS);
    Node defendedNode = members.optional("defendedStillToFill");
    Map<Party, Integer> defended =
        defendedNode == null
            ? Map.of()
            : Codec.readSeatMap(
                defendedNode,
                () -> council.label() + ": seats defended among those still to fill", context);
    try {
      return Declaration.provisional(council, won, stillToFill, defended);
    } catch (SeatCountException e) {
      Node blame = node;
      if (Codec.blameNegative(wonNode) != wonNode) {
        blame = Codec.blameNegative(wonNode);
      } else if (stillNode != null && stillToFill < 0) {
        blame = stillNode;
      } else if (defendedNode != null && Codec.blameNegative(defendedNode) != defendedNode) {
        blame = Codec.blameNegative(defendedNode);
      }
      throw Bind.invalid(blame, e);
    } catch (org.psephos.ElectionDataException e) {
      throw Bind.invalid(node, e);
    }
  }

  /**
   * Reads a published declaration: a stream line when {@code document}, otherwise an element of a
   * declarations document. The caller checks it against its tally.
   */
  static PublishedDeclaration readPublished(
      Node node, ReadContext context, boolean document) {
    if (document) {
      Bind.checkFormat(DocumentKind.DECLARATION, node);
    }
    Bind.Members members =
        Bind.object(node, "a declaration", document ? LINE_MEMBERS : PUBLISHED_MEMBERS,
            context.options);
    Election election = context.election("a declaration");
    if (document) {
      requireElection(members.required("election"), election);
    }
    long sequence =
        Bind.wholeNumber(
            members.required("sequence"), "a declaration's \"sequence\"", 1,
            JsonLimits.MAX_SEQUENCE);
    OffsetDateTime declaredAt = declaredAt(members.optional("declaredAt"), "a declaration");
    Declaration declaration = readBody(node, members, context);
    OffsetDateTime time = declaredAt;
    return Bind.core(
        node, () -> new PublishedDeclaration(election.id(), sequence, time, declaration));
  }

  static void requireElection(Node electionNode, Election election) {
    String id = Bind.string(electionNode, "the document's \"election\"");
    if (!id.equals(election.id())) {
      throw new PsephosJsonException(Kind.UNKNOWN_REFERENCE, "the document is for election " + id + ", not for election " + election.id(),
          electionNode.pointer(), electionNode.line, electionNode.column, null);
    }
  }

  /** Reads a declarations document; every declaration is checked once, after its sequence number. */
  static List<PublishedDeclaration> readDocument(
      Node root, ReadContext context, Check check) {
    Bind.checkFormat(DocumentKind.DECLARATIONS, root);
    Bind.Members members =
        Bind.object(root, "a declarations document", DOCUMENT_MEMBERS, context.options);
    Election election = context.election("declarations");
    requireElection(members.required("election"), election);
    List<PublishedDeclaration> declarations = new ArrayList<>();
    long last = 0;
    for (Node element :
        Bind.array(
            members.required("declarations"), "the declarations", JsonLimits.MAX_DECLARATIONS)) {
      PublishedDeclaration declaration = readPublished(element, context, false);
      checkSequence(declaration, last, element);
      check.accept(element, declaration);
      last = declaration.sequence();
      declarations.add(declaration);
    }
    return Collections.unmodifiableList(declarations);
  }

  static void checkSequence(PublishedResult published, long previous, Node node) {
    if (published.sequence() <= previous) {
      Node at = node.members().getOrDefault("sequence", node);
      throw new PsephosJsonException(Kind.SEQUENCE, published.council().label() + ": sequence number "
              + published.sequence() + " does not follow " + previous
              + "; sequence numbers must rise",
          at.pointer(), at.line, at.column, null);
    }
  }

  static void writeBody(
      Declaration declaration, @Nullable OffsetDateTime declaredAt, JsonGenerator generator) {
    generator.writeStringProperty("council", declaration.council().id());
    if (declaredAt != null) {
      generator.writeStringProperty(
          "declaredAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(declaredAt));
    }
    generator.writeName("seatsWon");
    Codec.writeSeatMap(generator, declaration.seatsWon());
    if (declaration.stillToFill() > 0) {
      generator.writeNumberProperty("stillToFill", declaration.stillToFill());
    }
    if (!declaration.defendedStillToFill().isEmpty()) {
      generator.writeName("defendedStillToFill");
      Codec.writeSeatMap(generator, declaration.defendedStillToFill());
    }
  }

  static void writePublished(
      PublishedDeclaration published, boolean document, JsonGenerator generator) {
    generator.writeStartObject();
    if (document) {
      generator.writeStringProperty("format", DocumentKind.DECLARATION.format());
      generator.writeStringProperty("election", published.electionId());
    }
    generator.writeNumberProperty("sequence", published.sequence());
    writeBody(published.declaration(), published.declaredAt(), generator);
    generator.writeEndObject();
  }

  static void writeDocument(
      String electionId, List<PublishedDeclaration> declarations, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeStringProperty("format", DocumentKind.DECLARATIONS.format());
    generator.writeStringProperty("election", electionId);
    generator.writeName("declarations");
    generator.writeStartArray();
    for (PublishedDeclaration declaration : declarations) {
      writePublished(declaration, false, generator);
    }
    generator.writeEndArray();
    generator.writeEndObject();
  }

  static final class Serializer extends StdSerializer<Declaration> {
    Serializer() {
      super(Declaration.class);
    }

    @Override
    public void serialize(Declaration value, JsonGenerator generator, SerializationContext context) {
      generator.writeStartObject();
      writeBody(value, null, generator);
      generator.writeEndObject();
    }
  }

  static final class Deserializer extends Codec.NodeDeserializer<Declaration> {
    Deserializer(ReadOptions options) {
      super(Declaration.class, options);
    }

    @Override
    Declaration read(Node node, ReadContext context) {
      return readBody(
          node, Bind.object(node, "a declaration", DECLARATION_MEMBERS, context.options), context);
    }
  }

  static final class PublishedSerializer extends StdSerializer<PublishedDeclaration> {
    PublishedSerializer() {
      super(PublishedDeclaration.class);
    }

    @Override
    public void serialize(
        PublishedDeclaration value, JsonGenerator generator, SerializationContext context) {
      writePublished(value, generator.streamWriteContext().inRoot(), generator);
    }
  }

  static final class PublishedDeserializer extends Codec.NodeDeserializer<PublishedDeclaration> {
    PublishedDeserializer(ReadOptions options) {
      super(PublishedDeclaration.class, options);
    }

    @Override
    PublishedDeclaration read(Node node, ReadContext context) {
      Election election = context.election("a declaration");
      PublishedDeclaration read = readPublished(node, context, node.pointer().isEmpty());
      Check.validating(Tally.of(election)).accept(node, read);
      return read;
    }
  }
}

package org.psephos.json.codec;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Election;
import org.psephos.json.DocumentKind;
import org.psephos.json.JsonLimits;
import org.psephos.json.PsephosJsonException.Kind;
import org.psephos.json.PublishedPostponement;
import org.psephos.json.PublishedResult;
import org.psephos.json.PublishedWithdrawal;
import org.psephos.ward.WardPostponement;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * The lines of a result stream that name a council's ward without a result: a withdrawal, {@code
 * {"format": "psephos.withdrawal/1", "election": "local.2018-05-03", "sequence": 9, "council":
 * "E09000032", "ward": "E05000611", "declaredAt": "..."}}, with {@code ward} left out to withdraw
 * the council's whole result; and a postponement, {@code {"format": "psephos.postponement/1",
 * "election": "local.2018-05-03", "sequence": 7, "council": "E09000005", "ward": "E05000104",
 * "heldBeforePoll": {"PP53": 2}, "declaredAt": "..."}}, with {@code heldBeforePoll} (who held the
 * ward's seats on the eve of the poll, a seat map) left out when not given. {@code declaredAt} is
 * left out when not given. The council and the ward must be the election's, as for a ward result.
 */
final class WardLineCodec {
  static final Set<String> WITHDRAWAL_MEMBERS =
      Set.of("format", "election", "sequence", "council", "ward", "declaredAt");
  static final Set<String> POSTPONEMENT_MEMBERS = Codec.union(WITHDRAWAL_MEMBERS, "heldBeforePoll");

  private WardLineCodec() {}

  /**
   * Reads a withdrawal or postponement line ({@code kind}) at the current token; its sequence
   * number must follow {@code previous}, and it is then checked by {@code check}.
   */
  static PublishedResult read(Tokens in, DocumentKind kind, long previous, Check check) {
    boolean withdrawal = kind == DocumentKind.WITHDRAWAL;
    String what = withdrawal ? "a withdrawal" : "a postponement";
    Election election = in.context.election(what);
    LineHead head = new LineHead(in, election, kind, what, true,
        withdrawal ? WITHDRAWAL_MEMBERS : POSTPONEMENT_MEMBERS);
    Tokens.Members members = head.members;
    Contest contest = null;
    String wardId = null;
    Where wardAt = null;
    Codec.@Nullable Seats held = null;
    for (String name = members.next(); name != null; name = members.next()) {
      if (head.read(name, in)) {
        continue;
      }
      Contest known = contest;
      Supplier<String> label = () -> known == null ? what : known.council().label();
      switch (name) {
        case "council" -> contest = DeclarationCodec.contest(in, election, what + "'s \"council\"");
        case "ward" -> {
          wardId = in.string(() -> label.get()
              + (withdrawal ? ": a ward result's \"ward\"" : ": a postponement's \"ward\""));
          wardAt = in.place();
        }
        default -> held = Codec.readSeats(in, () -> label.get() + ": seats held before the poll");
      }
    }
    head.requireDocument(in);
    head.sequenceAt();
    Contest known = members.required(contest, "council");
    String ward = withdrawal && wardId == null ? null : WardResultCodec.ward(
        members.required(wardId, "ward"), requireNonNull(wardAt), known, election).id();
    Composition heldSeats = held == null ? Composition.empty() : held.composition(members);
    // the type argument named: the one inferred, an intersection type, fails the lambda at run time
    return head.<PublishedResult>publish(previous, check, (number, time) -> withdrawal
        ? new PublishedWithdrawal(
            election.id(), number, time, known.council(), Optional.ofNullable(ward))
        : new PublishedPostponement(election.id(), number, time,
            new WardPostponement(known.council(), requireNonNull(ward), heldSeats)));
  }

  /** Writes a withdrawal or a postponement line. */
  static void write(PublishedResult line, JsonGenerator generator) {
    Codec.writeStart(generator, line,
        line instanceof PublishedWithdrawal ? DocumentKind.WITHDRAWAL : DocumentKind.POSTPONEMENT);
    generator.writeStringProperty("council", line.council().id());
    if (line instanceof PublishedWithdrawal withdrawal) {
      if (withdrawal.ward().isPresent()) {
        generator.writeStringProperty("ward", withdrawal.ward().get());
      }
    } else {
      WardPostponement postponement = ((PublishedPostponement) line).postponement();
      generator.writeStringProperty("ward", postponement.wardId());
      if (!postponement.heldBeforePoll().isEmpty()) {
        generator.writeName("heldBeforePoll");
        Codec.writeSeatMap(generator, postponement.heldBeforePoll());
      }
    }
    Codec.writeDeclaredAt(generator, line.declaredAt());
    generator.writeEndObject();
  }

  /**
   * The members every published input shares, read as they come: {@code "format"} and {@code
   * "election"} (of a stream line or a document), {@code "sequence"} and {@code "declaredAt"}. One
   * per object read; {@link #read} takes a member if it is one of these, and the checks once the
   * object is read say what is missing.
   */
  static final class LineHead {
    private final DocumentKind kind;
    /** What the object is, for messages: {@code "a ward result"}. */
    private final String what;
    private final Election election;
    /** The object's members. */
    final Tokens.Members members;
    private long sequence;
    private long sequenceAt;
    private @Nullable OffsetDateTime declaredAt;

    /**
     * Starts reading the object at the current token, defining the members {@code known}, in an
     * election; one that is a document of its own ({@code document}) must be an object of its kind.
     */
    LineHead(Tokens in, Election election, DocumentKind kind, String what, boolean document,
        Set<String> known) {
      this.kind = kind;
      this.what = what;
      this.election = election;
      if (document) {
        in.require(JsonToken.START_OBJECT, () -> "a " + kind.formatName() + " document");
      }
      this.members = in.object(() -> what, known);
    }

    /** Reads a member at the current token if it is one of the shared ones; false if not. */
    boolean read(String name, Tokens in) {
      switch (name) {
        case "format" -> in.format(kind);
        case "election" -> {
          String id = in.string("the document's \"election\"");
          if (!id.equals(election.id())) {
            throw in.fail(Kind.UNKNOWN_REFERENCE,
                "the document is for election " + id + ", not for election " + election.id(),
                null);
          }
        }
        case "sequence" -> {
          sequence = in.wholeNumber(() -> what + "'s \"sequence\"", 1, JsonLimits.MAX_SEQUENCE);
          sequenceAt = in.mark();
        }
        case "declaredAt" -> declaredAt = declaredAt(in);
        default -> {
          return false;
        }
      }
      return true;
    }

    /** Reads a {@code "declaredAt"} value at the current token: a date and time with offset. */
    private OffsetDateTime declaredAt(Tokens in) {
      String text = in.string(() -> what + "'s \"declaredAt\"");
      OffsetDateTime common = DeclarationCodec.commonForm(text);
      if (common != null) {
        return common;
      }
      try {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      } catch (DateTimeParseException e) {
        throw in.fail(Kind.INVALID_VALUE,
            "declaredAt \"" + text + "\" is not a date and time with offset,"
            + " such as 2018-05-04T02:15:00+01:00", e);
      }
    }

    /** Throws unless a stream line or a document gave its format and election. */
    void requireDocument(Tokens in) {
      if (!members.has("format")) {
        throw in.noFormat(kind, members);
      }
      members.require("election");
    }

    /** Where the sequence number is; throws if it is missing. */
    long sequenceAt() {
      return members.requiredAt(sequenceAt, "sequence");
    }

    /** Makes a published input of what was read and the head's sequence number and time. */
    interface Input<T extends PublishedResult> {
      T make(long sequence, @Nullable OffsetDateTime declaredAt);
    }

    /**
     * The published input, made through core (a failure reported at the object), whose sequence
     * number must follow {@code previous}; it is then checked by {@code check}, if any.
     */
    <T extends PublishedResult> T publish(long previous, @Nullable Check check, Input<T> input) {
      long number = sequence;
      OffsetDateTime time = declaredAt;
      T read = members.core(() -> input.make(number, time));
      Where at = members.at("sequence", sequenceAt());
      if (read.sequence() <= previous) {
        throw at.fail(Kind.SEQUENCE, read.council().label() + ": sequence number "
            + read.sequence() + " does not follow " + previous
            + "; sequence numbers must rise", null);
      }
      if (check != null) {
        check.accept(members, read);
      }
      return read;
    }
  }
}

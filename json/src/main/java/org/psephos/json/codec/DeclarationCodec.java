package org.psephos.json.codec;

import org.psephos.json.JsonLimits;
import org.psephos.json.DocumentKind;
import org.psephos.json.PublishedDeclaration;
import org.psephos.json.PsephosJsonException.Kind;
import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.DataSubject;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.SeatCountException;
import org.psephos.UnknownIdException;
import tools.jackson.core.JsonGenerator;

/**
 * Declarations: a {@link Declaration} as {@code {"council": "E09000032", "seatsWon": {seat map},
 * "stillToFill": 3, "defendedStillToFill": {seat map}, "heldStillToFill": {seat map}}} (the last
 * three only for a provisional declaration); a {@link PublishedDeclaration} adds {@code "sequence"} and the optional {@code
 * "declaredAt"}, and at the top of a document (a stream line, {@code "psephos.declaration/1"}) also
 * {@code "format"} and {@code "election"}; the declarations document ({@code
 * "psephos.declarations/1"}) holds them in an array.
 */
final class DeclarationCodec {
  static final Set<String> DECLARATION_MEMBERS =
      Set.of("council", "seatsWon", "stillToFill", "defendedStillToFill", "heldStillToFill");
  static final Set<String> PUBLISHED_MEMBERS =
      Codec.union(DECLARATION_MEMBERS, "sequence", "declaredAt");
  static final Set<String> LINE_MEMBERS = Codec.union(PUBLISHED_MEMBERS, "format", "election");
  static final Codec.Document<PublishedDeclaration> DOCUMENT = new Codec.Document<>(
      DocumentKind.DECLARATIONS, "declarations", "declarations", JsonLimits.MAX_DECLARATIONS,
      (in, previous, check) -> readPublished(in, false, previous, check),
      (declaration, generator) -> writePublished(declaration, false, generator));

  private DeclarationCodec() {}

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

  /** The contest of the council a {@code "council"} value names, at the current token. */
  static Contest contest(Tokens in, Election election, String what) {
    return contest(in, election, in.string(what), null);
  }

  /**
   * The contest of a council id, or the failure at the current token, saying {@code who} names
   * the council if given.
   */
  static Contest contest(Tokens in, Election election, String id, @Nullable String who) {
    return election.contest(id).orElseThrow(() -> {
      String reason = (who == null ? "council \"" + id + "\" is"
          : who + " names council \"" + id + "\", which is")
          + " not part of election " + election.id();
      return in.fail(Kind.UNKNOWN_REFERENCE, reason, new UnknownIdException(
          UnknownIdException.Kind.COUNCIL, id, reason, DataSubject.none().withCouncil(id)));
    });
  }

  /** A declaration's body as read: its council, the seats won and any seats still to fill. */
  static final class Body {
    @Nullable Contest contest;
    private Codec.@Nullable Seats won;
    private int stillToFill;
    private @Nullable Where stillAt;
    private Codec.@Nullable Seats defended;
    private Codec.@Nullable Seats held;

    String label() {
      Contest known = contest;
      return known == null ? "a declaration" : known.council().label();
    }

    /** Reads a member of the body at the current token; false if it is not one. */
    boolean read(String name, Tokens in) {
      switch (name) {
        case "council" -> contest = contest(
            in, in.context.election("a declaration"), "a declaration's \"council\"");
        case "seatsWon" -> won = Codec.readSeats(in, () -> label() + ": seats won");
        case "stillToFill" -> {
          stillToFill = in.count(() -> label() + ": seats still to fill", JsonLimits.MAX_SEATS);
          stillAt = stillToFill < 0 ? in.place() : null;
        }
        case "defendedStillToFill" -> defended = Codec.readSeats(
            in, () -> label() + ": seats defended among those still to fill");
        case "heldStillToFill" -> held = Codec.readSeats(
            in, () -> label() + ": seats held before the poll among those still to fill");
        default -> {
          return false;
        }
      }
      return true;
    }

    /** The declaration, at the end of its object. */
    Declaration build(Tokens.Members members) {
      Council council = members.required(contest, "council").council();
      Codec.Seats seatsWon = members.required(won, "seatsWon");
      Codec.Seats stillDefended = defended;
      Codec.Seats stillHeld = held;
      try {
        return Declaration.provisional(council, seatsWon.seats(), stillToFill,
            stillDefended == null ? Map.of() : stillDefended.seats(),
            stillHeld == null ? Map.of() : stillHeld.seats());
      } catch (SeatCountException e) {
        Where blame = seatsWon.negative() != null ? seatsWon.negative()
            : stillAt != null ? stillAt
            : stillDefended != null && stillDefended.negative() != null
                ? stillDefended.negative()
            : stillHeld != null && stillHeld.negative() != null ? stillHeld.negative() : members;
        throw requireNonNull(blame).invalid(e);
      } catch (org.psephos.ElectionDataException e) {
        throw members.invalid(e);
      }
    }
  }

  /**
   * Reads a declaration at the current token: a stream line or one declaration document ({@code
   * line}), an element of a declarations document ({@code published}), or a {@link Declaration}
   * on its own. A published declaration's sequence number must follow {@code previous}; it is
   * then checked by {@code check}.
   */
  static PublishedDeclaration readPublished(
      Tokens in, boolean line, long previous, Check check) {
    return (PublishedDeclaration) read(in, line, true, previous, check);
  }

  static Object read(
      Tokens in, boolean line, boolean published, long previous, @Nullable Check check) {
    Election election = in.context.election("a declaration");
    var head = new WardLineCodec.LineHead(in, election, DocumentKind.DECLARATION, "a declaration",
        line, line ? LINE_MEMBERS : published ? PUBLISHED_MEMBERS : DECLARATION_MEMBERS);
    Tokens.Members members = head.members;
    Body body = new Body();
    for (String name = members.next(); name != null; name = members.next()) {
      if (!head.read(name, in)) {
        body.read(name, in);
      }
    }
    if (line) {
      head.requireDocument(in);
    }
    if (published) {
      head.sequenceAt();
    }
    Declaration declaration = body.build(members);
    if (!published) {
      return declaration;
    }
    return head.publish(previous, check,
        (number, time) -> new PublishedDeclaration(election.id(), number, time, declaration));
  }

  static void writeBody(
      Declaration declaration, @Nullable OffsetDateTime declaredAt, JsonGenerator generator) {
    generator.writeStringProperty("council", declaration.council().id());
    Codec.writeDeclaredAt(generator, declaredAt);
    writeSeats(declaration, generator);
  }

  /** The seats won, and any seats still to fill with who defended and who held them. */
  static void writeSeats(Declaration declaration, JsonGenerator generator) {
    generator.writeName("seatsWon");
    Codec.writeSeatMap(generator, declaration.seatsWon());
    if (declaration.stillToFill() > 0) {
      generator.writeNumberProperty("stillToFill", declaration.stillToFill());
    }
    if (!declaration.defendedStillToFill().isEmpty()) {
      generator.writeName("defendedStillToFill");
      Codec.writeSeatMap(generator, declaration.defendedStillToFill());
    }
    if (!declaration.heldStillToFill().isEmpty()) {
      generator.writeName("heldStillToFill");
      Codec.writeSeatMap(generator, declaration.heldStillToFill());
    }
  }

  static void writePublished(
      PublishedDeclaration published, boolean document, JsonGenerator generator) {
    Codec.writeStart(generator, published, document ? DocumentKind.DECLARATION : null);
    writeBody(published.declaration(), published.declaredAt(), generator);
    generator.writeEndObject();
  }
}

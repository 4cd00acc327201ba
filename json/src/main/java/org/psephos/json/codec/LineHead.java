package org.psephos.json.codec;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.psephos.Election;
import org.psephos.json.DocumentKind;
import org.psephos.json.JsonLimits;
import org.psephos.json.PublishedResult;

/**
 * The members every published input shares, read as they come: {@code "format"} and {@code
 * "election"} (of a stream line or a document), {@code "sequence"} and {@code "declaredAt"}. One
 * per object read; {@link #read} takes a member if it is one of these, and the checks once the
 * object is read say what is missing.
 */
final class LineHead {
  private final DocumentKind kind;
  /** What the object is, for messages: {@code "a ward result"}. */
  private final String what;
  private boolean format;
  private boolean electionGiven;
  private long sequence;
  private long sequenceAt;
  private @Nullable OffsetDateTime declaredAt;

  LineHead(DocumentKind kind, String what) {
    this.kind = kind;
    this.what = what;
  }

  /** Reads a member at the current token if it is one of the shared ones; false if not. */
  boolean read(String name, Tokens in, Election election) {
    switch (name) {
      case "format" -> {
        in.format(kind);
        format = true;
      }
      case "election" -> {
        DeclarationCodec.requireElection(in, election);
        electionGiven = true;
      }
      case "sequence" -> {
        sequence = in.wholeNumber(() -> what + "'s \"sequence\"", 1, JsonLimits.MAX_SEQUENCE);
        sequenceAt = in.mark();
      }
      case "declaredAt" -> declaredAt = DeclarationCodec.declaredAt(in, what);
      default -> {
        return false;
      }
    }
    return true;
  }

  /** Throws unless a stream line or a document gave its format and election. */
  void requireDocument(Tokens in, Tokens.Members members) {
    if (!format) {
      throw in.noFormat(kind, members);
    }
    if (!electionGiven) {
      throw members.missing("election");
    }
  }

  /** Where the sequence number is; throws if it is missing. */
  long sequenceAt(Tokens.Members members) {
    return members.requiredAt(sequenceAt, "sequence");
  }

  long sequence() {
    return sequence;
  }

  @Nullable OffsetDateTime declaredAt() {
    return declaredAt;
  }

  /** Checks a published input's sequence number against the one before it, where it was read. */
  void checkSequence(PublishedResult read, long previous, Tokens.Members members) {
    DeclarationCodec.checkSequence(read, previous, members.at("sequence", sequenceAt(members)));
  }
}

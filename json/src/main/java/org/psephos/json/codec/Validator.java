package org.psephos.json.codec;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.psephos.Election;
import org.psephos.json.DocumentKind;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.JsonLimits;
import org.psephos.json.PsephosJsonException;
import org.psephos.json.PsephosJsonException.Kind;
import org.psephos.json.PublishedResult;
import org.psephos.tally.Tally;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a document in one pass over its bytes and collects every problem, not only the first: the
 * members of the root object are read as they come, and the parts of its array (the councils of an
 * election, the declarations or ward results of a document) one at a time, each on its own, so
 * that a fault in one part does not hide a fault in another. Only one part is held at a time, and
 * the bytes are decoded as they are read. A fault outside the parts (the format, the election's
 * id, a party) ends the check, since every part depends on it; so does input that is not
 * well-formed JSON. At most {@link #MAX_PROBLEMS} problems are collected, then the check stops.
 */
public final class Validator {
  /** The most problems one check collects. */
  public static final int MAX_PROBLEMS = 1_000;

  private final JsonMapper mapper;
  private final Reading reading;
  private final ReadOptions options;

  /**
   * A validator reading with a mapper.
   *
   * @param mapper the mapper, with the limits set
   * @param reading the readers of single values
   * @param ignoreUnknownFields whether members the format does not define are ignored
   */
  public Validator(JsonMapper mapper, Reading reading, boolean ignoreUnknownFields) {
    this.mapper = requireNonNull(mapper, "mapper");
    this.reading = requireNonNull(reading, "reading");
    this.options = ReadOptions.of(ignoreUnknownFields);
  }

  /**
   * What a check found.
   *
   * @param problems every problem, in the order found, at most {@link #MAX_PROBLEMS}
   * @param parts how many parts (councils, declarations, ward results, stream lines) were read
   * @param validParts how many of them were valid
   * @param capped whether the check stopped at {@link #MAX_PROBLEMS}
   * @param definition the election defined, for a valid election file
   */
  public record Found(
      List<PsephosJsonException> problems,
      long parts,
      long validParts,
      boolean capped,
      Optional<ElectionDefinition> definition) {}

  /** The problems of one check, up to the cap, and its parts. */
  private static final class Problems {
    final List<PsephosJsonException> found = new ArrayList<>();
    long parts;
    long validParts;
    boolean capped;
    @Nullable ElectionDefinition definition;

    /** Adds a problem; false once the cap is reached, when the check stops. */
    boolean add(PsephosJsonException problem) {
      if (found.size() == MAX_PROBLEMS) {
        capped = true;
        return false;
      }
      found.add(problem);
      return true;
    }

    Found done() {
      return new Found(
          List.copyOf(found), parts, validParts, capped,
          found.isEmpty() ? Optional.ofNullable(definition) : Optional.empty());
    }
  }

  /** Reads and checks one part of a document at its first token. */
  private interface Part {
    void read(Tokens in);
  }

  /** Checks a whole document at its first token; false if the check stopped before its end. */
  private interface Body {
    boolean read(Tokens in, Problems problems);
  }

  /**
   * Checks an election definition file, each council on its own and then the councils together.
   *
   * @param in the file's UTF-8 bytes, left open
   * @return the problems, and the definition if there are none
   */
  public Found election(InputStream in) {
    byte[] bytes = Reading.upToTheLimit(in);
    boolean whole = bytes.length <= JsonLimits.MAX_DOCUMENT_LENGTH;
    InputStream read = whole ? new ByteArrayInputStream(bytes)
        : new SequenceInputStream(new ByteArrayInputStream(bytes), in);
    return check(read, null, (tokens, problems) -> {
      ElectionCodec.Wards wards = new ElectionCodec.Wards();
      problems.definition = ElectionCodec.read(tokens,
          whole ? () -> parser(new ByteArrayInputStream(bytes)) : null,
          (councils, into) -> {
            councils.require(JsonToken.START_ARRAY, () -> "the councils");
            return parts(councils, problems, part -> into.add(wards.count(part)),
                JsonLimits.MAX_COUNCILS);
          });
      return true;
    });
  }

  /**
   * Checks a document with a body, collecting the problem that ends the check: the input holds no
   * document, is not well-formed, or has content after its end.
   */
  private Found check(InputStream in, @Nullable Election election, Body body) {
    Problems problems = new Problems();
    JsonParser parser = parser(in);
    try (parser) {
      Tokens tokens = new Tokens(parser, ReadContext.of(options, election));
      if (parser.nextToken() == null) {
        problems.add(new PsephosJsonException(
            Kind.TRUNCATED_DOCUMENT, "the input holds no JSON document", "", 1, 1, null));
      } else if (body.read(tokens, problems) && parser.nextToken() != null) {
        throw tokens.fail(Kind.MALFORMED_JSON, "content follows the end of the document", null);
      }
    } catch (PsephosJsonException e) {
      problems.add(e);
    } catch (JacksonIOException e) {
      try {
        throw Tokens.notUtf8(e, parser);
      } catch (PsephosJsonException known) {
        problems.add(known);
      } catch (JacksonIOException other) {
        throw new UncheckedIOException(new IOException(other.getMessage(), other));
      }
    } catch (JacksonException e) {
      problems.add(Tokens.translate(e, parser));
    }
    return problems.done();
  }

  /** A parser of the bytes, decoded strictly as UTF-8 as they are read. */
  private JsonParser parser(InputStream in) {
    try {
      return mapper.createParser(decoded(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks a declarations document, each declaration on its own, after the sequence number of the
   * last valid one.
   *
   * @param tally the tally the declarations are for
   * @param in the document's UTF-8 bytes, left open
   * @return the problems
   */
  public Found declarations(Tally tally, InputStream in) {
    return results(
        tally, in, DocumentKind.DECLARATIONS, "declarations", DeclarationCodec.DOCUMENT_MEMBERS,
        (part, previous, check) -> DeclarationCodec.readPublished(part, false, previous, check),
        JsonLimits.MAX_DECLARATIONS);
  }

  /**
   * Checks a ward results document, each ward result on its own, after the sequence number of the
   * last valid one.
   *
   * @param tally the tally the results are for
   * @param in the document's UTF-8 bytes, left open
   * @return the problems
   */
  public Found wardResults(Tally tally, InputStream in) {
    return results(
        tally, in, DocumentKind.WARD_RESULTS, "wardResults", WardResultCodec.DOCUMENT_MEMBERS,
        (part, previous, check) ->
            (PublishedResult) WardResultCodec.read(part, false, true, previous, check),
        JsonLimits.MAX_WARD_RESULTS);
  }

  /**
   * Checks a result stream (declarations and ward results), every line on its own.
   *
   * @param tally the tally the results are for
   * @param in the stream's bytes, left open
   * @return the problems; the parts are the lines read
   */
  public Found resultStream(Tally tally, InputStream in) {
    Problems problems = new Problems();
    FeedReader<PublishedResult> feed = reading.resultFeed(tally, in);
    while (true) {
      try {
        if (feed.next().isEmpty()) {
          break;
        }
        problems.validParts++;
      } catch (PsephosJsonException e) {
        if (!problems.add(e)) {
          break;
        }
      }
    }
    problems.parts = feed.lineNumber();
    return problems.done();
  }

  /** Reads one published result of a document at its first token, after a sequence number. */
  private interface ResultReader {
    PublishedResult read(Tokens in, long previous, Check check);
  }

  private Found results(
      Tally tally,
      InputStream in,
      DocumentKind kind,
      String partsMember,
      Set<String> members,
      ResultReader reader,
      int maxParts) {
    Election election = tally.election();
    Check check = Check.validating(tally);
    return check(in, election, (tokens, problems) -> {
      tokens.require(JsonToken.START_OBJECT, () -> "a " + kind.formatName() + " document");
      String what = kind == DocumentKind.DECLARATIONS ? "a declarations document"
          : "a ward results document";
      Tokens.Members root = tokens.object(() -> what, members);
      var head = new WardLineCodec.LineHead(kind, what);
      boolean parts = false;
      for (String name = root.next(); name != null; name = root.next()) {
        if (!head.read(name, tokens, election)) {
          tokens.require(JsonToken.START_ARRAY, () -> kind == DocumentKind.DECLARATIONS
              ? "the declarations" : "the ward results");
          parts = true;
          long[] last = {0};
          if (!parts(tokens, problems,
              part -> last[0] = reader.read(part, last[0], check).sequence(), maxParts)) {
            return false;
          }
        }
      }
      head.requireDocument(tokens, root);
      if (!parts) {
        throw root.missing(partsMember);
      }
      return true;
    });
  }

  /**
   * Reads the parts of the array at the current token, each checked on its own; a part's problem
   * is collected, the rest of the part skipped and the next part read. False if the check stopped
   * (at the cap, or the limit of parts).
   */
  private static boolean parts(Tokens tokens, Problems problems, Part part, int maxParts) {
    TokenStreamContext array = tokens.parser.streamReadContext();
    while (tokens.next() != JsonToken.END_ARRAY) {
      if (problems.parts == maxParts) {
        problems.add(tokens.fail(Kind.LIMIT_EXCEEDED,
            "the array has more elements than the limit of " + maxParts, null));
        return false;
      }
      problems.parts++;
      try {
        part.read(tokens);
        problems.validParts++;
      } catch (PsephosJsonException e) {
        if (!problems.add(e)) {
          return false;
        }
        while (tokens.parser.streamReadContext() != array) {
          tokens.next();
        }
      }
    }
    return true;
  }

  /** The bytes decoded strictly as UTF-8 as they are read, a leading byte order mark skipped. */
  private static InputStreamReader decoded(InputStream in) throws IOException {
    PushbackInputStream bytes = new PushbackInputStream(new FilterInputStream(in) {
      @Override
      public void close() {
        // the caller's stream is left open
      }
    }, 3);
    byte[] start = bytes.readNBytes(3);
    if (!Arrays.equals(start, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
      bytes.unread(start);
    }
    return new InputStreamReader(bytes, Reading.strictDecoder());
  }
}

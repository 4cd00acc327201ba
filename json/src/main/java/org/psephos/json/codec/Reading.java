package org.psephos.json.codec;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.psephos.Election;
import org.psephos.json.DocumentKind;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.JsonLimits;
import org.psephos.json.PsephosJsonException;
import org.psephos.json.PsephosJsonException.Kind;
import org.psephos.json.PublishedDeclaration;
import org.psephos.json.PublishedResult;
import org.psephos.json.PublishedWardResult;
import org.psephos.json.Results;
import org.psephos.tally.Tally;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The readers of {@link org.psephos.json.PsephosJson}: documents, and the lines of streams; and
 * its checks, which read a document in one pass over its bytes and collect every problem, not only
 * the first: the members of the root object are read as they come, and the parts of its array (the
 * councils of an election, the declarations or ward results of a document) one at a time, each on
 * its own, so that a fault in one part does not hide a fault in another. Only one part is held at
 * a time, and the bytes are decoded as they are read. A fault outside the parts (the format, the
 * election's id, a party) ends the check, since every part depends on it; so does input that is
 * not well-formed JSON. At most {@link #MAX_PROBLEMS} problems are collected, then the check
 * stops.
 */
public final class Reading {
  private final JsonMapper mapper;
  /**
   * The mapper's parser factory (with its limits), whose parsers are made without a mapper's
   * context, for {@link Tokens} to read; so also without the parser's duplicate detection, which
   * {@link Tokens} does itself, reporting as the parser would.
   */
  private final TokenStreamFactory parsers;
  private final ReadOptions options;

  /**
   * Readers parsing with a mapper.
   *
   * @param mapper the mapper, with the limits set
   * @param ignoreUnknownFields whether members the format does not define are ignored
   */
  public Reading(JsonMapper mapper, boolean ignoreUnknownFields) {
    this.mapper = requireNonNull(mapper, "mapper");
    this.parsers = mapper.tokenStreamFactory();
    this.options = ReadOptions.of(ignoreUnknownFields);
  }

  /**
   * Reads an election definition document.
   *
   * @param json the document: a {@code String}, or an {@code InputStream} of UTF-8 bytes (left
   *     open)
   * @return the definition
   */
  public ElectionDefinition election(Object json) {
    Source source = source(json);
    return Tokens.document(source.parser(), ReadContext.of(options, null),
        in -> requireNonNull(ElectionCodec.read(in, source.again(), ElectionCodec.STRICT)));
  }

  /**
   * Reads a declarations document.
   *
   * @param tally the tally the declarations are for
   * @param json the document: a {@code String}, or an {@code InputStream} of UTF-8 bytes
   * @return the declarations
   */
  public List<PublishedDeclaration> declarations(Tally tally, Object json) {
    return read(json, tally.election(),
        in -> DeclarationCodec.DOCUMENT.read(in, Check.validating(tally)));
  }

  /**
   * Reads one declaration document.
   *
   * @param tally the tally the declaration is for
   * @param json the document
   * @return the declaration
   */
  public PublishedDeclaration declaration(Tally tally, String json) {
    return read(json, tally.election(),
        in -> DeclarationCodec.readPublished(in, true, 0, Check.validating(tally)));
  }

  /**
   * Reads a results document.
   *
   * @param election the election
   * @param json the document
   * @return the results
   */
  public Results results(Election election, String json) {
    return read(json, election, ResultsCodec::read);
  }

  /**
   * Reads a ward results document.
   *
   * @param tally the tally the results are for
   * @param json the document: a {@code String}, or an {@code InputStream} of UTF-8 bytes
   * @return the results
   */
  public List<PublishedWardResult> wardResults(Tally tally, Object json) {
    return read(json, tally.election(),
        in -> WardResultCodec.DOCUMENT.read(in, Check.validating(tally)));
  }

  /**
   * Reads one ward result document.
   *
   * @param tally the tally the result is for
   * @param json the document
   * @return the result
   */
  public PublishedWardResult wardResult(Tally tally, String json) {
    return read(json, tally.election(), in -> (PublishedWardResult) WardResultCodec.read(
        in, true, true, 0, Check.validating(tally)));
  }

  private <T> T read(Object json, Election election, Function<Tokens, T> reader) {
    return Tokens.document(source(json).parser(), ReadContext.of(options, election), reader);
  }

  /**
   * A document's parser, and a supplier of another parser reading it again from the start (null
   * for a stream over the length limit, which is not held).
   */
  private record Source(JsonParser parser, @Nullable Supplier<JsonParser> again) {}

  /**
   * The source of a string (a leading byte order mark ignored) or of UTF-8 bytes: the format's
   * encoding, never guessed from the first bytes. A document within the length limit is read and
   * decoded first (see {@link #parser(byte[], int, int)}); a longer one is read through the strict
   * decoder, and the parser stops at the limit.
   */
  private Source source(Object json) {
    if (json instanceof String text) {
      String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
      return new Source(parsers.createParser(ObjectReadContext.empty(), body),
          () -> parsers.createParser(ObjectReadContext.empty(), body));
    }
    InputStream in = (InputStream) json;
    byte[] bytes = upToTheLimit(in);
    if (bytes.length > JsonLimits.MAX_DOCUMENT_LENGTH) {
      java.io.Reader rest = new InputStreamReader(
          new SequenceInputStream(new ByteArrayInputStream(bytes), in), strictDecoder());
      return new Source(parsers.createParser(ObjectReadContext.empty(), rest), null);
    }
    return new Source(parser(bytes, 0, bytes.length), () -> parser(bytes, 0, bytes.length));
  }

  /**
   * The bytes of a document, up to one more than the length limit. A stream that says how many
   * bytes it has ({@link InputStream#available()}, as one over an array or a file does) is read
   * into one array of that size, not in chunks copied together at the end.
   */
  static byte[] upToTheLimit(InputStream in) {
    int limit = (int) JsonLimits.MAX_DOCUMENT_LENGTH + 1;
    try {
      int expected = Math.min(in.available(), limit - 1);
      if (expected == 0) {
        return in.readNBytes(limit);
      }
      byte[] bytes = new byte[expected];
      int read = in.readNBytes(bytes, 0, expected);
      if (read < expected) {
        return Arrays.copyOf(bytes, read);
      }
      int next = in.read();
      if (next < 0) {
        return bytes;
      }
      // more than the stream said: the rest is read as any stream's
      byte[] rest = in.readNBytes(limit - expected - 1);
      byte[] all = Arrays.copyOf(bytes, expected + 1 + rest.length);
      all[expected] = (byte) next;
      System.arraycopy(rest, 0, all, expected + 1, rest.length);
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A reader of a declaration stream.
   *
   * @param tally the tally the declarations are for
   * @param in the stream's bytes
   * @return the reader
   */
  public FeedReader<PublishedDeclaration> declarationFeed(Tally tally, InputStream in) {
    return new FeedReader<>(this, tally, in, (context, line, length, check, previous) ->
        Tokens.document(parser(line, 0, length), context,
            tokens -> DeclarationCodec.readPublished(tokens, true, previous, check)));
  }

  /**
   * A reader of a result stream.
   *
   * @param tally the tally the results are for
   * @param in the stream's bytes
   * @return the reader
   */
  public FeedReader<PublishedResult> resultFeed(Tally tally, InputStream in) {
    return new FeedReader<>(this, tally, in, this::readResultLine);
  }

  /** The context a stream reads its lines in: one per stream, as its parties do not change. */
  ReadContext streamContext(Election election) {
    return ReadContext.of(options, election);
  }

  PublishedResult readResultLine(
      ReadContext context, byte[] line, int length, Check check, long previousSequence) {
    DocumentKind written = startsWithFormat(line, length);
    DocumentKind kind = written != null ? written : lineKind(line, length);
    return Tokens.document(parser(line, 0, length), context,
        in -> switch (kind) {
          case WARD_RESULT ->
              (PublishedWardResult) WardResultCodec.read(in, true, true, previousSequence, check);
          case WITHDRAWAL, POSTPONEMENT ->
              WardLineCodec.read(in, kind, previousSequence, check);
          default -> DeclarationCodec.readPublished(in, true, previousSequence, check);
        });
  }

  /**
   * What a result stream's line holds, by the {@code "format"} member of its object, found by a
   * look ahead that builds nothing: a declaration if it has no format string (or is not an object
   * at all), which reading it as one then reports.
   */
  private DocumentKind lineKind(byte[] line, int length) {
    // the mapper's own parser: a duplicate member name stops the look ahead as it always has
    try (JsonParser peek = parser(true, line, 0, length)) {
      if (peek.nextToken() != JsonToken.START_OBJECT) {
        return DocumentKind.DECLARATION;
      }
      while (peek.nextToken() == JsonToken.PROPERTY_NAME) {
        boolean format = peek.currentName().equals("format");
        if (peek.nextToken() == JsonToken.VALUE_STRING && format) {
          String value = peek.getString();
          int slash = value.lastIndexOf('/');
          String name = slash < 0 ? value : value.substring(0, slash);
          for (DocumentKind kind : LINE_KINDS) {
            if (name.equals(kind.formatName())) {
              return kind;
            }
          }
          TokenStreamLocation at = peek.currentTokenLocation();
          throw new PsephosJsonException(Kind.UNSUPPORTED_FORMAT, "a result stream's line is a "
              + DocumentKind.DECLARATION.format() + ", a " + DocumentKind.WARD_RESULT.format()
              + ", a " + DocumentKind.WITHDRAWAL.format() + " or a "
              + DocumentKind.POSTPONEMENT.format() + " document, not \"" + value + "\"",
              "/format", at.getLineNr(), at.getColumnNr(), null);
        }
        if (format) {
          return DocumentKind.DECLARATION;
        }
        peek.skipChildren();
      }
    } catch (PsephosJsonException e) {
      throw e;
    } catch (JacksonException e) {
      // not well-formed: reading it as a declaration reports where
    }
    return DocumentKind.DECLARATION;
  }

  private static final List<DocumentKind> LINE_KINDS =
      List.of(DocumentKind.DECLARATION, DocumentKind.WARD_RESULT, DocumentKind.WITHDRAWAL,
          DocumentKind.POSTPONEMENT);

  /** The start of a line of each kind as written: {@code {"format":"psephos.wardresult/1"}. */
  private static final byte[][] LINE_STARTS = LINE_KINDS.stream()
      .map(kind -> ("{\"format\":\"" + kind.format() + "\"").getBytes(StandardCharsets.UTF_8))
      .toArray(byte[][]::new);

  /**
   * The kind of a line that starts as written, with its format first; null for any other line,
   * whose kind the look ahead finds.
   */
  private static @Nullable DocumentKind startsWithFormat(byte[] line, int length) {
    for (int k = 0; k < LINE_STARTS.length; k++) {
      byte[] start = LINE_STARTS[k];
      if (length > start.length
          && Arrays.equals(line, 0, start.length, start, 0, start.length)) {
        return LINE_KINDS.get(k);
      }
    }
    return null;
  }

  /**
   * A parser of UTF-8 bytes, a leading byte order mark ignored. Well-formed input is decoded in
   * one go and parsed as characters; ill-formed input fails where its first ill-formed byte is.
   */
  private JsonParser parser(byte[] bytes, int offset, int length) {
    return parser(false, bytes, offset, length);
  }

  /** As {@link #parser(byte[], int, int)}; {@code mappers}: the mapper's own parser. */
  private JsonParser parser(boolean mappers, byte[] bytes, int offset, int length) {
    if (isAscii(bytes, offset, length)) {
      // nearly every line and document: no byte order mark, nothing to decode
      return mappers ? mapper.createParser(bytes, offset, length)
          : parsers.createParser(ObjectReadContext.empty(), bytes, offset, length);
    }
    java.nio.CharBuffer chars = decode(bytes, offset, length);
    return mappers ? mapper.createParser(chars.array(), 0, chars.limit())
        : parsers.createParser(ObjectReadContext.empty(), chars.array(), 0, chars.limit());
  }

  /** Eight bytes of an array read as one {@code long}, for {@link #isAscii}. */
  private static final VarHandle EIGHT_BYTES =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Whether no byte has its top bit set: eight bytes at a time, then the few left. */
  private static boolean isAscii(byte[] bytes, int offset, int length) {
    int end = offset + length;
    int i = offset;
    for (; i <= end - Long.BYTES; i += Long.BYTES) {
      if (((long) EIGHT_BYTES.get(bytes, i) & 0x8080808080808080L) != 0) {
        return false;
      }
    }
    for (; i < end; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** UTF-8 bytes decoded, a leading byte order mark ignored; ill-formed input fails where it is. */
  private java.nio.CharBuffer decode(byte[] bytes, int offset, int length) {
    int start = offset;
    if (length >= 3
        && bytes[offset] == (byte) 0xEF
        && bytes[offset + 1] == (byte) 0xBB
        && bytes[offset + 2] == (byte) 0xBF) {
      start += 3;
    }
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes, start, offset + length - start);
    java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(in.remaining());
    java.nio.charset.CoderResult result = strictDecoder().decode(in, chars, true);
    if (result.isError()) {
      throw notUtf8(bytes, start, in.position(), result);
    }
    chars.flip();
    return chars;
  }

  /**
   * The failure for an ill-formed byte at {@code fault}: its line, its column in characters, and
   * the pointer of the value it is in, as the well-formed bytes before it show.
   */
  private PsephosJsonException notUtf8(
      byte[] bytes, int start, int fault, java.nio.charset.CoderResult result) {
    long line = 1;
    int column = 1;
    for (int i = start; i < fault; i++) {
      byte b = bytes[i];
      if (b == '\n') {
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        // a character starts here; one of four bytes is two UTF-16 units, as Jackson counts
        column += (b & 0xF8) == 0xF0 ? 2 : 1;
      }
    }
    String prefix = new String(bytes, start, fault - start, StandardCharsets.UTF_8);
    String pointer = "";
    try (JsonParser before = mapper.createParser(prefix)) {
      while (before.nextToken() != null) {
        pointer = before.streamReadContext().pathAsPointer().toString();
      }
    } catch (JacksonException e) {
      // the document is cut at the fault: the pointer is as far as it got
    }
    return new PsephosJsonException(
        Kind.MALFORMED_JSON,
        "the input is not UTF-8 text: " + result.length() + " ill-formed byte"
            + (result.length() == 1 ? "" : "s") + String.format(" (0x%02X)", bytes[fault] & 0xFF),
        pointer, line, column, null);
  }

  /** A decoder of UTF-8 failing at the first ill-formed byte. */
  static java.nio.charset.CharsetDecoder strictDecoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
  }

  /** The most problems one check collects. */
  public static final int MAX_PROBLEMS = 1_000;

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

  /**
   * Checks an election definition file, each council on its own and then the councils together.
   *
   * @param in the file's UTF-8 bytes, left open
   * @return the problems, and the definition if there are none
   */
  public Found validateElection(InputStream in) {
    byte[] bytes = upToTheLimit(in);
    boolean whole = bytes.length <= JsonLimits.MAX_DOCUMENT_LENGTH;
    InputStream read = whole ? new ByteArrayInputStream(bytes)
        : new SequenceInputStream(new ByteArrayInputStream(bytes), in);
    return check(read, null, (tokens, problems) -> {
      ElectionCodec.Wards wards = new ElectionCodec.Wards();
      problems.definition = ElectionCodec.read(tokens,
          whole ? () -> decodingParser(new ByteArrayInputStream(bytes)) : null,
          (councils, into) -> {
            councils.require(JsonToken.START_ARRAY, () -> "the councils");
            return parts(councils, problems, part -> into.add(wards.count(part)),
                JsonLimits.MAX_COUNCILS);
          });
      return true;
    });
  }

  /**
   * Checks a document with {@code body} (false if it stopped before the document's end),
   * collecting the problem that ends the check: the input holds no document, is not well-formed,
   * or has content after its end.
   */
  private Found check(
      InputStream in, @Nullable Election election, BiPredicate<Tokens, Problems> body) {
    Problems problems = new Problems();
    JsonParser parser = decodingParser(in);
    try (parser) {
      Tokens tokens = new Tokens(parser, ReadContext.of(options, election));
      if (parser.nextToken() == null) {
        problems.add(new PsephosJsonException(
            Kind.TRUNCATED_DOCUMENT, "the input holds no JSON document", "", 1, 1, null));
      } else if (body.test(tokens, problems) && parser.nextToken() != null) {
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
  private JsonParser decodingParser(InputStream in) {
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
  public Found validateDeclarations(Tally tally, InputStream in) {
    return checkResults(tally, in, DeclarationCodec.DOCUMENT);
  }

  /**
   * Checks a ward results document, each ward result on its own, after the sequence number of the
   * last valid one.
   *
   * @param tally the tally the results are for
   * @param in the document's UTF-8 bytes, left open
   * @return the problems
   */
  public Found validateWardResults(Tally tally, InputStream in) {
    return checkResults(tally, in, WardResultCodec.DOCUMENT);
  }

  /**
   * Checks a result stream (declarations and ward results), every line on its own.
   *
   * @param tally the tally the results are for
   * @param in the stream's bytes, left open
   * @return the problems; the parts are the lines read
   */
  public Found validateResultStream(Tally tally, InputStream in) {
    Problems problems = new Problems();
    FeedReader<PublishedResult> feed = resultFeed(tally, in);
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

  private <T extends PublishedResult> Found checkResults(
      Tally tally, InputStream in, Codec.Document<T> document) {
    Election election = tally.election();
    Check check = Check.validating(tally);
    return check(in, election, (tokens, problems) -> document.read(tokens, election, array -> {
      array.require(JsonToken.START_ARRAY, () -> "the " + document.words());
      long[] last = {0};
      return parts(array, problems,
          part -> last[0] = document.part().read(part, last[0], check).sequence(), document.max());
    }));
  }

  /**
   * Reads the parts of the array at the current token, each checked on its own; a part's problem
   * is collected, the rest of the part skipped and the next part read. False if the check stopped
   * (at the cap, or the limit of parts).
   */
  private static boolean parts(
      Tokens tokens, Problems problems, Consumer<Tokens> part, int maxParts) {
    TokenStreamContext array = tokens.parser.streamReadContext();
    while (tokens.next() != JsonToken.END_ARRAY) {
      if (problems.parts == maxParts) {
        problems.add(tokens.fail(Kind.LIMIT_EXCEEDED,
            "the array has more elements than the limit of " + maxParts, null));
        return false;
      }
      problems.parts++;
      try {
        part.accept(tokens);
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
    return new InputStreamReader(bytes, strictDecoder());
  }
}

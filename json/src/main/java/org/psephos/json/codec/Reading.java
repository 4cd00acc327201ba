package org.psephos.json.codec;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/** The readers of {@link org.psephos.json.PsephosJson}: documents, and the lines of streams. */
public final class Reading {
  private final JsonMapper mapper;
  private final ReadOptions options;

  /**
   * Readers parsing with a mapper.
   *
   * @param mapper the mapper, with the limits set
   * @param ignoreUnknownFields whether members the format does not define are ignored
   */
  public Reading(JsonMapper mapper, boolean ignoreUnknownFields) {
    this.mapper = requireNonNull(mapper, "mapper");
    this.options = ReadOptions.of(ignoreUnknownFields);
  }

  /**
   * Reads an election definition document.
   *
   * @param json the document
   * @return the definition
   */
  public ElectionDefinition election(String json) {
    return ElectionCodec.read(document(mapper.createParser(json)), ReadContext.of(options, null));
  }

  /**
   * Reads an election definition document from UTF-8 bytes.
   *
   * @param json the bytes, left open
   * @return the definition
   */
  public ElectionDefinition election(InputStream json) {
    return ElectionCodec.read(document(parser(json)), ReadContext.of(options, null));
  }

  /**
   * Reads a declarations document.
   *
   * @param tally the tally the declarations are for
   * @param json the document
   * @return the declarations
   */
  public List<PublishedDeclaration> declarations(Tally tally, String json) {
    return DeclarationCodec.readDocument(
        document(mapper.createParser(json)), ReadContext.of(options, tally.election()),
        validator(tally));
  }

  /**
   * Reads a declarations document from UTF-8 bytes.
   *
   * @param tally the tally the declarations are for
   * @param json the bytes, left open
   * @return the declarations
   */
  public List<PublishedDeclaration> declarations(Tally tally, InputStream json) {
    return DeclarationCodec.readDocument(
        document(parser(json)), ReadContext.of(options, tally.election()), validator(tally));
  }

  /**
   * Reads one declaration document.
   *
   * @param tally the tally the declaration is for
   * @param json the document
   * @return the declaration
   */
  public PublishedDeclaration declaration(Tally tally, String json) {
    return DeclarationCodec.readPublished(
        document(mapper.createParser(json)), ReadContext.of(options, tally.election()), true,
        validator(tally));
  }

  /**
   * Reads a results document.
   *
   * @param election the election
   * @param json the document
   * @return the results
   */
  public Results results(Election election, String json) {
    return ResultsCodec.read(
        document(mapper.createParser(json)), ReadContext.of(options, election));
  }

  /**
   * Reads a ward results document.
   *
   * @param tally the tally the results are for
   * @param json the document
   * @return the results
   */
  public List<PublishedWardResult> wardResults(Tally tally, String json) {
    return WardResultCodec.readDocument(
        document(mapper.createParser(json)), ReadContext.of(options, tally.election()),
        validator(tally));
  }

  /**
   * Reads a ward results document from UTF-8 bytes.
   *
   * @param tally the tally the results are for
   * @param json the bytes, left open
   * @return the results
   */
  public List<PublishedWardResult> wardResults(Tally tally, InputStream json) {
    return WardResultCodec.readDocument(
        document(parser(json)), ReadContext.of(options, tally.election()), validator(tally));
  }

  /**
   * Reads one ward result document.
   *
   * @param tally the tally the result is for
   * @param json the document
   * @return the result
   */
  public PublishedWardResult wardResult(Tally tally, String json) {
    return WardResultCodec.readPublished(
        document(mapper.createParser(json)), ReadContext.of(options, tally.election()), true,
        validator(tally));
  }

  /**
   * A reader of a declaration stream.
   *
   * @param tally the tally the declarations are for
   * @param in the stream's bytes
   * @return the reader
   */
  public FeedReader<PublishedDeclaration> declarationFeed(Tally tally, InputStream in) {
    return new FeedReader<>(this, validator(tally), in, this::readLine);
  }

  /**
   * A reader of a result stream.
   *
   * @param tally the tally the results are for
   * @param in the stream's bytes
   * @return the reader
   */
  public FeedReader<PublishedResult> resultFeed(Tally tally, InputStream in) {
    return new FeedReader<>(this, validator(tally), in, this::readResultLine);
  }

  /** An empty tally with the same election and choices: applying to it checks a declaration. */
  private static Tally validator(Tally tally) {
    return Tally.of(tally.election(), tally.baseline(), tally.controlRule());
  }

  /** The context a stream reads its lines in: one per stream, as its parties do not change. */
  ReadContext streamContext(Election election) {
    return ReadContext.of(options, election);
  }

  PublishedResult readResultLine(
      ReadContext context, byte[] line, int length, Tally validator, long previousSequence) {
    Node node = document(parser(line, 0, length));
    PublishedResult result;
    if (isKind(node, DocumentKind.WARD_RESULT)) {
      result = WardResultCodec.readPublished(node, context, true, validator);
    } else if (isKind(node, DocumentKind.DECLARATION) || !hasTextFormat(node)) {
      result = DeclarationCodec.readPublished(node, context, true, validator);
    } else {
      Node format = node.members().get("format");
      throw new PsephosJsonException(Kind.UNSUPPORTED_FORMAT, "a result stream's line is a " + DocumentKind.DECLARATION.format() + " or a "
              + DocumentKind.WARD_RESULT.format() + " document, not " + describe(format),
          format == null ? "/format" : format.pointer(), format == null ? node.line : format.line,
          format == null ? node.column : format.column, null);
    }
    DeclarationCodec.checkSequence(result, previousSequence, node);
    return result;
  }

  /** Whether a document has a {@code "format"} string; if not, reading it says what is wrong. */
  private static boolean hasTextFormat(Node node) {
    if (node.type != Node.Type.OBJECT) {
      return false;
    }
    Node format = node.members().get("format");
    return format != null && format.type == Node.Type.STRING;
  }

  /** Whether a document's format names the kind, whatever the version. */
  private static boolean isKind(Node node, DocumentKind kind) {
    if (node.type != Node.Type.OBJECT) {
      return false;
    }
    Node format = node.members().get("format");
    if (format == null || format.type != Node.Type.STRING) {
      return false;
    }
    String value = format.text();
    int slash = value.lastIndexOf('/');
    return (slash < 0 ? value : value.substring(0, slash)).equals(kind.formatName());
  }

  private static String describe(@org.jspecify.annotations.Nullable Node format) {
    return format != null ? "\"" + format.text() + "\"" : "a document without a format";
  }

  PublishedDeclaration readLine(
      ReadContext context, byte[] line, int length, Tally validator, long previousSequence) {
    Node node =
        document(parser(line, 0, length));
    PublishedDeclaration declaration =
        DeclarationCodec.readPublished(node, context, true, validator);
    DeclarationCodec.checkSequence(declaration, previousSequence, node);
    return declaration;
  }

  /**
   * A parser of UTF-8 input: the format's encoding, never guessed from the first bytes. A document
   * within the length limit is read and decoded first (see {@link #parser(byte[], int, int)}); a
   * longer one is read through the strict decoder, and the parser stops at the limit.
   */
  private JsonParser parser(InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) JsonLimits.MAX_DOCUMENT_LENGTH + 1);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > JsonLimits.MAX_DOCUMENT_LENGTH) {
      return strictParser(
          new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(bytes), in));
    }
    return parser(bytes, 0, bytes.length);
  }

  /**
   * A parser of UTF-8 bytes. Well-formed input is decoded in one go and parsed as characters, as
   * {@link #strictParser} would see it but without its per-character stream; ill-formed input is
   * handed to {@link #strictParser}, which reports the first ill-formed byte where it is.
   */
  private JsonParser parser(byte[] bytes, int offset, int length) {
    java.nio.CharBuffer chars;
    try {
      chars = strictDecoder().decode(java.nio.ByteBuffer.wrap(bytes, offset, length));
    } catch (java.nio.charset.CharacterCodingException e) {
      return strictParser(new java.io.ByteArrayInputStream(bytes, offset, length));
    }
    return mapper.createParser(
        chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
  }

  /** A parser decoding its input strictly as UTF-8, failing at the first ill-formed byte. */
  private JsonParser strictParser(InputStream in) {
    return mapper.createParser(new java.io.InputStreamReader(in, strictDecoder()));
  }

  private static java.nio.charset.CharsetDecoder strictDecoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
  }

  private static Node document(JsonParser parser) {
    try (parser) {
      return TreeReader.readDocument(parser);
    }
  }
}

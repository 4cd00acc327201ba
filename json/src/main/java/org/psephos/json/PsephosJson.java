package org.psephos.json;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.psephos.Election;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.Tally;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The common jobs in one place: read an election definition, read declarations and ward results
 * (documents, or a stream of either or both), read and write standings and outcomes, pretty or
 * compact.
 *
 * <p>It wraps a Jackson {@link JsonMapper} built with {@link PsephosModule} and the {@link
 * JsonLimits}; {@link #mapper()} hands it out for anything else. Every read fails with a {@link
 * PsephosJsonException} naming the JSON pointer, line and column of the fault and the reason, and
 * returns nothing from a document that fails: a declarations document is read whole, each
 * declaration checked against its contest, before any is returned. Input and output are UTF-8.
 *
 * <p>Written documents end with a line feed. {@link Style#PRETTY} indents by two spaces with
 * {@code "\n"} line ends on every platform, so that output is the same byte for byte everywhere;
 * {@link Style#COMPACT} writes one line.
 *
 * <p>Immutable and thread-safe.
 */
public final class PsephosJson {
  /** How a document is laid out. */
  public enum Style {
    /** Indented by two spaces, one member or element per line. */
    PRETTY,
    /** On one line, with no spaces. */
    COMPACT
  }

  private static final PsephosJson STANDARD = new PsephosJson(false);

  private final JsonMapper mapper;
  private final ReadOptions options;
  private final ObjectWriter pretty;
  private final ObjectWriter compact;

  private PsephosJson(boolean ignoreUnknownFields) {
    this.options = ReadOptions.of(ignoreUnknownFields);
    PsephosModule module = new PsephosModule();
    JsonFactory factory =
        JsonFactory.builder().streamReadConstraints(JsonLimits.streamReadConstraints()).build();
    this.mapper =
        JsonMapper.builder(factory)
            .addModule(ignoreUnknownFields ? module.withUnknownFieldsIgnored() : module)
            .build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEntrySpacing(Separators.Spacing.NONE)
            .withArrayElementSpacing(Separators.Spacing.NONE)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(separators)
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    this.pretty = mapper.writer().with(printer);
    this.compact = mapper.writer();
  }

  /**
   * The facade rejecting unknown members, with the {@link JsonLimits}.
   *
   * @return the shared instance
   */
  public static PsephosJson standard() {
    return STANDARD;
  }

  /**
   * A facade that ignores members the format does not define, instead of rejecting them.
   *
   * @return the lenient facade
   */
  public PsephosJson ignoringUnknownFields() {
    return new PsephosJson(true);
  }

  /**
   * The mapper this facade uses: {@link PsephosModule} registered, {@link JsonLimits} set.
   *
   * @return the mapper
   */
  public JsonMapper mapper() {
    return mapper;
  }

  // ---- reading

  /**
   * Reads an election definition document.
   *
   * @param json the document
   * @return the definition
   * @throws PsephosJsonException if the document is not a valid election definition
   */
  public ElectionDefinition readElection(String json) {
    requireNonNull(json, "json");
    return ElectionCodec.read(document(mapper.createParser(json)), ReadContext.of(options, null));
  }

  /**
   * Reads an election definition document from a stream, which is left open.
   *
   * @param json the document's UTF-8 bytes
   * @return the definition
   * @throws PsephosJsonException if the document is not a valid election definition
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ElectionDefinition readElection(InputStream json) {
    requireNonNull(json, "json");
    return ElectionCodec.read(document(parser(json)), ReadContext.of(options, null));
  }

  /**
   * Reads an election definition file.
   *
   * @param file the file
   * @return the definition
   * @throws PsephosJsonException if the document is not a valid election definition
   * @throws UncheckedIOException if the file cannot be read
   */
  public ElectionDefinition readElection(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return readElection(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a declarations document ({@code "psephos.declarations/1"}): every declaration is checked
   * against its contest in the election, as an empty tally with the default choices applies it
   * (seat changes against the seats as last fought), and sequence numbers must rise; all or
   * nothing.
   *
   * @param election the election the document's ids refer to
   * @param json the document
   * @return the declarations in document order
   * @throws PsephosJsonException if the document or any declaration in it is invalid
   */
  public List<PublishedDeclaration> readDeclarations(Election election, String json) {
    return readDeclarations(Tally.of(election), json);
  }

  /**
   * Reads a declarations document, checking every declaration as the given tally would apply it
   * (its election, baseline and control rule); all or nothing.
   *
   * @param tally the tally the declarations are for; it is not changed
   * @param json the document
   * @return the declarations in document order
   * @throws PsephosJsonException if the document or any declaration in it is invalid
   */
  public List<PublishedDeclaration> readDeclarations(Tally tally, String json) {
    requireNonNull(json, "json");
    return DeclarationCodec.readDocument(
        document(mapper.createParser(json)), ReadContext.of(options, tally.election()),
        validator(tally));
  }

  /**
   * Reads a declarations document from a stream, which is left open, checking every declaration
   * as the given tally would apply it; all or nothing.
   *
   * @param tally the tally the declarations are for; it is not changed
   * @param json the document's UTF-8 bytes
   * @return the declarations in document order
   * @throws PsephosJsonException if the document or any declaration in it is invalid
   * @throws UncheckedIOException if the stream cannot be read
   */
  public List<PublishedDeclaration> readDeclarations(Tally tally, InputStream json) {
    requireNonNull(json, "json");
    return DeclarationCodec.readDocument(
        document(parser(json)), ReadContext.of(options, tally.election()), validator(tally));
  }

  /**
   * Reads one declaration document ({@code "psephos.declaration/1"}), such as one line of a
   * stream, checking it as the given tally would apply it.
   *
   * @param tally the tally the declaration is for; it is not changed
   * @param json the document
   * @return the declaration
   * @throws PsephosJsonException if the declaration is invalid
   */
  public PublishedDeclaration readDeclaration(Tally tally, String json) {
    requireNonNull(json, "json");
    return DeclarationCodec.readPublished(
        document(mapper.createParser(json)), ReadContext.of(options, tally.election()), true,
        validator(tally));
  }

  /**
   * Opens an incremental reader of a newline-delimited declaration stream: one declaration
   * document per line, read one line at a time, each checked as an empty tally of the election
   * with the default choices would apply it.
   *
   * @param election the election the declarations' ids refer to
   * @param lines the stream's UTF-8 bytes; closed when the reader is
   * @return the reader
   */
  public DeclarationStream declarationStream(Election election, InputStream lines) {
    return declarationStream(Tally.of(election), lines);
  }

  /**
   * Opens an incremental reader of a newline-delimited declaration stream, each declaration checked
   * as the given tally would apply it (its election, baseline and control rule).
   *
   * @param tally the tally the declarations are for; it is not changed
   * @param lines the stream's UTF-8 bytes; closed when the reader is
   * @return the reader
   */
  public DeclarationStream declarationStream(Tally tally, InputStream lines) {
    return new DeclarationStream(this, validator(tally), lines);
  }

  /** An empty tally with the same election and choices: applying to it checks a declaration. */
  private static Tally validator(Tally tally) {
    return Tally.of(tally.election(), tally.baseline(), tally.controlRule());
  }

  /**
   * Reads a results document ({@code "psephos.results/1"}): the tally is rebuilt from the
   * outcomes' declarations, and every derived figure of the document must agree with it.
   *
   * @param election the election the document's ids refer to
   * @param json the document
   * @return the results: the rebuilt tally and the filter
   * @throws PsephosJsonException if the document is invalid or contradicts itself
   */
  public Results readResults(Election election, String json) {
    requireNonNull(json, "json");
    return ResultsCodec.read(
        document(mapper.createParser(json)), ReadContext.of(options, election));
  }

  /**
   * Reads a ward results document ({@code "psephos.wardresults/1"}): every result is checked as an
   * empty tally of the election with the default choices would apply it (its ward is one of its
   * council's listed wards, every candidate's party is a party or an alias of the election), and
   * sequence numbers must rise; all or nothing.
   *
   * @param election the election the document's ids refer to
   * @param json the document
   * @return the ward results in document order
   * @throws PsephosJsonException if the document or any result in it is invalid
   */
  public List<PublishedWardResult> readWardResults(Election election, String json) {
    return readWardResults(Tally.of(election), json);
  }

  /**
   * Reads a ward results document, checking every result as the given tally's election and choices
   * would apply it; all or nothing.
   *
   * @param tally the tally the results are for; it is not changed
   * @param json the document
   * @return the ward results in document order
   * @throws PsephosJsonException if the document or any result in it is invalid
   */
  public List<PublishedWardResult> readWardResults(Tally tally, String json) {
    requireNonNull(json, "json");
    return WardResultCodec.readDocument(
        document(mapper.createParser(json)), ReadContext.of(options, tally.election()),
        validator(tally));
  }

  /**
   * Reads a ward results document from a stream, which is left open; all or nothing.
   *
   * @param tally the tally the results are for; it is not changed
   * @param json the document's UTF-8 bytes
   * @return the ward results in document order
   * @throws PsephosJsonException if the document or any result in it is invalid
   * @throws UncheckedIOException if the stream cannot be read
   */
  public List<PublishedWardResult> readWardResults(Tally tally, InputStream json) {
    requireNonNull(json, "json");
    return WardResultCodec.readDocument(
        document(parser(json)), ReadContext.of(options, tally.election()), validator(tally));
  }

  /**
   * Reads one ward result document ({@code "psephos.wardresult/1"}), such as one line of a
   * stream, checking it as the given tally's election and choices would apply it.
   *
   * @param tally the tally the result is for; it is not changed
   * @param json the document
   * @return the ward result
   * @throws PsephosJsonException if the result is invalid
   */
  public PublishedWardResult readWardResult(Tally tally, String json) {
    requireNonNull(json, "json");
    return WardResultCodec.readPublished(
        document(mapper.createParser(json)), ReadContext.of(options, tally.election()), true,
        validator(tally));
  }

  /**
   * Opens an incremental reader of a newline-delimited result stream: one declaration or ward
   * result document per line, in any mix, read one line at a time, each checked as an empty tally
   * of the election with the default choices would apply it.
   *
   * @param election the election the results' ids refer to
   * @param lines the stream's UTF-8 bytes; closed when the reader is
   * @return the reader
   */
  public ResultStream resultStream(Election election, InputStream lines) {
    return resultStream(Tally.of(election), lines);
  }

  /**
   * Opens an incremental reader of a newline-delimited result stream, each result checked as the
   * given tally's election and choices would apply it.
   *
   * @param tally the tally the results are for; it is not changed
   * @param lines the stream's UTF-8 bytes; closed when the reader is
   * @return the reader
   */
  public ResultStream resultStream(Tally tally, InputStream lines) {
    return new ResultStream(this, validator(tally), lines);
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
      throw new UnsupportedFormatException(
          "a result stream's line is a " + DocumentKind.DECLARATION.format() + " or a "
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

  // ---- writing

  /**
   * Writes an election definition document.
   *
   * @param definition the definition
   * @param style the layout
   * @return the document, ending with a line feed
   */
  public String writeElection(ElectionDefinition definition, Style style) {
    requireNonNull(definition, "definition");
    return writer(style).writeValueAsString(definition) + "\n";
  }

  /**
   * Writes a declarations document.
   *
   * @param election the election the declarations belong to
   * @param declarations the declarations, in sequence order
   * @param style the layout
   * @return the document, ending with a line feed
   * @throws IllegalArgumentException if a declaration belongs to another election
   */
  public String writeDeclarations(
      Election election, List<PublishedDeclaration> declarations, Style style) {
    requireNonNull(election, "election");
    for (PublishedDeclaration declaration : declarations) {
      if (!declaration.electionId().equals(election.id())) {
        throw new IllegalArgumentException(
            "declaration " + declaration.sequence() + " belongs to election "
                + declaration.electionId() + ", not " + election.id());
      }
    }
    return render(style, g -> DeclarationCodec.writeDocument(election.id(), declarations, g));
  }

  /**
   * Writes one declaration as a line of a declaration stream: a compact {@code
   * "psephos.declaration/1"} document followed by a line feed.
   *
   * @param declaration the declaration
   * @return the line
   */
  public String writeDeclarationLine(PublishedDeclaration declaration) {
    requireNonNull(declaration, "declaration");
    return compact.writeValueAsString(declaration) + "\n";
  }

  /**
   * Writes a ward results document.
   *
   * @param election the election the results belong to
   * @param results the ward results, in sequence order
   * @param style the layout
   * @return the document, ending with a line feed
   * @throws IllegalArgumentException if a result belongs to another election
   */
  public String writeWardResults(
      Election election, List<PublishedWardResult> results, Style style) {
    requireNonNull(election, "election");
    for (PublishedWardResult result : results) {
      if (!result.electionId().equals(election.id())) {
        throw new IllegalArgumentException(
            "ward result " + result.sequence() + " belongs to election " + result.electionId()
                + ", not " + election.id());
      }
    }
    return render(style, g -> WardResultCodec.writeDocument(election.id(), results, g));
  }

  /**
   * Writes one ward result as a line of a result stream: a compact {@code "psephos.wardresult/1"}
   * document followed by a line feed.
   *
   * @param result the ward result
   * @return the line
   */
  public String writeWardResultLine(PublishedWardResult result) {
    requireNonNull(result, "result");
    return compact.writeValueAsString(result) + "\n";
  }

  /**
   * Writes one result as a line of a result stream: a compact declaration or ward result document
   * followed by a line feed.
   *
   * @param result the declaration or ward result
   * @return the line
   */
  public String writeResultLine(PublishedResult result) {
    requireNonNull(result, "result");
    return compact.writeValueAsString(result) + "\n";
  }

  /**
   * Writes a results document: the standings and control outcomes of the councils a filter
   * selects, with the filter, the baseline and the control rule.
   *
   * @param results the tally and filter
   * @param style the layout
   * @return the document, ending with a line feed
   */
  public String writeResults(Results results, Style style) {
    requireNonNull(results, "results");
    return writer(style).writeValueAsString(results) + "\n";
  }

  /**
   * Writes a results document for a tally and a filter.
   *
   * @param tally the tally
   * @param filter the councils to cover
   * @param style the layout
   * @return the document, ending with a line feed
   */
  public String writeResults(Tally tally, CouncilFilter filter, Style style) {
    return writeResults(new Results(tally, filter), style);
  }

  private ObjectWriter writer(Style style) {
    return requireNonNull(style, "style") == Style.PRETTY ? pretty : compact;
  }

  private String render(Style style, Consumer<JsonGenerator> body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = writer(style).createGenerator(out)) {
      body.accept(generator);
    }
    return out + "\n";
  }
}

package org.psephos.json;

import org.psephos.json.codec.Codecs;
import org.psephos.json.codec.Reading;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.psephos.Election;
import org.psephos.stv.CountSheet;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.Tally;
import tools.jackson.core.JsonGenerator;
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
  private final Reading reading;
  private final ObjectWriter pretty;
  private final ObjectWriter compact;

  private PsephosJson(boolean ignoreUnknownFields) {
    PsephosModule module = new PsephosModule();
    JsonFactory factory =
        JsonFactory.builder().streamReadConstraints(JsonLimits.streamReadConstraints()).build();
    this.mapper =
        JsonMapper.builder(factory)
            .addModule(ignoreUnknownFields ? module.withUnknownFieldsIgnored() : module)
            .build();
    this.reading = new Reading(mapper, ignoreUnknownFields);
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
    return reading.election(json);
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
    return reading.election(json);
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
    return reading.declarations(tally, json);
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
    return reading.declarations(tally, json);
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
    return reading.declaration(tally, json);
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
    return new DeclarationStream(reading.declarationFeed(tally, lines));
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
    return reading.results(election, json);
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
    return reading.wardResults(tally, json);
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
    return reading.wardResults(tally, json);
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
    return reading.wardResult(tally, json);
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
    return new ResultStream(reading.resultFeed(tally, lines));
  }

  // ---- validating

  /**
   * Checks an election definition file in one streaming pass and collects every problem: each
   * council is read and checked on its own, so that one bad council does not hide another, then
   * the councils together (a council id twice, the ward limit). A fault in the members the
   * councils depend on (the format, id, date, name, parties, aliases) ends the check. The input is
   * decoded as it is read, one council held at a time, within the {@link JsonLimits}.
   *
   * @param json the file's UTF-8 bytes (a leading byte order mark is ignored), left open
   * @return the problems found (at most {@link Validation#MAX_PROBLEMS}), and the definition if
   *     there are none
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Validation validateElection(InputStream json) {
    return new Validation(reading.validateElection(requireNonNull(json, "json")));
  }

  /**
   * Checks a declarations document in one streaming pass and collects every problem: each
   * declaration is checked on its own against its contest and after the sequence number of the
   * last valid declaration before it. A fault in the document's own members (the format, the
   * election) ends the check.
   *
   * @param tally the tally the declarations are for; it is not changed
   * @param json the document's UTF-8 bytes, left open
   * @return the problems found, at most {@link Validation#MAX_PROBLEMS}
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Validation validateDeclarations(Tally tally, InputStream json) {
    return new Validation(
        reading.validateDeclarations(requireNonNull(tally, "tally"), requireNonNull(json, "json")));
  }

  /**
   * Checks a ward results document in one streaming pass and collects every problem: each ward
   * result is counted and checked on its own against its ward and after the sequence number of
   * the last valid result before it. A fault in the document's own members ends the check.
   *
   * @param tally the tally the results are for; it is not changed
   * @param json the document's UTF-8 bytes, left open
   * @return the problems found, at most {@link Validation#MAX_PROBLEMS}
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Validation validateWardResults(Tally tally, InputStream json) {
    return new Validation(
        reading.validateWardResults(requireNonNull(tally, "tally"), requireNonNull(json, "json")));
  }

  /**
   * Checks a result stream (declarations and ward results, one a line) and collects every bad
   * line's problem, each at its line of the stream; a bad line is skipped and the next one read,
   * after the sequence number of the last valid line.
   *
   * @param tally the tally the results are for; it is not changed
   * @param lines the stream's UTF-8 bytes, left open
   * @return the problems found (at most {@link Validation#MAX_PROBLEMS}); the parts are the lines
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Validation validateResultStream(Tally tally, InputStream lines) {
    return new Validation(reading.validateResultStream(
        requireNonNull(tally, "tally"), requireNonNull(lines, "lines")));
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
    requireOf(election, declarations, "declaration ");
    return render(style, g -> Codecs.writeDeclarations(election.id(), declarations, g));
  }

  /**
   * Writes one declaration as a line of a declaration stream: a compact {@code
   * "psephos.declaration/1"} document followed by a line feed.
   *
   * @param declaration the declaration
   * @return the line
   */
  public String writeDeclarationLine(PublishedDeclaration declaration) {
    return writeResultLine(requireNonNull(declaration, "declaration"));
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
    requireOf(election, results, "ward result ");
    return render(style, g -> Codecs.writeWardResults(election.id(), results, g));
  }

  /**
   * Writes one ward result as a line of a result stream: a compact {@code "psephos.wardresult/1"}
   * document followed by a line feed.
   *
   * @param result the ward result
   * @return the line
   */
  public String writeWardResultLine(PublishedWardResult result) {
    return writeResultLine(requireNonNull(result, "result"));
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

  /**
   * Writes the sheet of a single transferable vote count as a {@code psephos.countsheet/1}
   * document: the ward, the rules, the valid vote and quota, every stage (each candidate's change
   * and total, the non-transferable votes and the loss to truncation, who was elected or
   * excluded, any lot drawn) and the candidates elected in order. Figures are written with the
   * count's decimal places, exactly as counted.
   *
   * @param sheet the count sheet
   * @param style the layout
   * @return the document, ending with a line feed
   */
  public String writeCountSheet(CountSheet sheet, Style style) {
    requireNonNull(sheet, "sheet");
    return render(style, g -> Codecs.writeCountSheet(sheet, g));
  }

  /** Fails if a result to write belongs to another election. */
  private static void requireOf(
      Election election, List<? extends PublishedResult> results, String what) {
    requireNonNull(election, "election");
    for (PublishedResult result : results) {
      if (!result.electionId().equals(election.id())) {
        throw new IllegalArgumentException(what + result.sequence() + " belongs to election "
            + result.electionId() + ", not " + election.id());
      }
    }
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

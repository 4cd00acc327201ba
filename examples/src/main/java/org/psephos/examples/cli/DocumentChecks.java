package org.psephos.examples.cli;

import java.io.InputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.psephos.Election;
import org.psephos.json.DocumentKind;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.JsonLimits;
import org.psephos.json.PsephosJson;
import org.psephos.json.PsephosJsonException;
import org.psephos.json.PublishedResult;
import org.psephos.json.PublishedWardResult;
import org.psephos.json.ResultStream;
import org.psephos.json.Validation;
import org.psephos.tally.Tally;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Checks documents of the JSON format and reports every problem found, not only the first.
 *
 * <p>Election definitions, declarations documents and ward results documents are checked by the
 * JSON module's collecting validator ({@link PsephosJson#validateElection}, {@link
 * PsephosJson#validateDeclarations}, {@link PsephosJson#validateWardResults}): one streaming pass
 * each, one council, declaration or ward result held at a time, each checked on its own so that a
 * fault in one does not hide a fault in another. A result stream is read line by line, each bad
 * line reported and the next one read. What a file is comes from the head of its root object (its
 * {@code "format"} and election id), read before the check without reading the rest.
 *
 * <p>Not thread-safe.
 */
final class DocumentChecks {
  /** The most bytes read to find a document's kind, before its first array or object. */
  static final int HEAD_LIMIT = JsonLimits.MAX_LINE_LENGTH;

  private final PsephosJson json = PsephosJson.standard();

  /**
   * What the head of a document says: its kind and election id, whether it is not even the start
   * of a JSON object, and its {@code "format"} as written (with where it is) when it names no kind.
   */
  record Sniffed(
      @Nullable DocumentKind kind,
      @Nullable String electionId,
      boolean notJson,
      @Nullable String format,
      long formatLine,
      long formatColumn) {}

  /** The outcome of checking an election definition. */
  record ElectionCheck(@Nullable ElectionDefinition definition, List<Problem> problems) {}

  /** The outcome of checking a result stream: its lines, valid declarations and ward results. */
  record StreamCheck(long lines, long declarations, long wardResults, List<Problem> problems) {}

  /**
   * The problem with bytes that are not a JSON document in UTF-8, as the JSON module words it.
   *
   * @param file the file's name
   * @param in the file's bytes, from the start
   * @return the problem
   */
  Problem notJson(String file, InputStream in) {
    try {
      json.readElection(in);
    } catch (PsephosJsonException e) {
      return Problem.of(file, e);
    }
    return Problem.ofFile(file, "the file is not a JSON document");
  }

  /**
   * Reads a document's kind and election id from the members of its root object that come before
   * its first array or object value once the {@code "format"} is known (an election
   * definition's id is its {@code "id"}, other documents' their {@code "election"}).
   *
   * @param in the document's bytes, from the start (a byte order mark is skipped)
   * @return what the head says
   * @throws java.io.UncheckedIOException if the input cannot be read
   */
  Sniffed sniff(InputStream in) {
    String format = null;
    JsonToken formatToken = null;
    long line = 1;
    long column = 1;
    String id = null;
    String election = null;
    try (JsonParser parser = json.mapper().createParser(decoded(in))) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return new Sniffed(null, null, true, null, 1, 1);
      }
      for (JsonToken token = parser.nextToken();
          token == JsonToken.PROPERTY_NAME;
          token = parser.nextToken()) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("format") && formatToken == null) {
          TokenStreamLocation at = parser.currentTokenLocation();
          line = at.getLineNr();
          column = at.getColumnNr();
          formatToken = value;
          format = value == JsonToken.VALUE_STRING ? parser.getString() : parser.getText();
        } else if (value == JsonToken.VALUE_STRING && name.equals("id")) {
          id = parser.getString();
        } else if (value == JsonToken.VALUE_STRING && name.equals("election")) {
          election = parser.getString();
        }
        if (value.isStructStart()) {
          if (formatToken != null) {
            break;
          }
          parser.skipChildren();
        }
      }
    } catch (JacksonException e) {
      if (formatToken == null) {
        return new Sniffed(null, null, true, null, 1, 1);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    DocumentKind kind = formatToken == JsonToken.VALUE_STRING ? kindOf(format) : null;
    String shown = formatToken == JsonToken.VALUE_STRING ? "\"" + format + "\"" : format;
    return new Sniffed(
        kind, kind == DocumentKind.ELECTION ? id : election, false, shown, line, column);
  }

  /** The bytes decoded strictly as UTF-8, a leading byte order mark skipped. */
  private static java.io.Reader decoded(InputStream in) throws java.io.IOException {
    java.io.PushbackInputStream bytes =
        new java.io.PushbackInputStream(
            new java.io.FilterInputStream(in) {
              @Override
              public void close() {
                // the caller reads the input again from its start
              }
            },
            3);
    byte[] start = bytes.readNBytes(3);
    if (start.length != 3
        || start[0] != (byte) 0xEF || start[1] != (byte) 0xBB || start[2] != (byte) 0xBF) {
      bytes.unread(start);
    }
    return new java.io.InputStreamReader(
        bytes,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  private static @Nullable DocumentKind kindOf(@Nullable String format) {
    if (format == null) {
      return null;
    }
    int slash = format.lastIndexOf('/');
    String name = slash < 0 ? format : format.substring(0, slash);
    for (DocumentKind kind : DocumentKind.values()) {
      if (kind.formatName().equals(name)) {
        return kind;
      }
    }
    return null;
  }

  /**
   * The problem with a document that names no known kind.
   *
   * @param file the file's name
   * @param sniffed what its head says
   * @return the problem
   */
  Problem unknownKind(String file, Sniffed sniffed) {
    String formats =
        String.join(
            ", ",
            java.util.Arrays.stream(DocumentKind.values())
                .filter(kind -> kind != DocumentKind.COUNT_SHEET) // output only
                .map(DocumentKind::format)
                .toList());
    if (sniffed.format() == null) {
      return new Problem(
          file, 1, 1, "/format",
          "the document has no \"format\" member naming its kind: one of " + formats);
    }
    return new Problem(
        file, sniffed.formatLine(), sniffed.formatColumn(), "/format",
        "the document's format " + sniffed.format() + " is not a kind Psephos knows: one of "
            + formats);
  }

  /**
   * Checks an election definition in one streaming pass.
   *
   * @param file the file's name
   * @param in the document's bytes, from the start
   * @return the definition if it is valid, and every problem found
   */
  ElectionCheck checkElection(String file, InputStream in) {
    Validation validation = json.validateElection(in);
    return new ElectionCheck(validation.definition().orElse(null), problems(file, validation));
  }

  /**
   * Checks a declarations document against an election in one streaming pass.
   *
   * @param file the file's name
   * @param in the document's bytes, from the start
   * @param tally the tally the declarations are for
   * @return every problem found; empty if the document is valid
   */
  List<Problem> checkDeclarations(String file, InputStream in, Tally tally) {
    return problems(file, json.validateDeclarations(tally, in));
  }

  /**
   * Checks a ward results document against an election in one streaming pass.
   *
   * @param file the file's name
   * @param in the document's bytes, from the start
   * @param tally the tally the results are for
   * @return every problem found; empty if the document is valid
   */
  List<Problem> checkWardResults(String file, InputStream in, Tally tally) {
    return problems(file, json.validateWardResults(tally, in));
  }

  private static List<Problem> problems(String file, Validation validation) {
    return validation.problems().stream().map(e -> Problem.of(file, e)).toList();
  }

  /**
   * Checks a single declaration document ({@code psephos.declaration/1}).
   *
   * @param file the file's name
   * @param text the document
   * @param tally the tally the declaration is for
   * @return the problem found, if any
   */
  List<Problem> checkDeclaration(String file, String text, Tally tally) {
    try {
      json.readDeclaration(tally, text);
      return List.of();
    } catch (PsephosJsonException e) {
      return List.of(Problem.of(file, e));
    }
  }

  /**
   * Checks a single withdrawal or postponement document ({@code psephos.withdrawal/1}, {@code
   * psephos.postponement/1}), read as a one-line result
   * stream.
   *
   * @param file the file's name
   * @param text the document
   * @param tally the tally the withdrawal is for
   * @return the problem found, if any
   */
  List<Problem> checkWithdrawal(String file, String text, Tally tally) {
    try (ResultStream stream =
        json.resultStream(
            tally,
            new java.io.ByteArrayInputStream(
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
      stream.next();
      return List.of();
    } catch (PsephosJsonException e) {
      return List.of(Problem.of(file, e));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Checks a single ward result document ({@code psephos.wardresult/1}).
   *
   * @param file the file's name
   * @param text the document
   * @param tally the tally the result is for
   * @return the problem found, if any
   */
  List<Problem> checkWardResult(String file, String text, Tally tally) {
    try {
      json.readWardResult(tally, text);
      return List.of();
    } catch (PsephosJsonException e) {
      return List.of(Problem.of(file, e));
    }
  }

  /**
   * Checks a results document: the JSON module reads it whole, recomputing every figure, and
   * reports its first fault.
   *
   * @param file the file's name
   * @param text the document
   * @param election the election
   * @return the problem found, if any
   */
  List<Problem> checkResults(String file, String text, Election election) {
    try {
      json.readResults(election, text);
      return List.of();
    } catch (PsephosJsonException e) {
      return List.of(Problem.of(file, e));
    }
  }

  /**
   * Checks a result stream (declarations and ward results) line by line, going on after each bad
   * line.
   *
   * @param file the file's name
   * @param in the stream, closed when done
   * @param tally the tally the declarations are for
   * @param progress where progress is shown
   * @param report called with each problem as it is found
   * @return the lines and declarations read, and the problems
   */
  StreamCheck checkStream(
      String file,
      InputStream in,
      Tally tally,
      Progress progress,
      Consumer<Problem> report) {
    List<Problem> problems = new ArrayList<>();
    long declarations = 0;
    long wardResults = 0;
    try (ResultStream stream = json.resultStream(tally, in)) {
      while (true) {
        try {
          Optional<PublishedResult> next = stream.next();
          if (next.isEmpty()) {
            return new StreamCheck(stream.lineNumber(), declarations, wardResults, problems);
          }
          if (next.get() instanceof PublishedWardResult) {
            wardResults++;
          } else if (!(next.get() instanceof org.psephos.json.PublishedWithdrawal)
              && !(next.get() instanceof org.psephos.json.PublishedPostponement)) {
            declarations++;
          }
        } catch (PsephosJsonException e) {
          Problem problem = Problem.of(file, e);
          problems.add(problem);
          progress.done();
          report.accept(problem);
        }
        progress.update(file, stream.lineNumber(), declarations + wardResults);
      }
    } catch (java.io.IOException e) {
      throw Inputs.unreadable(file, e);
    } catch (java.io.UncheckedIOException e) {
      throw Inputs.unreadable(file, e);
    } finally {
      progress.done();
    }
  }
}

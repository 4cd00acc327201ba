package org.psephos.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.psephos.Election;
import org.psephos.json.DeclarationStream;
import org.psephos.json.DocumentKind;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.PsephosJson;
import org.psephos.json.PsephosJsonException;
import org.psephos.json.PublishedDeclaration;
import org.psephos.tally.Tally;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks documents of the JSON format and reports every problem found, not only the first.
 *
 * <p>The JSON module reads a document all or nothing and stops at its first fault. To go on, a
 * document whose reading fails is checked in parts: each council of an election definition (with
 * the election's parties and aliases) and each declaration of a declarations document (with the
 * document's header) is read on its own, so a fault in one does not hide a fault in another; then
 * the parts that passed are read together, and each fault found there (a council id given twice,
 * a sequence number that does not rise) is reported and its part left out before reading the rest
 * again. A fault outside the parts (the format, the election's id, a party) is reported once, and
 * ends the check of that document, since every part depends on it. Each problem is placed at its
 * line and column in the original file and its JSON pointer there. A declaration stream is read
 * line by line, each bad line reported and the next one read.
 *
 * <p>Not thread-safe.
 */
final class DocumentChecks {
  /** At most this many problems are reported for one document (streams have no limit). */
  static final int MAX_PROBLEMS_PER_DOCUMENT = 1_000;

  private final PsephosJson json = PsephosJson.standard();
  private final JsonMapper mapper =
      PsephosJson.standard()
          .mapper()
          .rebuild()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  /** What a document is, from its {@code "format"} member. */
  record Sniffed(@Nullable DocumentKind kind, @Nullable String electionId) {}

  /** The outcome of checking an election definition. */
  record ElectionCheck(@Nullable ElectionDefinition definition, List<Problem> problems) {}

  /** The outcome of checking a declaration stream. */
  record StreamCheck(long lines, long declarations, List<Problem> problems) {}

  /**
   * Decodes a file's bytes as strict UTF-8.
   *
   * @param bytes the bytes
   * @return the text, or empty if the bytes are not UTF-8
   */
  static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * The problem with bytes that are not a JSON document in UTF-8, as the JSON module words it.
   *
   * @param file the file's name
   * @param bytes the file's bytes
   * @return the problem
   */
  Problem notJson(String file, byte[] bytes) {
    try {
      json.readElection(new ByteArrayInputStream(bytes));
    } catch (PsephosJsonException e) {
      return Problem.of(file, e);
    }
    return Problem.ofFile(file, "the file is not a JSON document");
  }

  /**
   * Reads a document's kind and election id from its {@code "format"} and {@code "election"}
   * members (an election definition's id is its {@code "id"}).
   *
   * @param text the document
   * @return the kind (null if the document is not JSON, or names no known kind) and the election
   */
  Sniffed sniff(String text) {
    ObjectNode root = tree(text);
    if (root == null) {
      return new Sniffed(null, null);
    }
    DocumentKind kind = kindOf(root);
    JsonNode id = root.get(kind == DocumentKind.ELECTION ? "id" : "election");
    return new Sniffed(kind, id != null && id.isString() ? id.asString() : null);
  }

  private static @Nullable DocumentKind kindOf(ObjectNode root) {
    JsonNode format = root.get("format");
    if (format == null || !format.isString()) {
      return null;
    }
    String value = format.asString();
    int slash = value.lastIndexOf('/');
    String name = slash < 0 ? value : value.substring(0, slash);
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
   * @param text the document
   * @return the problem
   */
  Problem unknownKind(String file, String text) {
    ObjectNode root = tree(text);
    String formats =
        String.join(
            ", ",
            java.util.Arrays.stream(DocumentKind.values()).map(DocumentKind::format).toList());
    if (root == null) {
      return Problem.ofFile(file, "the document is not a JSON object");
    }
    JsonNode format = root.get("format");
    if (format == null) {
      return new Problem(
          file, 1, 1, "/format",
          "the document has no \"format\" member naming its kind: one of " + formats);
    }
    Map<String, long[]> where = locations(text);
    long[] at = locate(where, "/format");
    return new Problem(
        file, at[0], at[1], "/format",
        "the document's format " + format + " is not a kind Psephos knows: one of " + formats);
  }

  /**
   * Checks an election definition.
   *
   * @param file the file's name
   * @param text the document
   * @return the definition if it is valid, and every problem found
   */
  ElectionCheck checkElection(String file, String text) {
    try {
      return new ElectionCheck(json.readElection(text), List.of());
    } catch (PsephosJsonException first) {
      List<Problem> problems =
          checkInParts(file, text, first, "councils", piece -> json.readElection(piece));
      return new ElectionCheck(null, problems);
    }
  }

  /**
   * Checks a declarations document against an election.
   *
   * @param file the file's name
   * @param text the document
   * @param tally the tally the declarations are for
   * @return every problem found; empty if the document is valid
   */
  List<Problem> checkDeclarations(String file, String text, Tally tally) {
    try {
      json.readDeclarations(tally, text);
      return List.of();
    } catch (PsephosJsonException first) {
      return checkInParts(
          file, text, first, "declarations", piece -> json.readDeclarations(tally, piece));
    }
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
   * Checks a declaration stream line by line, going on after each bad line.
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
    try (DeclarationStream stream = json.declarationStream(tally, in)) {
      while (true) {
        try {
          Optional<PublishedDeclaration> next = stream.next();
          if (next.isEmpty()) {
            return new StreamCheck(stream.lineNumber(), declarations, problems);
          }
          declarations++;
        } catch (PsephosJsonException e) {
          Problem problem = Problem.of(file, e);
          problems.add(problem);
          progress.done();
          report.accept(problem);
        }
        progress.update(file, stream.lineNumber(), declarations);
      }
    } catch (java.io.IOException e) {
      throw Inputs.unreadable(file, e);
    } catch (java.io.UncheckedIOException e) {
      throw Inputs.unreadable(file, e);
    } finally {
      progress.done();
    }
  }

  /**
   * Checks a document whose reading failed, in parts: each element of the array member {@code
   * partsMember} read on its own with the rest of the document, then the elements that passed read
   * together, leaving out each one found at fault and reading again.
   */
  private List<Problem> checkInParts(
      String file,
      String text,
      PsephosJsonException first,
      String partsMember,
      Consumer<String> read) {
    ObjectNode root = tree(text);
    JsonNode parts = root == null ? null : root.get(partsMember);
    if (root == null || !(parts instanceof ArrayNode array) || array.isEmpty()) {
      return List.of(Problem.of(file, first));
    }
    Map<String, long[]> where = locations(text);
    String partPrefix = "/" + partsMember + "/";
    Set<Problem> problems = new LinkedHashSet<>();
    List<Integer> passed = new ArrayList<>();
    String commonFault = null;
    boolean faultOutsideEveryPart = true;
    List<Problem> outside = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      ObjectNode piece = root.deepCopy();
      piece.set(partsMember, mapper.createArrayNode().add(array.get(i).deepCopy()));
      try {
        read.accept(mapper.writeValueAsString(piece));
        passed.add(i);
        faultOutsideEveryPart = false;
      } catch (PsephosJsonException e) {
        String pointer = e.pointer();
        String only = partPrefix + "0";
        if (pointer.equals(only) || pointer.startsWith(only + "/")) {
          faultOutsideEveryPart = false;
          problems.add(relocated(file, e, partPrefix + i + pointer.substring(only.length()), where));
        } else {
          String fault = pointer + "\u0000" + e.reason();
          if (commonFault == null) {
            commonFault = fault;
          } else if (!commonFault.equals(fault)) {
            faultOutsideEveryPart = false;
          }
          // a fault outside the part, found only with this part: placed at the part
          outside.add(relocated(file, e, partPrefix + i, where));
        }
      }
      if (problems.size() >= MAX_PROBLEMS_PER_DOCUMENT) {
        return List.copyOf(problems);
      }
    }
    if (faultOutsideEveryPart) {
      return List.of(Problem.of(file, first));
    }
    problems.addAll(outside);
    // the parts that passed, read together: faults between parts
    List<Integer> together = new ArrayList<>(passed);
    while (!together.isEmpty() && problems.size() < MAX_PROBLEMS_PER_DOCUMENT) {
      ObjectNode whole = root.deepCopy();
      ArrayNode kept = mapper.createArrayNode();
      for (int i : together) {
        kept.add(array.get(i).deepCopy());
      }
      whole.set(partsMember, kept);
      try {
        read.accept(mapper.writeValueAsString(whole));
        break;
      } catch (PsephosJsonException e) {
        String pointer = e.pointer();
        int index = indexAfter(pointer, partPrefix);
        if (index < 0 || index >= together.size()) {
          // outside the parts the document is as written: the pointer is the original's
          problems.add(relocated(file, e, pointer, where));
          break;
        }
        int original = together.get(index);
        String rest = pointer.substring((partPrefix + index).length());
        problems.add(relocated(file, e, partPrefix + original + rest, where));
        together.remove(index);
      }
    }
    if (problems.isEmpty()) {
      problems.add(Problem.of(file, first));
    }
    return List.copyOf(problems);
  }

  /** The index following a prefix such as "/councils/" in a pointer, or -1. */
  private static int indexAfter(String pointer, String prefix) {
    if (!pointer.startsWith(prefix)) {
      return -1;
    }
    int end = pointer.indexOf('/', prefix.length());
    String digits = pointer.substring(prefix.length(), end < 0 ? pointer.length() : end);
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Problem relocated(
      String file, PsephosJsonException e, String pointer, Map<String, long[]> where) {
    long[] at = locate(where, pointer);
    return new Problem(file, at[0], at[1], pointer, e.reason());
  }

  /** The line and column of a pointer, or of its nearest ancestor present in the document. */
  static long[] locate(Map<String, long[]> where, String pointer) {
    String p = pointer;
    while (true) {
      long[] at = where.get(p);
      if (at != null) {
        return at;
      }
      if (p.isEmpty()) {
        return new long[] {1, 1};
      }
      p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
    }
  }

  /** The line and column where each value of a document starts, by JSON pointer. */
  Map<String, long[]> locations(String text) {
    Map<String, long[]> where = new HashMap<>();
    try (JsonParser parser = mapper.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.PROPERTY_NAME
            || token == JsonToken.END_OBJECT
            || token == JsonToken.END_ARRAY) {
          continue;
        }
        TokenStreamLocation at = parser.currentTokenLocation();
        where.putIfAbsent(
            parser.streamReadContext().pathAsPointer().toString(),
            new long[] {at.getLineNr(), at.getColumnNr()});
      }
    } catch (JacksonException e) {
      // the document was parsed before; what was located so far is kept
    }
    return where;
  }

  /**
   * Whether a text is one JSON object, with no member name twice.
   *
   * @param text the text
   * @return true if it is
   */
  boolean isJsonObject(String text) {
    return tree(text) != null;
  }

  private @Nullable ObjectNode tree(String text) {
    try {
      JsonNode node = mapper.readTree(text);
      return node instanceof ObjectNode object ? object : null;
    } catch (JacksonException e) {
      return null;
    }
  }
}

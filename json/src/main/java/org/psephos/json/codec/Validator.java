package org.psephos.json.codec;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.psephos.Contest;
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
import tools.jackson.core.TokenStreamLocation;
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

    /** Adds a problem; false once the cap is reached, when the check stops. */
    boolean add(PsephosJsonException problem) {
      if (found.size() == MAX_PROBLEMS) {
        capped = true;
        return false;
      }
      found.add(problem);
      return true;
    }

    Found done(@Nullable ElectionDefinition definition) {
      return new Found(
          List.copyOf(found), parts, validParts, capped,
          found.isEmpty() ? Optional.ofNullable(definition) : Optional.empty());
    }
  }

  /** Reads and checks one part of a document, at its node. */
  private interface PartCheck {
    void check(Node part);
  }

  /**
   * Checks an election definition file, each council on its own and then the councils together.
   *
   * @param in the file's UTF-8 bytes, left open
   * @return the problems, and the definition if there are none
   */
  public Found election(InputStream in) {
    Problems problems = new Problems();
    List<Contest> contests = new ArrayList<>();
    ElectionCodec.Wards wards = new ElectionCodec.Wards();
    ElectionCodec.Header[] header = new ElectionCodec.Header[1];
    Node root =
        document(
            in, DocumentKind.ELECTION, "councils", problems,
            rootSoFar -> {
              header[0] = ElectionCodec.readHeader(rootSoFar, ReadContext.of(options, null));
              Bind.requireType(header[0].councils(), Node.Type.ARRAY, "the councils");
            },
            council -> contests.add(
                wards.count(ContestCodec.read(council, header[0].context()), council)),
            JsonLimits.MAX_COUNCILS);
    if (root == null) {
      return problems.done(null);
    }
    try {
      // the valid councils together (a council id twice); members after the councils, if any
      ElectionCodec.Header whole = ElectionCodec.readHeader(root, ReadContext.of(options, null));
      return problems.done(whole.definition(root, contests));
    } catch (PsephosJsonException e) {
      problems.add(e);
      return problems.done(null);
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
        (part, context) -> DeclarationCodec.readPublished(part, context, false),
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
        (part, context) -> WardResultCodec.readPublished(part, context, false),
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
    return problems.done(null);
  }

  /** Reads one published result of a document at its node. */
  private interface ResultReader {
    PublishedResult read(Node part, ReadContext context);
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
    ReadContext context = ReadContext.of(options, election);
    Check check = Check.validating(tally);
    long[] last = {0};
    Problems problems = new Problems();
    String what = kind == DocumentKind.DECLARATIONS ? "a declarations document"
        : "a ward results document";
    Node root =
        document(
            in, kind, partsMember, problems,
            rootSoFar -> {
              Bind.checkFormat(kind, rootSoFar);
              Bind.Members known = Bind.object(rootSoFar, what, members, options);
              DeclarationCodec.requireElection(known.required("election"), election);
              Bind.requireType(known.required(partsMember), Node.Type.ARRAY, "the " + partsName(kind));
            },
            part -> {
              PublishedResult result = reader.read(part, context);
              DeclarationCodec.checkSequence(result, last[0], part);
              check.accept(part, result);
              last[0] = result.sequence();
            },
            maxParts);
    if (root != null && problems.found.isEmpty()) {
      try {
        Bind.object(root, what, members, options);
      } catch (PsephosJsonException e) {
        problems.add(e);
      }
    }
    return problems.done(null);
  }

  private static String partsName(DocumentKind kind) {
    return kind == DocumentKind.DECLARATIONS ? "declarations" : "ward results";
  }

  /**
   * Reads a document's root object member by member: the members before the parts are kept (as
   * {@link Node}s) and checked by {@code header} when the parts begin; each part is read and
   * checked on its own; the members after them are kept. Returns the root as read (its parts
   * member an empty array), or null if the check stopped.
   */
  private @Nullable Node document(
      InputStream in,
      DocumentKind kind,
      String partsMember,
      Problems problems,
      PartCheck header,
      PartCheck part,
      int maxParts) {
    JsonParser parser;
    try {
      parser = mapper.createParser(decoded(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (parser) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.add(new PsephosJsonException(
            Kind.TRUNCATED_DOCUMENT, "the input holds no JSON document", "", 1, 1, null));
        return null;
      }
      if (first != JsonToken.START_OBJECT) {
        Bind.checkFormat(kind, TreeReader.readValueAt(parser));
        return null; // not reached: a document that is not an object fails its format check
      }
      Node root = rootObject(parser);
      NodeMembers members = (NodeMembers) root.members();
      List<Node> deferred = null;
      for (JsonToken token = next(parser); token != JsonToken.END_OBJECT; token = next(parser)) {
        String name = parser.currentName();
        Node.Place place = placeOf(parser, members, name, root);
        JsonToken value = next(parser);
        if (name.equals(partsMember) && value == JsonToken.START_ARRAY) {
          TokenStreamLocation at = parser.currentTokenLocation();
          place.line = at.getLineNr();
          place.column = at.getColumnNr();
          List<Node> elements = new ArrayList<>();
          members.put(name, Node.array(place, elements));
          if (headerBeforeParts(root, header)) {
            if (!parts(parser, problems, part, maxParts)) {
              return null;
            }
          } else {
            // what the parts depend on comes after them: they are read whole, checked at the end
            elements.addAll(TreeReader.readValueAt(parser).elements());
            deferred = elements;
          }
        } else {
          members.put(name, TreeReader.readValueAt(parser));
        }
      }
      if (parser.nextToken() != null) {
        TokenStreamLocation where = parser.currentTokenLocation();
        throw new PsephosJsonException(
            Kind.MALFORMED_JSON, "content follows the end of the document", "",
            where.getLineNr(), where.getColumnNr(), null);
      }
      if (deferred != null || !members.containsKey(partsMember)
          || members.get(partsMember).type != Node.Type.ARRAY) {
        header.check(root); // reports what the header lacks, or the parts' wrong type
        for (Node element : deferred == null ? List.<Node>of() : deferred) {
          if (!checkPart(element, problems, part, maxParts)) {
            return null;
          }
        }
      }
      return root;
    } catch (PsephosJsonException e) {
      problems.add(e);
    } catch (JacksonIOException e) {
      problems.add(notUtf8(e, parser));
    } catch (JacksonException e) {
      problems.add(TreeReader.translate(e, parser));
    }
    return null;
  }

  /**
   * Reads the parts, each checked on its own; a part's problem is collected and the next part
   * read. False if the check stopped (at the cap, or the limit of parts).
   */
  private static boolean parts(
      JsonParser parser, Problems problems, PartCheck check, int maxParts) {
    for (JsonToken token = next(parser); token != JsonToken.END_ARRAY; token = next(parser)) {
      if (!checkPart(TreeReader.readValueAt(parser), problems, check, maxParts)) {
        return false;
      }
    }
    return true;
  }

  /** Checks one part; false if the check stops (at the cap, or beyond the limit of parts). */
  private static boolean checkPart(
      Node part, Problems problems, PartCheck check, int maxParts) {
    if (problems.parts == maxParts) {
      problems.add(new PsephosJsonException(
          Kind.LIMIT_EXCEEDED, "the array has more elements than the limit of " + maxParts,
          part.pointer(), part.line, part.column, null));
      return false;
    }
    problems.parts++;
    try {
      check.check(part);
      problems.validParts++;
      return true;
    } catch (PsephosJsonException e) {
      return problems.add(e);
    }
  }

  /**
   * Checks the members read before the parts; false if one the parts depend on is missing so far
   * (it may follow them), when the parts are checked after the whole root is read.
   */
  private static boolean headerBeforeParts(Node root, PartCheck header) {
    try {
      header.check(root);
      return true;
    } catch (PsephosJsonException e) {
      if (e.kind() == Kind.MISSING_FIELD) {
        return false;
      }
      throw e;
    }
  }

  private static Node rootObject(JsonParser parser) {
    Node.Place place = new Node.Place();
    TokenStreamLocation at = parser.currentTokenLocation();
    place.line = at.getLineNr();
    place.column = at.getColumnNr();
    return Node.object(place, new NodeMembers());
  }

  /** The place of a root member's value, after checking its name. */
  private static Node.Place placeOf(
      JsonParser parser, NodeMembers members, String name, Node root) {
    TreeReader.checkText(name, () -> root.childPointer(name), parser, "a member name");
    if (members.containsKey(name)) {
      TokenStreamLocation at = parser.currentTokenLocation();
      throw new PsephosJsonException(
          Kind.DUPLICATE_KEY, "member \"" + name + "\" appears twice in the same object",
          root.childPointer(name), at.getLineNr(), at.getColumnNr(), null);
    }
    Node.Place place = new Node.Place();
    place.parent = root;
    place.name = name;
    return place;
  }

  private static JsonToken next(JsonParser parser) {
    JsonToken token = parser.nextToken();
    if (token == null) {
      TokenStreamLocation at = parser.currentLocation();
      throw new PsephosJsonException(
          Kind.TRUNCATED_DOCUMENT,
          "the document ends inside " + (parser.streamReadContext().inArray() ? "an array"
              : "an object"),
          parser.streamReadContext().pathAsPointer().toString(), at.getLineNr(),
          at.getColumnNr(), null);
    }
    return token;
  }

  private static PsephosJsonException notUtf8(JacksonIOException e, JsonParser parser) {
    try {
      throw TreeReader.notUtf8(e, parser);
    } catch (PsephosJsonException known) {
      return known;
    } catch (JacksonIOException other) {
      throw new UncheckedIOException(new IOException(other.getMessage(), other));
    }
  }

  /** The bytes decoded strictly as UTF-8 as they are read, a leading byte order mark skipped. */
  private static InputStreamReader decoded(InputStream in) throws IOException {
    PushbackInputStream bytes =
        new PushbackInputStream(
            new java.io.FilterInputStream(requireNonNull(in, "in")) {
              @Override
              public void close() {
                // the caller's stream is left open
              }
            },
            3);
    byte[] start = bytes.readNBytes(3);
    boolean mark =
        start.length == 3
            && start[0] == (byte) 0xEF && start[1] == (byte) 0xBB && start[2] == (byte) 0xBF;
    if (!mark) {
      bytes.unread(start);
    }
    return new InputStreamReader(
        bytes,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }
}

package org.psephos.json.codec;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.psephos.json.DocumentKind;
import org.psephos.json.JsonLimits;
import org.psephos.json.PsephosJsonException;
import org.psephos.json.PsephosJsonException.Kind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * A parser as the codecs read it, token by token, with no tree in between: typed reads of the
 * current value, objects member by member and arrays element by element, each failure naming the
 * JSON pointer, line and column of the value at fault as the parser gives them. A member name
 * given twice in one object is found here, among the names each object's reader already takes
 * ({@link Members#next}) and in the values it skips ({@link #skip}), and reported as the parser's
 * own duplicate detection ({@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}, which {@link
 * org.psephos.json.PsephosModule} turns on for a mapper it is added to, and which a parser of
 * {@link Reading} leaves off: a set of names per object is most of what it costs) would report
 * it: the same pointer, reason, line, and column just after the name. The parser's other failures
 * become the module's exceptions here. As a {@link Where}, the current token. Not thread-safe.
 */
final class Tokens implements Where {
  private static final String DUPLICATE = "Duplicate Object property \"";

  final JsonParser parser;
  final ReadContext context;
  /** {@link #pointer()}, as a supplier. */
  private final Supplier<String> pointerSupplier = this::pointer;
  /**
   * The member names of the objects being read, outermost first: each {@link Members} keeps its
   * own from where the stack stood when it started ({@code namesTop}).
   */
  private String[] names = new String[16];
  private int namesTop;

  Tokens(JsonParser parser, ReadContext context) {
    this.parser = parser;
    this.context = context;
  }

  /**
   * Reads a whole document with a reader that starts at its first token: one value, then the end
   * of input. The parser is closed.
   *
   * @throws PsephosJsonException if the input is not one well-formed value, or the reader fails
   */
  static <T> T document(JsonParser parser, ReadContext context, Function<Tokens, T> reader) {
    return translated(parser, () -> {
      try (parser) {
        if (parser.nextToken() == null) {
          throw new PsephosJsonException(
              Kind.TRUNCATED_DOCUMENT, "the input holds no JSON document", "", 1, 1, null);
        }
        T value = reader.apply(new Tokens(parser, context));
        if (parser.nextToken() != null) {
          throw new Tokens(parser, context)
              .fail(Kind.MALFORMED_JSON, "content follows the end of the document", null);
        }
        return value;
      }
    });
  }

  /**
   * Reads the value at the parser's current token (reading the first token if there is none) as a
   * deserializer does, leaving the parser on the value's last token.
   */
  static <T> T value(JsonParser parser, ReadContext context, Function<Tokens, T> reader) {
    return translated(parser, () -> {
      if (parser.currentToken() == null && parser.nextToken() == null) {
        throw new PsephosJsonException(
            Kind.TRUNCATED_DOCUMENT, "the input holds no JSON value", "", 1, 1, null);
      }
      return reader.apply(new Tokens(parser, context));
    });
  }

  /** A read whose failures of the parser are the module's exceptions. */
  private static <T> T translated(JsonParser parser, Supplier<T> read) {
    try {
      return read.get();
    } catch (PsephosJsonException e) {
      throw e;
    } catch (JacksonIOException e) {
      throw notUtf8(e, parser);
    } catch (JacksonException e) {
      throw translate(e, parser);
    }
  }

  /** The pointer of the current value (of a container, at its start or end token). */
  @Override
  public String pointer() {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  @Override
  public long line() {
    return parser.currentTokenLocation().getLineNr();
  }

  @Override
  public int column() {
    return parser.currentTokenLocation().getColumnNr();
  }

  /**
   * Where the current token starts, as one number: the line and column that {@link
   * JsonParser#currentTokenLocation()} gives ({@link #lineOf}, {@link #columnOf}), kept by the
   * codecs for a failure found later. For a value token of Jackson's own parsers it is read
   * without making a location object, from the token's line and column ({@link
   * ParserBase#getTokenColumnNr()} counts one more than the location's column). Never 0.
   */
  long mark() {
    if (parser instanceof ParserBase base && parser.currentToken() != JsonToken.PROPERTY_NAME) {
      return mark(base.getTokenLineNr(), base.getTokenColumnNr() - 1);
    }
    TokenStreamLocation at = parser.currentTokenLocation();
    return mark(at.getLineNr(), at.getColumnNr());
  }

  /** A line (from 1) and a column as one number. */
  static long mark(int line, int column) {
    return (long) line << 32 | (column & 0xFFFFFFFFL);
  }

  /** The line of a {@link #mark()}. */
  static long lineOf(long mark) {
    return mark >> 32;
  }

  /** The column of a {@link #mark()}. */
  static int columnOf(long mark) {
    return (int) mark;
  }

  /** The current value's place, kept for a failure found after the parser has moved on. */
  Place place() {
    long at = mark();
    return new Place(pointer(), lineOf(at), columnOf(at));
  }

  /**
   * The next token within a value, whose end the parser reports as a truncated document (an
   * end-of-input failure, translated by {@link #translate}) before it could return none.
   */
  JsonToken next() {
    return java.util.Objects.requireNonNull(parser.nextToken(), "a token within a value");
  }

  /** What a token's value is, in a message: "an object", "a whole number". */
  static String words(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "a whole number";
      case VALUE_NUMBER_FLOAT -> "a number with a fraction or exponent";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      default -> "null";
    };
  }

  /**
   * Fails unless the current value is of a type ({@code token}, or true/false for a boolean). The
   * value is read to its end first, so that a fault of its JSON (a limit, a syntax error) is the
   * one reported, as for any value read whole.
   */
  void require(JsonToken token, Supplier<String> what) {
    JsonToken actual = parser.currentToken();
    if (actual != token && !(token == JsonToken.VALUE_TRUE && actual == JsonToken.VALUE_FALSE)) {
      throw wrongType(token, what);
    }
  }

  private PsephosJsonException wrongType(JsonToken token, Supplier<String> what) {
    JsonToken actual = parser.currentToken();
    Place at = place();
    skip();
    return at.fail(
        Kind.WRONG_TYPE, what.get() + " must be " + words(token) + ", not " + words(actual), null);
  }

  /** A string: Unicode text without control characters. */
  String string(Supplier<String> what) {
    require(JsonToken.VALUE_STRING, what);
    String text = parser.getString();
    checkText(text, pointerSupplier, parser, "a string");
    return text;
  }

  /** As {@link #string(Supplier)} with a fixed description. */
  String string(String what) {
    return string(() -> what);
  }

  /**
   * An id: a string of at most {@link JsonLimits#MAX_ID_LENGTH} characters, checked before core
   * sees it, so that no id check costs more than its length allows.
   */
  String id(Supplier<String> what) {
    String id = string(what);
    if (id.length() > JsonLimits.MAX_ID_LENGTH) {
      throw fail(Kind.LIMIT_EXCEEDED, what.get() + " is " + id.length()
          + " characters long, more than the limit of " + JsonLimits.MAX_ID_LENGTH, null);
    }
    return id;
  }

  boolean bool(String what) {
    require(JsonToken.VALUE_TRUE, () -> what);
    return parser.currentToken() == JsonToken.VALUE_TRUE;
  }

  /**
   * A whole number at most {@code max}; negative numbers pass (down to {@code -max}) so that core
   * rejects them with its own reason.
   */
  int count(Supplier<String> what, int max) {
    return (int) wholeNumber(what, -(long) max, max, 0);
  }

  /** A whole number in {@code [min, max]}; out of range is a {@link PsephosJsonException}. */
  long wholeNumber(Supplier<String> what, long min, long max) {
    return wholeNumber(what, min, max, min);
  }

  /** A whole number in {@code [min, max]}; a failure names the range from {@code shownMin}. */
  private long wholeNumber(Supplier<String> what, long min, long max, long shownMin) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = parser.getNumberType();
      if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
        long value = parser.getLongValue();
        if (value >= min && value <= max) {
          return value;
        }
      }
      throw fail(Kind.NUMBER_OUT_OF_RANGE, what.get() + " (" + parser.getText()
          + ") is out of range: the format allows " + shownMin + " to " + max, null);
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      throw fail(Kind.WRONG_TYPE, what.get() + " must be a whole number, not " + parser.getText(),
          null);
    }
    throw wrongType(JsonToken.VALUE_NUMBER_INT, what);
  }

  /**
   * Starts reading the object at the current token, whose members are checked against the names
   * the format defines for it ({@code known}; null for an object of party ids, such as a seat
   * map), unless unknown members are ignored.
   */
  Members object(Supplier<String> what, @Nullable Set<String> known) {
    require(JsonToken.START_OBJECT, what);
    return new Members(what, known, mark());
  }

  /**
   * The members of an object being read. As a {@link Where}, the object: its start, and its pointer
   * while the parser is at its end (where the object's failures are found).
   */
  final class Members implements Where {
    private final Supplier<String> what;
    private final @Nullable Set<String> known;
    /** Where the object starts, a {@link #mark()}. */
    private final long start;
    /**
     * The names read so far: {@code names[base, base + seenCount)} of the document's stack of
     * names, where the objects within this one keep theirs above them while they are read; a set
     * instead beyond {@link #SCANNED}.
     */
    private final int base;
    private int seenCount;
    private @Nullable Set<String> seenSet;

    private Members(Supplier<String> what, @Nullable Set<String> known, long start) {
      this.what = what;
      this.known = known;
      this.start = start;
      this.base = namesTop;
    }

    /**
     * Whether the object gave a member, of those read so far: at its end, all of them (until an
     * object after it is read).
     */
    boolean has(String name) {
      Set<String> set = seenSet;
      if (set != null) {
        return set.contains(name);
      }
      for (int i = base; i < base + seenCount; i++) {
        if (name.equals(names[i])) {
          return true;
        }
      }
      return false;
    }

    /** Fails with the first of the required members the object lacks; at its end. */
    void require(String... required) {
      for (String name : required) {
        if (!has(name)) {
          throw missing(name);
        }
      }
    }

    /** Notes a member name; false if the object gave it before. */
    private boolean firstTime(String name) {
      Set<String> set = seenSet;
      if (set != null) {
        return set.add(name);
      }
      if (has(name)) {
        return false;
      }
      if (seenCount == SCANNED) {
        set = new HashSet<>(Arrays.asList(names).subList(base, base + seenCount));
        set.add(name);
        seenSet = set;
        return true;
      }
      // the objects read within this one are done: their names above this one's are dropped
      int top = base + seenCount;
      if (top == names.length) {
        names = Arrays.copyOf(names, names.length * 2);
      }
      names[top] = name;
      seenCount++;
      namesTop = top + 1;
      return true;
    }

    /**
     * Moves to the value of the next member the format defines, skipping or rejecting others.
     *
     * @return its name, or null at the end of the object (the parser is then on its end)
     */
    @Nullable String next() {
      while (true) {
        if (Tokens.this.next() == JsonToken.END_OBJECT) {
          namesTop = base;
          return null;
        }
        String name = parser.currentName();
        if (!firstTime(name)) {
          throw duplicate(name);
        }
        checkText(name, pointerSupplier, parser, "a member name");
        Tokens.this.next();
        if (known == null || known.contains(name)) {
          return name;
        }
        Place at = context.options.ignoreUnknownFields() ? null : place();
        skip();
        if (at != null) {
          throw at.fail(Kind.UNKNOWN_FIELD, what.get() + " has an unknown member \"" + name
              + "\"; the format defines " + String.join(", ", known.stream().sorted().toList()),
              null);
        }
      }
    }

    /** Where the object starts, a {@link Tokens#mark()}. */
    long start() {
      return start;
    }

    /** Where the object is, kept for after the parser has moved on; at the object's end. */
    Place place() {
      return new Place(pointer(), lineOf(start), columnOf(start));
    }

    @Override
    public String pointer() {
      return Tokens.this.pointer();
    }

    @Override
    public long line() {
      return lineOf(start);
    }

    @Override
    public int column() {
      return columnOf(start);
    }

    /**
     * Where a value of this object was, by its path below the object and where it started (a
     * {@link Tokens#mark()}); its pointer is worked out while the parser is at the object's end.
     */
    Where at(String path, long where) {
      return at(path, -1, where);
    }

    /** As {@link #at(String, long)}, for element {@code index} of a member (none if negative). */
    Where at(String member, int index, long where) {
      return new Where() {
        @Override
        public String pointer() {
          return Members.this.pointer() + "/" + member + (index < 0 ? "" : "/" + index);
        }

        @Override
        public long line() {
          return lineOf(where);
        }

        @Override
        public int column() {
          return columnOf(where);
        }
      };
    }

    /** The failure for a required member missing; at the end of the object. */
    PsephosJsonException missing(String name) {
      return new PsephosJsonException(Kind.MISSING_FIELD,
          what.get() + " lacks the required member \"" + name + "\"",
          Tokens.this.pointer() + "/" + name.replace("~", "~0").replace("/", "~1"),
          lineOf(start), columnOf(start), null);
    }

    /** Where a required member's value is (a {@link Tokens#mark()}, 0 if not read), or the
     * failure naming it; at the end of the object. */
    long requiredAt(long mark, String name) {
      if (mark == 0) {
        throw missing(name);
      }
      return mark;
    }

    /** A required member's value, or the failure naming it; at the end of the object. */
    <T> T required(@Nullable T value, String name) {
      if (value == null) {
        throw missing(name);
      }
      return value;
    }
  }

  /** The most member names of an object compared one by one; more are kept in a set. */
  private static final int SCANNED = 16;

  /**
   * The failure for a member name given twice, at the current token (the second): as the parser's
   * own duplicate detection reports it, with the pointer of the member, and the line and the column
   * just after the name (its quotes and the escapes its characters need included).
   */
  PsephosJsonException duplicate(String name) {
    TokenStreamLocation at = parser.currentTokenLocation();
    return new PsephosJsonException(Kind.DUPLICATE_KEY,
        "member \"" + name + "\" appears twice in the same object", pointer(), at.getLineNr(),
        at.getColumnNr() + quotedLength(name), null);
  }

  /** A name's length as JSON text: in quotes, each character that must be escaped escaped. */
  static int quotedLength(String name) {
    int length = 2;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      length += c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r'
          || c == '\t' ? 2 : c < 0x20 ? 6 : 1;
    }
    return length;
  }

  /**
   * Skips the value at the current token to its last token, as {@link JsonParser#skipChildren}
   * does, finding a member name given twice in any object within it.
   */
  void skip() {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return;
    }
    java.util.List<Set<String>> names = new java.util.ArrayList<>();
    while (true) {
      switch (token) {
        case START_OBJECT -> names.add(new HashSet<>());
        case START_ARRAY -> names.add(Set.of());
        case PROPERTY_NAME -> {
          String name = parser.currentName();
          if (!names.get(names.size() - 1).add(name)) {
            throw duplicate(name);
          }
        }
        case END_OBJECT, END_ARRAY -> {
          names.remove(names.size() - 1);
          if (names.isEmpty()) {
            return;
          }
        }
        default -> {
          // a scalar value within
        }
      }
      token = next();
    }
  }

  /**
   * Checks the value of a document's {@code "format"} member, at the current token: the kind's
   * name and the version this reader reads.
   */
  void format(DocumentKind kind) {
    String value = string("\"format\"");
    int slash = value.lastIndexOf('/');
    String name = slash < 0 ? value : value.substring(0, slash);
    String version = slash < 0 ? "" : value.substring(slash + 1);
    if (!name.equals(kind.formatName())) {
      throw fail(Kind.UNSUPPORTED_FORMAT, "the document's format is \"" + value + "\", not a "
          + kind.formatName() + " document (\"" + kind.format() + "\")", null);
    }
    if (!version.equals(String.valueOf(DocumentKind.VERSION))) {
      throw fail(Kind.UNSUPPORTED_FORMAT, "version \"" + version + "\" of " + kind.formatName()
          + " is not known to this reader, which reads \"" + kind.format() + "\"", null);
    }
  }

  /** The failure for a document without its {@code "format"} member, at the end of its object. */
  PsephosJsonException noFormat(DocumentKind kind, Members document) {
    Place at = document.place();
    return new PsephosJsonException(Kind.MISSING_FIELD, "the document lacks its \"format\" member;"
        + " a " + kind.formatName() + " document starts with \"format\": \"" + kind.format()
        + "\"", "/format", at.line(), at.column(), null);
  }

  /** Starts reading the array at the current token, of at most {@code max} elements. */
  Elements array(Supplier<String> what, int max) {
    require(JsonToken.START_ARRAY, what);
    return new Elements(what, max, mark());
  }

  /** The elements of an array being read. */
  final class Elements {
    private final Supplier<String> what;
    private final int max;
    /** Where the array starts, a {@link Tokens#mark()}. */
    private final long start;
    private int count;

    private Elements(Supplier<String> what, int max, long start) {
      this.what = what;
      this.max = max;
      this.start = start;
    }

    /**
     * Moves to the next element's first token.
     *
     * @return false at the end of the array (the parser is then on its end)
     */
    boolean next() {
      if (Tokens.this.next() == JsonToken.END_ARRAY) {
        return false;
      }
      if (++count > max) {
        do {
          skip();
        } while (Tokens.this.next() != JsonToken.END_ARRAY && ++count > 0);
        throw new PsephosJsonException(Kind.LIMIT_EXCEEDED, what.get() + " has " + count
            + " elements, more than the limit of " + max, Tokens.this.pointer(),
            lineOf(start), columnOf(start), null);
      }
      return true;
    }
  }

  /**
   * The module's exception for input that is not UTF-8 text; other input failures are passed on.
   */
  static JacksonIOException notUtf8(JacksonIOException e, JsonParser parser) {
    Throwable cause = e.getCause();
    if (cause instanceof java.nio.charset.CharacterCodingException
        || cause instanceof java.io.CharConversionException) {
      TokenStreamLocation at = parser.currentLocation();
      throw new PsephosJsonException(Kind.MALFORMED_JSON,
          "the input is not UTF-8 text: " + cause.getMessage(), pointerOf(parser),
          at.getLineNr(), at.getColumnNr(), e);
    }
    return e;
  }

  /** The module's exception for a failure of the parser. */
  static PsephosJsonException translate(JacksonException e, JsonParser parser) {
    TokenStreamLocation at = e.getLocation();
    if (at == null) {
      at = parser.currentLocation();
    }
    String pointer = pointerOf(parser);
    long line = at.getLineNr();
    int column = at.getColumnNr();
    String reason = withoutSource(e.getOriginalMessage());
    if (reason.startsWith(DUPLICATE) && reason.endsWith("\"")) {
      String name = reason.substring(DUPLICATE.length(), reason.length() - 1);
      return new PsephosJsonException(Kind.DUPLICATE_KEY,
          "member \"" + name + "\" appears twice in the same object", pointer, line, column, e);
    }
    if (e instanceof UnexpectedEndOfInputException
        || String.valueOf(reason).startsWith("Unexpected end-of-input")) {
      return new PsephosJsonException(Kind.TRUNCATED_DOCUMENT,
          "the document is truncated: " + reason, pointer, line, column, e);
    }
    if (e instanceof StreamConstraintsException) {
      return new PsephosJsonException(Kind.LIMIT_EXCEEDED,
          "the document exceeds a reading limit: " + reason, pointer, line, column, e);
    }
    return new PsephosJsonException(Kind.MALFORMED_JSON,
        "the input is not well-formed JSON: " + reason, pointer, line, column, e);
  }

  private static String pointerOf(JsonParser parser) {
    try {
      return parser.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  /** Jackson's "[Source: ...; line: 1, column: 2]" in a reason, as "line 1, column 2". */
  private static final java.util.regex.Pattern SOURCE =
      java.util.regex.Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)]");

  /** Jackson's source description where it gives no line, with what introduces it. */
  private static final java.util.regex.Pattern UNPLACED_SOURCE =
      java.util.regex.Pattern.compile(" ?(\\((start marker )?at )?\\[Source: [^\\]]*]\\)?");

  /** A reason of Jackson's without its description of the source, which names a setting. */
  static String withoutSource(@Nullable String reason) {
    String placed = SOURCE.matcher(String.valueOf(reason)).replaceAll("line $1, column $2");
    return UNPLACED_SOURCE.matcher(placed).replaceAll("");
  }

  /**
   * Rejects text that is not Unicode characters: an unpaired surrogate (which no UTF-8 encodes),
   * or a control character (U+0000 to U+001F, U+007F to U+009F), which no name or id holds.
   */
  static void checkText(
      String text, java.util.function.Supplier<String> pointer, JsonParser parser, String what) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        continue; // printable ASCII, nearly all of any document
      }
      String fault = null;
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        fault = "an unpaired surrogate";
      } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
        fault = "the control character";
      }
      if (fault != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        throw new PsephosJsonException(
            Kind.INVALID_VALUE,
            what + " holds " + fault + " " + String.format("U+%04X", (int) c) + " at character "
                + (i + 1) + "; names and ids are Unicode text without control characters",
            pointer.get(), at.getLineNr(), at.getColumnNr(), null);
      }
    }
  }
}

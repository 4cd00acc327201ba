package org.psephos.json.codec;

import org.psephos.json.PsephosJsonException;
import org.psephos.json.PsephosJsonException.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Reads one JSON value from a parser into {@link Node}s, detecting duplicate member names, and
 * turns the parser's own failures (syntax, truncation, limits) into the module's exceptions.
 */
final class TreeReader {
  private TreeReader() {}

  /**
   * Reads a whole document: one value, then the end of input.
   *
   * @throws PsephosJsonException if the input is not one well-formed value within the limits
   */
  static Node readDocument(JsonParser parser) {
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new PsephosJsonException(Kind.TRUNCATED_DOCUMENT, "the input holds no JSON document", "", 1, 1, null);
      }
      Node root = readValue(parser, first, null, null, 0, "", new Node.Place());
      JsonToken after = parser.nextToken();
      if (after != null) {
        TokenStreamLocation where = parser.currentTokenLocation();
        throw new PsephosJsonException(Kind.MALFORMED_JSON, "content follows the end of the document", "", where.getLineNr(), where.getColumnNr(),
            null);
      }
      return root;
    } catch (PsephosJsonException e) {
      throw e;
    } catch (JacksonIOException e) {
      throw notUtf8(e, parser);
    } catch (JacksonException e) {
      throw translate(e, parser);
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
      throw new PsephosJsonException(Kind.MALFORMED_JSON, "the input is not UTF-8 text: " + cause.getMessage(), pointerOf(parser),
          at.getLineNr(), at.getColumnNr(), e);
    }
    return e;
  }

  /**
   * Reads the value at the parser's current token (reading the first token if there is none),
   * leaving the parser on its last token, as a deserializer must.
   */
  static Node readValueAt(JsonParser parser) {
    try {
      JsonToken token = parser.currentToken();
      if (token == null) {
        token = parser.nextToken();
      }
      if (token == null) {
        throw new PsephosJsonException(Kind.TRUNCATED_DOCUMENT, "the input holds no JSON value", "", 1, 1, null);
      }
      String base = parser.streamReadContext().pathAsPointer().toString();
      return readValue(parser, token, null, null, 0, base, new Node.Place());
    } catch (PsephosJsonException e) {
      throw e;
    } catch (JacksonIOException e) {
      throw notUtf8(e, parser);
    } catch (JacksonException e) {
      throw translate(e, parser);
    }
  }

  private static Node readValue(
      JsonParser parser,
      JsonToken token,
      @Nullable Node parent,
      @Nullable String name,
      int index,
      String base,
      Node.Place place) {
    TokenStreamLocation start = parser.currentTokenLocation();
    place.line = start.getLineNr();
    place.column = start.getColumnNr();
    place.parent = parent;
    place.name = name;
    place.index = index;
    place.base = base;
    switch (token) {
      case START_OBJECT:
        {
          NodeMembers members = new NodeMembers();
          Node object = Node.object(place, members);
          for (JsonToken next = next(parser); next != JsonToken.END_OBJECT; next = next(parser)) {
            String member = parser.currentName();
            checkText(member, () -> object.childPointer(member), parser, "a member name");
            if (members.containsKey(member)) {
              TokenStreamLocation at = parser.currentTokenLocation();
              throw new PsephosJsonException(Kind.DUPLICATE_KEY, "member \"" + member + "\" appears twice in the same object",
                  object.childPointer(member), at.getLineNr(), at.getColumnNr(), null);
            }
            members.put(member, readValue(parser, next(parser), object, member, 0, "", place));
          }
          return object;
        }
      case START_ARRAY:
        {
          List<Node> elements = new ArrayList<>();
          Node array = Node.array(place, elements);
          for (JsonToken next = next(parser); next != JsonToken.END_ARRAY; next = next(parser)) {
            elements.add(readValue(parser, next, array, null, elements.size(), "", place));
          }
          return array;
        }
      case VALUE_STRING:
        {
          String text = parser.getString();
          Node string = Node.string(place, text);
          checkText(text, string::pointer, parser, "a string");
          return string;
        }
      case VALUE_NUMBER_INT:
        {
          JsonParser.NumberType type = parser.getNumberType();
          if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            return Node.bigInteger(place, parser.getText());
          }
          long value = parser.getLongValue();
          // "-0" is kept as written; any other whole number's text is its value's
          return value == 0 && parser.getTextLength() > 1
              ? Node.zero(place, parser.getText())
              : Node.integer(place, value);
        }
      case VALUE_NUMBER_FLOAT:
        return Node.decimal(place, parser.getText());
      case VALUE_TRUE:
        return Node.bool(place, true);
      case VALUE_FALSE:
        return Node.bool(place, false);
      case VALUE_NULL:
        return Node.nullValue(place);
      default:
        throw new PsephosJsonException(Kind.MALFORMED_JSON, "unexpected token " + token,
            parent == null ? base : childPointerOf(place),
            place.line, place.column, null);
    }
  }

  private static String childPointerOf(Node.Place place) {
    Node parent = java.util.Objects.requireNonNull(place.parent);
    return place.name != null
        ? parent.childPointer(place.name)
        : parent.pointer() + "/" + place.index;
  }

  private static JsonToken next(JsonParser parser) {
    JsonToken token = parser.nextToken();
    if (token == null) {
      TokenStreamLocation at = parser.currentLocation();
      throw new PsephosJsonException(Kind.TRUNCATED_DOCUMENT, "the document ends inside " + containerWords(parser.streamReadContext()),
          parser.streamReadContext().pathAsPointer().toString(), at.getLineNr(),
          at.getColumnNr(), null);
    }
    return token;
  }

  private static String containerWords(TokenStreamContext context) {
    return context.inObject() ? "an object" : context.inArray() ? "an array" : "a value";
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
    if (e instanceof UnexpectedEndOfInputException
        || String.valueOf(reason).startsWith("Unexpected end-of-input")) {
      return new PsephosJsonException(Kind.TRUNCATED_DOCUMENT, "the document is truncated: " + reason, pointer, line, column, e);
    }
    if (e instanceof StreamConstraintsException) {
      return new PsephosJsonException(Kind.LIMIT_EXCEEDED, "the document exceeds a reading limit: " + reason, pointer, line, column, e);
    }
    return new PsephosJsonException(Kind.MALFORMED_JSON, "the input is not well-formed JSON: " + reason, pointer,
        line, column, e);
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

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
        return Node.string(place, parser.getString());
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
    String reason = e.getOriginalMessage();
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
}

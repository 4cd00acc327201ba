package org.psephos.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        throw new TruncatedDocumentException("the input holds no JSON document", "", 1, 1, null);
      }
      Node root = readValue(parser, first, "");
      JsonToken after = parser.nextToken();
      if (after != null) {
        TokenStreamLocation where = parser.currentTokenLocation();
        throw new MalformedJsonException(
            "content follows the end of the document", "", where.getLineNr(), where.getColumnNr(),
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
      throw new MalformedJsonException(
          "the input is not UTF-8 text: " + cause.getMessage(), pointerOf(parser),
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
        throw new TruncatedDocumentException("the input holds no JSON value", "", 1, 1, null);
      }
      String base = parser.streamReadContext().pathAsPointer().toString();
      return readValue(parser, token, base);
    } catch (PsephosJsonException e) {
      throw e;
    } catch (JacksonIOException e) {
      throw notUtf8(e, parser);
    } catch (JacksonException e) {
      throw translate(e, parser);
    }
  }

  private static Node readValue(JsonParser parser, JsonToken token, String pointer) {
    TokenStreamLocation start = parser.currentTokenLocation();
    long line = start.getLineNr();
    int column = start.getColumnNr();
    switch (token) {
      case START_OBJECT:
        {
          Map<String, Node> members = new LinkedHashMap<>();
          for (JsonToken next = next(parser); next != JsonToken.END_OBJECT; next = next(parser)) {
            String name = parser.currentName();
            String child = pointer + "/" + Node.escape(name);
            if (members.containsKey(name)) {
              TokenStreamLocation at = parser.currentTokenLocation();
              throw new DuplicateKeyException(
                  "member \"" + name + "\" appears twice in the same object", child,
                  at.getLineNr(), at.getColumnNr(), null);
            }
            members.put(name, readValue(parser, next(parser), child));
          }
          return Node.object(pointer, line, column, members);
        }
      case START_ARRAY:
        {
          List<Node> elements = new ArrayList<>();
          for (JsonToken next = next(parser); next != JsonToken.END_ARRAY; next = next(parser)) {
            elements.add(readValue(parser, next, pointer + "/" + elements.size()));
          }
          return Node.array(pointer, line, column, elements);
        }
      case VALUE_STRING:
        return Node.string(pointer, line, column, parser.getString());
      case VALUE_NUMBER_INT:
        {
          String text = parser.getText();
          JsonParser.NumberType type = parser.getNumberType();
          boolean fits = type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
          return Node.integer(pointer, line, column, text, fits, fits ? parser.getLongValue() : 0L);
        }
      case VALUE_NUMBER_FLOAT:
        return Node.decimal(pointer, line, column, parser.getText());
      case VALUE_TRUE:
        return Node.bool(pointer, line, column, true);
      case VALUE_FALSE:
        return Node.bool(pointer, line, column, false);
      case VALUE_NULL:
        return Node.nullValue(pointer, line, column);
      default:
        throw new MalformedJsonException(
            "unexpected token " + token, pointer, line, column, null);
    }
  }

  private static JsonToken next(JsonParser parser) {
    JsonToken token = parser.nextToken();
    if (token == null) {
      TokenStreamLocation at = parser.currentLocation();
      throw new TruncatedDocumentException(
          "the document ends inside " + containerWords(parser.streamReadContext()),
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
      return new TruncatedDocumentException(
          "the document is truncated: " + reason, pointer, line, column, e);
    }
    if (e instanceof StreamConstraintsException) {
      return new LimitExceededException(
          "the document exceeds a reading limit: " + reason, pointer, line, column, e);
    }
    return new MalformedJsonException("the input is not well-formed JSON: " + reason, pointer,
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

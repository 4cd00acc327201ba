package org.psephos.json.codec;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads one JSON value from a parser into {@link Node}s, detecting duplicate member names, and
 * turns the parser's own failures (syntax, truncation, limits) into the module's exceptions.
 */
final class TreeReader {
  private TreeReader() {}


  /**
   * Reads the value at the parser's current token, leaving the parser on its last token; the
   * parser's own failures are the caller's to translate ({@link Tokens}).
   */
  static Node readValueAt(JsonParser parser) {
    String base = parser.streamReadContext().pathAsPointer().toString();
    return readValue(parser, parser.currentToken(), null, null, 0, base, new Node.Place());
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
            Tokens.checkText(member, () -> object.childPointer(member), parser, "a member name");
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
          Tokens.checkText(text, string::pointer, parser, "a string");
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
        throw new IllegalStateException("not the start of a value: " + token);
    }
  }

  /** The next token within a value, whose end the parser reports before it could return none. */
  private static JsonToken next(JsonParser parser) {
    return java.util.Objects.requireNonNull(parser.nextToken(), "a token within a value");
  }
}

package org.psephos.json;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One JSON value read from a document, with where it starts: its JSON pointer, line and column.
 * Reading builds a whole document (or a stream line) into these first, so that members can be
 * read in any order and every failure names where it is.
 */
final class Node {
  enum Type {
    OBJECT("an object"),
    ARRAY("an array"),
    STRING("a string"),
    INTEGER("a whole number"),
    DECIMAL("a number with a fraction or exponent"),
    BOOLEAN("true or false"),
    NULL("null");

    final String words;

    Type(String words) {
      this.words = words;
    }
  }

  final Type type;
  final String pointer;
  final long line;
  final int column;
  private final @Nullable Map<String, Node> members;
  private final @Nullable List<Node> elements;
  /** The text of a string, or of a number as written. */
  private final @Nullable String text;
  /** The value of a boolean, or whether a whole number fits in 64 bits. */
  private final boolean flag;
  private final long integer;

  private Node(
      Type type,
      String pointer,
      long line,
      int column,
      @Nullable Map<String, Node> members,
      @Nullable List<Node> elements,
      @Nullable String text,
      boolean flag,
      long integer) {
    this.type = type;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.members = members;
    this.elements = elements;
    this.text = text;
    this.flag = flag;
    this.integer = integer;
  }

  static Node object(String pointer, long line, int column, Map<String, Node> members) {
    return new Node(Type.OBJECT, pointer, line, column, Collections.unmodifiableMap(members), null,
        null, false, 0);
  }

  static Node array(String pointer, long line, int column, List<Node> elements) {
    return new Node(Type.ARRAY, pointer, line, column, null, Collections.unmodifiableList(elements),
        null, false, 0);
  }

  static Node string(String pointer, long line, int column, String text) {
    return new Node(Type.STRING, pointer, line, column, null, null, text, false, 0);
  }

  static Node integer(String pointer, long line, int column, String text, boolean fits, long value) {
    return new Node(Type.INTEGER, pointer, line, column, null, null, text, fits, value);
  }

  static Node decimal(String pointer, long line, int column, String text) {
    return new Node(Type.DECIMAL, pointer, line, column, null, null, text, false, 0);
  }

  static Node bool(String pointer, long line, int column, boolean value) {
    return new Node(Type.BOOLEAN, pointer, line, column, null, null, null, value, 0);
  }

  static Node nullValue(String pointer, long line, int column) {
    return new Node(Type.NULL, pointer, line, column, null, null, null, false, 0);
  }

  Map<String, Node> members() {
    if (members == null) {
      throw new IllegalStateException("not an object: " + pointer);
    }
    return members;
  }

  List<Node> elements() {
    if (elements == null) {
      throw new IllegalStateException("not an array: " + pointer);
    }
    return elements;
  }

  String text() {
    if (text == null) {
      throw new IllegalStateException("no text: " + pointer);
    }
    return text;
  }

  boolean booleanValue() {
    return flag;
  }

  /** Whether a whole number fits in a {@code long}. */
  boolean fitsInLong() {
    return type == Type.INTEGER && flag;
  }

  long longValue() {
    return integer;
  }

  /** The pointer of a member of this object, present or not. */
  String childPointer(String name) {
    return pointer + "/" + escape(name);
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}

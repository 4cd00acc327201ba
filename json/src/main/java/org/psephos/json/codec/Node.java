package org.psephos.json.codec;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One JSON value read from a document, with where it starts: its JSON pointer, line and column.
 * Reading builds a whole document (or a stream line) into these first, so that members can be
 * read in any order and every failure names where it is. Nodes are built and read by one thread
 * (the reader's); the pointer and an integer's text are worked out and kept on first use.
 */
final class Node implements Where {
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
  final long line;
  final int column;
  /** The object or array holding this value; null at the root of what was read. */
  private final @Nullable Node parent;
  /** The member name of this value in its parent object, or null in an array or at the root. */
  private final @Nullable String name;
  /** The position of this value in its parent array. */
  private final int index;
  /** The pointer, given at the root and worked out on first use below it. */
  private @Nullable String pointer;
  private final @Nullable Map<String, Node> members;
  private final @Nullable List<Node> elements;
  /** The text of a string, or of a number as written (worked out on first use for an integer). */
  private @Nullable String text;
  /** The value of a boolean, or whether a whole number fits in 64 bits. */
  private final boolean flag;
  private final long integer;

  private Node(
      Type type,
      Place place,
      @Nullable Map<String, Node> members,
      @Nullable List<Node> elements,
      @Nullable String text,
      boolean flag,
      long integer) {
    this.type = type;
    this.line = place.line;
    this.column = place.column;
    this.parent = place.parent;
    this.name = place.name;
    this.index = place.index;
    this.pointer = place.parent == null ? place.base : null;
    this.members = members;
    this.elements = elements;
    this.text = text;
    this.flag = flag;
    this.integer = integer;
  }

  /**
   * Where a value starts: its line and column, and its parent and member name or element position
   * (or, at the root, the pointer of the whole value). Reused by the reader for each value: a node
   * copies what it needs.
   */
  static final class Place {
    long line;
    int column;
    @Nullable Node parent;
    @Nullable String name;
    int index;
    String base = "";
  }

  static Node object(Place place, Map<String, Node> members) {
    return new Node(Type.OBJECT, place, members, null, null, false, 0);
  }

  static Node array(Place place, List<Node> elements) {
    return new Node(Type.ARRAY, place, null, elements, null, false, 0);
  }

  static Node string(Place place, String text) {
    return new Node(Type.STRING, place, null, null, text, false, 0);
  }

  /** A whole number that fits in a {@code long}; its text is worked out when asked for. */
  static Node integer(Place place, long value) {
    return new Node(Type.INTEGER, place, null, null, null, true, value);
  }

  /** Zero written with a sign, kept as written. */
  static Node zero(Place place, String text) {
    return new Node(Type.INTEGER, place, null, null, text, true, 0);
  }

  /** A whole number too large for a {@code long}, kept as written. */
  static Node bigInteger(Place place, String text) {
    return new Node(Type.INTEGER, place, null, null, text, false, 0);
  }

  static Node decimal(Place place, String text) {
    return new Node(Type.DECIMAL, place, null, null, text, false, 0);
  }

  static Node bool(Place place, boolean value) {
    return new Node(Type.BOOLEAN, place, null, null, null, value, 0);
  }

  static Node nullValue(Place place) {
    return new Node(Type.NULL, place, null, null, null, false, 0);
  }

  /**
   * The JSON pointer of this value in the document read (or, for a value read by a deserializer
   * inside a larger document, in that document). Worked out on first use, as only failures and a
   * few checks need it.
   */
  @Override
  public long line() {
    return line;
  }

  @Override
  public int column() {
    return column;
  }

  @Override
  public String pointer() {
    String known = pointer;
    if (known == null) {
      Node holder = requireNonNull(parent);
      known =
          holder.pointer() + "/" + (name != null ? escape(name) : Integer.toString(index));
      pointer = known;
    }
    return known;
  }

  Map<String, Node> members() {
    if (members == null) {
      throw new IllegalStateException("not an object: " + pointer());
    }
    return members;
  }

  List<Node> elements() {
    if (elements == null) {
      throw new IllegalStateException("not an array: " + pointer());
    }
    return elements;
  }

  String text() {
    String known = text;
    if (known == null) {
      if (type != Type.INTEGER) {
        throw new IllegalStateException("no text: " + pointer());
      }
      known = Long.toString(integer);
      text = known;
    }
    return known;
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
    return pointer() + "/" + escape(name);
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}

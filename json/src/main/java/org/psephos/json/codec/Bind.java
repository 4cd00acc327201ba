package org.psephos.json.codec;

import org.psephos.json.DocumentKind;
import org.psephos.json.JsonLimits;
import org.psephos.json.PsephosJsonException;
import org.psephos.json.PsephosJsonException.Kind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.psephos.ElectionDataException;
import org.psephos.UnknownIdException;

/**
 * The checks every reader shares: JSON types, required and unknown members, whole numbers in range,
 * and the wrapping of core's validation failures with the location of the value at fault.
 */
final class Bind {
  private Bind() {}

  /** An object's members, checked against the names the format defines for it. */
  static final class Members {
    private final Node object;
    private final Supplier<String> what;

    private Members(Node object, Supplier<String> what) {
      this.object = object;
      this.what = what;
    }

    Node required(String name) {
      Node value = object.members().get(name);
      if (value == null) {
        throw new PsephosJsonException(Kind.MISSING_FIELD, what.get() + " lacks the required member \"" + name + "\"", object.childPointer(name),
            object.line, object.column, null);
      }
      return value;
    }

    @Nullable Node optional(String name) {
      return object.members().get(name);
    }

    Node node() {
      return object;
    }
  }

  /**
   * The members of an object, after checking that it is one and, unless unknown members are
   * ignored, that it has no member outside {@code known}.
   */
  static Members object(Node node, String what, Set<String> known, ReadOptions options) {
    return object(node, () -> what, known, options);
  }

  /**
   * As {@link #object(Node, String, Set, ReadOptions)}, with what the object is worked out only
   * for a message: readers name each value by its council, ward or candidate, and making those
   * names for every value read would cost more than reading it.
   */
  static Members object(Node node, Supplier<String> what, Set<String> known, ReadOptions options) {
    requireType(node, Node.Type.OBJECT, what);
    if (!options.ignoreUnknownFields()) {
      for (Map.Entry<String, Node> member : node.members().entrySet()) {
        if (!known.contains(member.getKey())) {
          Node value = member.getValue();
          throw new PsephosJsonException(Kind.UNKNOWN_FIELD, what.get() + " has an unknown member \"" + member.getKey()
                  + "\"; the format defines " + String.join(", ", known.stream().sorted().toList()),
              value.pointer(), value.line, value.column, null);
        }
      }
    }
    return new Members(node, what);
  }

  static Node requireType(Node node, Node.Type type, String what) {
    if (node.type != type) {
      throw wrongType(node, type, what);
    }
    return node;
  }

  static Node requireType(Node node, Node.Type type, Supplier<String> what) {
    if (node.type != type) {
      throw wrongType(node, type, what.get());
    }
    return node;
  }

  private static PsephosJsonException wrongType(Node node, Node.Type type, String what) {
    return new PsephosJsonException(Kind.WRONG_TYPE, what + " must be " + type.words + ", not " + node.type.words, node.pointer(), node.line,
        node.column, null);
  }

  static String string(Node node, String what) {
    return requireType(node, Node.Type.STRING, what).text();
  }

  static String string(Node node, Supplier<String> what) {
    return requireType(node, Node.Type.STRING, what).text();
  }

  /**
   * An id: a string of at most {@link JsonLimits#MAX_ID_LENGTH} characters, checked before core
   * sees it, so that no id check costs more than its length allows.
   */
  static String id(Node node, String what) {
    return id(node, () -> what);
  }

  static String id(Node node, Supplier<String> what) {
    String id = string(node, what);
    if (id.length() > JsonLimits.MAX_ID_LENGTH) {
      throw new PsephosJsonException(
          Kind.LIMIT_EXCEEDED,
          what.get() + " is " + id.length() + " characters long, more than the limit of "
              + JsonLimits.MAX_ID_LENGTH,
          node.pointer(), node.line, node.column, null);
    }
    return id;
  }

  static boolean bool(Node node, String what) {
    return requireType(node, Node.Type.BOOLEAN, what).booleanValue();
  }

  static List<Node> array(Node node, String what, int maxElements) {
    return array(node, () -> what, maxElements);
  }

  static List<Node> array(Node node, Supplier<String> what, int maxElements) {
    List<Node> elements = requireType(node, Node.Type.ARRAY, what).elements();
    if (elements.size() > maxElements) {
      throw new PsephosJsonException(Kind.LIMIT_EXCEEDED, what.get() + " has " + elements.size() + " elements, more than the limit of "
              + maxElements,
          node.pointer(), node.line, node.column, null);
    }
    return elements;
  }

  /**
   * A whole number at most {@code max}; negative numbers pass (down to {@code -max}) so that core
   * rejects them with its own reason.
   */
  static int count(Node node, String what, int max) {
    return count(node, () -> what, max);
  }

  /** As {@link #count(Node, String, int)}, with what the number is worked out only on failure. */
  static int count(Node node, Supplier<String> what, int max) {
    if (inRange(node, -(long) max, max)) {
      return (int) node.longValue();
    }
    throw notInRange(node, what.get(), 0, max);
  }

  /** A whole number in {@code [min, max]}; out of range is a {@link PsephosJsonException}. */
  static long wholeNumber(Node node, String what, long min, long max) {
    if (inRange(node, min, max)) {
      return node.longValue();
    }
    throw notInRange(node, what, min, max);
  }

  /** As {@link #wholeNumber(Node, String, long, long)}, with what it is worked out on failure. */
  static long wholeNumber(Node node, Supplier<String> what, long min, long max) {
    if (inRange(node, min, max)) {
      return node.longValue();
    }
    throw notInRange(node, what.get(), min, max);
  }

  private static boolean inRange(Node node, long min, long max) {
    return node.fitsInLong() && node.longValue() <= max && node.longValue() >= min;
  }

  private static PsephosJsonException notInRange(Node node, String what, long min, long max) {
    if (node.type == Node.Type.DECIMAL) {
      return new PsephosJsonException(Kind.WRONG_TYPE, what + " must be a whole number, not " + node.text(), node.pointer(), node.line,
          node.column, null);
    }
    if (node.type != Node.Type.INTEGER) {
      return wrongType(node, Node.Type.INTEGER, what);
    }
    return new PsephosJsonException(Kind.NUMBER_OUT_OF_RANGE, what + " (" + node.text() + ") is out of range: the format allows " + min + " to " + max,
        node.pointer(), node.line, node.column, null);
  }

  /** Runs a core factory, reporting its validation failure at the node. */
  static <T> T core(Node at, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (ElectionDataException e) {
      throw invalid(at, e);
    }
  }

  static PsephosJsonException invalid(Node at, ElectionDataException e) {
    String reason = String.valueOf(e.getMessage());
    if (e instanceof UnknownIdException) {
      return new PsephosJsonException(Kind.UNKNOWN_REFERENCE, reason, at.pointer(), at.line, at.column, e);
    }
    return new PsephosJsonException(Kind.INVALID_VALUE, reason, at.pointer(), at.line, at.column, e);
  }

  static PsephosJsonException invalid(Node at, String reason, @Nullable Throwable cause) {
    return new PsephosJsonException(Kind.INVALID_VALUE, reason, at.pointer(), at.line, at.column, cause);
  }

  /**
   * Checks the {@code "format"} member of a document's root object.
   *
   * @throws PsephosJsonException if it is missing, not a string, another kind or an unknown version
   */
  static void checkFormat(DocumentKind kind, Node root) {
    Bind.requireType(root, Node.Type.OBJECT, "a " + kind.formatName() + " document");
    Node format = root.members().get("format");
    if (format == null) {
      throw new PsephosJsonException(Kind.MISSING_FIELD, "the document lacks its \"format\" member; a " + kind.formatName() + " document starts with"
              + " \"format\": \"" + kind.format() + "\"",
          "/format", root.line, root.column, null);
    }
    String value = Bind.string(format, "\"format\"");
    int slash = value.lastIndexOf('/');
    String name = slash < 0 ? value : value.substring(0, slash);
    String version = slash < 0 ? "" : value.substring(slash + 1);
    if (!name.equals(kind.formatName())) {
      throw new PsephosJsonException(Kind.UNSUPPORTED_FORMAT, "the document's format is \"" + value + "\", not a " + kind.formatName() + " document (\""
              + kind.format() + "\")",
          format.pointer(), format.line, format.column, null);
    }
    if (!version.equals(String.valueOf(DocumentKind.VERSION))) {
      throw new PsephosJsonException(Kind.UNSUPPORTED_FORMAT, "version \"" + version + "\" of " + kind.formatName() + " is not known to this reader, which"
              + " reads \"" + kind.format() + "\"",
          format.pointer(), format.line, format.column, null);
    }
  }
}

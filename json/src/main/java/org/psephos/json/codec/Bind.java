package org.psephos.json.codec;

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
    private final String what;

    private Members(Node object, String what) {
      this.object = object;
      this.what = what;
    }

    Node required(String name) {
      Node value = object.members().get(name);
      if (value == null) {
        throw new PsephosJsonException(Kind.MISSING_FIELD, what + " lacks the required member \""
            + name + "\"", object.childPointer(name), object.line, object.column, null);
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
    requireType(node, Node.Type.OBJECT, what);
    if (!options.ignoreUnknownFields()) {
      for (Map.Entry<String, Node> member : node.members().entrySet()) {
        if (!known.contains(member.getKey())) {
          Node value = member.getValue();
          throw new PsephosJsonException(Kind.UNKNOWN_FIELD, what + " has an unknown member \""
              + member.getKey() + "\"; the format defines "
              + String.join(", ", known.stream().sorted().toList()),
              value.pointer(), value.line, value.column, null);
        }
      }
    }
    return new Members(node, what);
  }

  static Node requireType(Node node, Node.Type type, String what) {
    if (node.type != type) {
      throw new PsephosJsonException(Kind.WRONG_TYPE, what + " must be " + type.words + ", not "
          + node.type.words, node.pointer(), node.line, node.column, null);
    }
    return node;
  }

  static String string(Node node, String what) {
    return requireType(node, Node.Type.STRING, what).text();
  }

  /** An id: a string of at most {@link JsonLimits#MAX_ID_LENGTH} characters. */
  static String id(Node node, String what) {
    String id = string(node, what);
    if (id.length() > JsonLimits.MAX_ID_LENGTH) {
      throw new PsephosJsonException(Kind.LIMIT_EXCEEDED, what + " is " + id.length()
          + " characters long, more than the limit of " + JsonLimits.MAX_ID_LENGTH,
          node.pointer(), node.line, node.column, null);
    }
    return id;
  }

  static boolean bool(Node node, String what) {
    return requireType(node, Node.Type.BOOLEAN, what).booleanValue();
  }

  static List<Node> array(Node node, String what, int maxElements) {
    List<Node> elements = requireType(node, Node.Type.ARRAY, what).elements();
    if (elements.size() > maxElements) {
      throw new PsephosJsonException(Kind.LIMIT_EXCEEDED, what + " has " + elements.size()
          + " elements, more than the limit of " + maxElements,
          node.pointer(), node.line, node.column, null);
    }
    return elements;
  }

  /** A whole number in {@code [min, max]}; out of range is a {@link PsephosJsonException}. */
  static long wholeNumber(Node node, String what, long min, long max) {
    if (node.fitsInLong() && node.longValue() <= max && node.longValue() >= min) {
      return node.longValue();
    }
    if (node.type == Node.Type.DECIMAL) {
      throw new PsephosJsonException(Kind.WRONG_TYPE, what + " must be a whole number, not "
          + node.text(), node.pointer(), node.line, node.column, null);
    }
    requireType(node, Node.Type.INTEGER, what);
    throw new PsephosJsonException(Kind.NUMBER_OUT_OF_RANGE, what + " (" + node.text()
        + ") is out of range: the format allows " + min + " to " + max,
        node.pointer(), node.line, node.column, null);
  }

  /** Runs a core factory, reporting its validation failure at the node. */
  static <T> T core(Where at, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (ElectionDataException e) {
      throw invalid(at, e);
    }
  }

  static PsephosJsonException invalid(Where at, ElectionDataException e) {
    String reason = String.valueOf(e.getMessage());
    return at.fail(
        e instanceof UnknownIdException ? Kind.UNKNOWN_REFERENCE : Kind.INVALID_VALUE, reason, e);
  }

  static PsephosJsonException invalid(Where at, String reason, @Nullable Throwable cause) {
    return at.fail(Kind.INVALID_VALUE, reason, cause);
  }

}

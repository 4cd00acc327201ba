package org.psephos.json;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.psephos.ElectionDataException;
import org.psephos.UnknownCouncilException;
import org.psephos.UnknownPartyException;
import org.psephos.UnknownWardException;

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
        throw new MissingFieldException(
            what + " lacks the required member \"" + name + "\"", object.childPointer(name),
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
    requireType(node, Node.Type.OBJECT, what);
    if (!options.ignoreUnknownFields()) {
      for (Map.Entry<String, Node> member : node.members().entrySet()) {
        if (!known.contains(member.getKey())) {
          Node value = member.getValue();
          throw new UnknownFieldException(
              what + " has an unknown member \"" + member.getKey() + "\"; the format defines "
                  + String.join(", ", known.stream().sorted().toList()),
              value.pointer(), value.line, value.column, null);
        }
      }
    }
    return new Members(node, what);
  }

  static Node requireType(Node node, Node.Type type, String what) {
    if (node.type != type) {
      throw new WrongTypeException(
          what + " must be " + type.words + ", not " + node.type.words, node.pointer(), node.line,
          node.column, null);
    }
    return node;
  }

  static String string(Node node, String what) {
    return requireType(node, Node.Type.STRING, what).text();
  }

  static boolean bool(Node node, String what) {
    return requireType(node, Node.Type.BOOLEAN, what).booleanValue();
  }

  static List<Node> array(Node node, String what, int maxElements) {
    List<Node> elements = requireType(node, Node.Type.ARRAY, what).elements();
    if (elements.size() > maxElements) {
      throw new LimitExceededException(
          what + " has " + elements.size() + " elements, more than the limit of " + maxElements,
          node.pointer(), node.line, node.column, null);
    }
    return elements;
  }

  /**
   * A whole number at most {@code max}; negative numbers pass (down to {@code -max}) so that core
   * rejects them with its own reason.
   */
  static int count(Node node, String what, int max) {
    return (int) wholeNumber(node, what, -(long) max, max);
  }

  /** A whole number in {@code [min, max]}; out of range is a {@link NumberOutOfRangeException}. */
  static long wholeNumber(Node node, String what, long min, long max) {
    if (node.type == Node.Type.DECIMAL) {
      throw new WrongTypeException(
          what + " must be a whole number, not " + node.text(), node.pointer(), node.line,
          node.column, null);
    }
    requireType(node, Node.Type.INTEGER, what);
    if (!node.fitsInLong() || node.longValue() > max || node.longValue() < min) {
      throw new NumberOutOfRangeException(
          what + " (" + node.text() + ") is out of range: the format allows " + min + " to " + max,
          node.pointer(), node.line, node.column, null);
    }
    return node.longValue();
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
    if (e instanceof UnknownPartyException
        || e instanceof UnknownCouncilException
        || e instanceof UnknownWardException) {
      return new UnknownReferenceException(reason, at.pointer(), at.line, at.column, e);
    }
    return new InvalidValueException(reason, at.pointer(), at.line, at.column, e);
  }

  static InvalidValueException invalid(Node at, String reason, @Nullable Throwable cause) {
    return new InvalidValueException(reason, at.pointer(), at.line, at.column, cause);
  }
}

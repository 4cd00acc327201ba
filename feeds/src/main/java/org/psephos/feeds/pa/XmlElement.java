package org.psephos.feeds.pa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.psephos.DataSubject;

/**
 * One element of a PA file as read by {@link PaXml}: its name, its path from the root (with
 * positions among same-named siblings, for messages), its attributes and its child elements. Text
 * content is not kept: PA's local elections messages carry everything in attributes.
 *
 * @param file the file's name, for messages
 * @param name the element name
 * @param path the element path, such as {@code /LocalElectionResult/Election/Council[1]}
 * @param attributes the attributes by name
 * @param children the child elements, in document order
 */
record XmlElement(
    String file,
    String name,
    String path,
    Map<String, String> attributes,
    List<XmlElement> children) {

  XmlElement {
    attributes = Map.copyOf(attributes);
    children = List.copyOf(children);
  }

  /** The child elements of a name, in document order. */
  List<XmlElement> children(String childName) {
    List<XmlElement> found = new ArrayList<>();
    for (XmlElement child : children) {
      if (child.name.equals(childName)) {
        found.add(child);
      }
    }
    return found;
  }

  /** The only child of a name, if any; more than one is an error. */
  Optional<XmlElement> optionalChild(String childName) {
    List<XmlElement> found = children(childName);
    if (found.size() > 1) {
      throw error(
          PaFeedException.Kind.NOT_PA_XML,
          "element " + childName + " appears " + found.size() + " times, at most once allowed");
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** The only child of a name; none or more than one is an error. */
  XmlElement child(String childName) {
    return optionalChild(childName)
        .orElseThrow(
            () -> error(PaFeedException.Kind.NOT_PA_XML, "element " + childName + " is missing"));
  }

  /** An attribute that must be present and not blank. */
  String required(String attribute) {
    String value = attributes.get(attribute);
    if (value == null || value.isBlank()) {
      throw error(
          PaFeedException.Kind.INVALID_VALUE,
          "attribute " + attribute + " is " + (value == null ? "missing" : "blank"));
    }
    return value.trim();
  }

  /** An optional attribute, trimmed; blank counts as absent. */
  Optional<String> optional(String attribute) {
    String value = attributes.get(attribute);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /** A required whole number, with an optional sign ("+2", "-4"), within the bounds. */
  int requiredInt(String attribute, int min, int max) {
    return parseInt(attribute, required(attribute), min, max);
  }

  /** An optional whole number within the bounds, or the default when absent. */
  int optionalInt(String attribute, int min, int max, int absent) {
    Optional<String> value = optional(attribute);
    return value.isPresent() ? parseInt(attribute, value.get(), min, max) : absent;
  }

  /** An optional xs:boolean ("true", "false", "1", "0"), false when absent. */
  boolean flag(String attribute) {
    Optional<String> value = optional(attribute);
    if (value.isEmpty()) {
      return false;
    }
    return switch (value.get()) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw error(
          PaFeedException.Kind.INVALID_VALUE,
          "attribute " + attribute + " is \"" + value.get() + "\", not a boolean");
    };
  }

  private int parseInt(String attribute, String text, int min, int max) {
    String digits = text.startsWith("+") ? text.substring(1) : text;
    long value;
    try {
      // at most 10 characters of digits, so a long never overflows
      if (digits.length() > 11 || digits.startsWith("+")) {
        throw new NumberFormatException();
      }
      value = Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw error(
          PaFeedException.Kind.INVALID_VALUE,
          "attribute " + attribute + " is \"" + text + "\", not a whole number");
    }
    if (value < min || value > max) {
      throw error(
          PaFeedException.Kind.INVALID_VALUE,
          "attribute " + attribute + " is " + text + ", outside " + min + " to " + max);
    }
    return (int) value;
  }

  /** An exception about this element. */
  PaFeedException error(PaFeedException.Kind kind, String detail) {
    return error(kind, detail, DataSubject.none());
  }

  /** An exception about this element, with its subject. */
  PaFeedException error(PaFeedException.Kind kind, String detail, DataSubject subject) {
    return new PaFeedException(kind, file, path, detail, subject);
  }
}

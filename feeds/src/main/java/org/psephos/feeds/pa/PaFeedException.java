package org.psephos.feeds.pa;

import static java.util.Objects.requireNonNull;

import org.psephos.DataSubject;
import org.psephos.ElectionDataException;

/**
 * A PA file that cannot be read or applied. The message names the file, the element path (such
 * as {@code /LocalElectionResult/Election/Council[1]/NewCouncil/Party[3]}) and the figures; the
 * {@link #kind()} tells what was wrong. When a file fails, nothing from it is applied.
 */
public final class PaFeedException extends ElectionDataException {
  private static final long serialVersionUID = 1L;

  /** What was wrong with the file. */
  public enum Kind {
    /** The file is not XML of one of PA's local elections messages, or holds a DOCTYPE. */
    NOT_PA_XML,
    /** The XML is not well formed, or ends before the document does (a truncated file). */
    MALFORMED,
    /** A required attribute is missing or holds a value PA's schema does not allow. */
    INVALID_VALUE,
    /** A council's {@code paId} is not one of the election's councils. */
    UNKNOWN_COUNCIL,
    /** A party's {@code paId} is not one of the election's parties. */
    UNKNOWN_PARTY,
    /** A result's seats won do not add up to the seats offered (the seats up for election). */
    SEATS_DO_NOT_ADD_UP,
    /** A revision arrived while an earlier one of the same council is missing. */
    REVISION_GAP,
    /** A council was declared twice at the same revision with different figures. */
    CONFLICTING_REVISION,
    /** A state-of-parties message names a council that has not declared. */
    UNDECLARED_COUNCIL,
    /** Two nominations of the same council or party disagree. */
    CONFLICTING_NOMINATIONS
  }

  /** The file name, as given to the reader. */
  private final String file;

  /** The element path within the file. */
  private final String elementPath;

  /** What was wrong. */
  private final Kind kind;

  /**
   * An exception about one element of one file.
   *
   * @param kind what was wrong
   * @param file the file name
   * @param elementPath the element path, such as {@code /LocalElectionResult/Election/Council[1]}
   * @param detail what was wrong, with the figures
   * @param subject the council and party concerned, as far as known
   */
  public PaFeedException(
      Kind kind, String file, String elementPath, String detail, DataSubject subject) {
    super(file + " at " + elementPath + ": " + detail, subject);
    this.kind = requireNonNull(kind, "kind");
    this.file = requireNonNull(file, "file");
    this.elementPath = requireNonNull(elementPath, "elementPath");
  }

  /**
   * What was wrong.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The file name, as given to the reader.
   *
   * @return the name
   */
  public String file() {
    return file;
  }

  /**
   * The element path within the file, such as {@code /LocalElectionResult/Election/Council[1]}.
   *
   * @return the path
   */
  public String elementPath() {
    return elementPath;
  }
}

package org.psephos;

/**
 * The rules every value applies to its texts and figures, in one place: the character set and
 * length of ids, what names may hold, and the largest seat and vote figures Psephos accepts.
 *
 * <p><b>Ids</b> (of parties, councils, wards, elections) are 1 to {@value #MAX_ID_LENGTH}
 * characters of printable ASCII, {@code U+0021} to {@code U+007E}: letters, digits and punctuation
 * such as {@code . - _ : /}, with no space, no control character, nothing outside ASCII (so no
 * zero-width or look-alike character). GSS codes ({@code "E09000032"}), Electoral Commission ids
 * ({@code "PP53"}) and Democracy Club ids ({@code "ynmp-party:2"}, {@code
 * "local.wandsworth.balham.2018-05-03"}) all fit. The length is checked first, and every check is
 * one pass over the text, so a long id costs no more than its length to reject.
 *
 * <p><b>Names</b> (of parties and their short names, councils, regions, wards, candidates,
 * elections, and party aliases) are not blank, at most {@value #MAX_NAME_LENGTH} characters, and
 * hold no control character (Unicode category Cc, such as NUL, tab or a line break) and no unpaired
 * surrogate (which no UTF-8 text can carry). Format characters (category Cf, such as {@code U+200B}
 * zero-width space or {@code U+200D} zero-width joiner) are accepted in names, since some scripts
 * need joiners to spell a name; they are never accepted in ids.
 *
 * <p><b>Figures</b>: any count of seats (a council's size, seats contested, a ward's seats, a
 * party's seats, vacancies, seats still to fill) and the total of any {@link Composition} is at
 * most {@value #MAX_SEATS}; an election has at most {@value #MAX_CONTESTS} contests; a ward result
 * at most {@value #MAX_CANDIDATES} candidates; any vote figure (a candidate's votes, a party's
 * previous votes, the electorate, ballots cast, ballots rejected) is at most {@value #MAX_VOTES}.
 * So no sum the tally keeps can overflow: an election holds at most 200,000,000 seats (an {@code
 * int} holds 2,147,483,647), and a party's votes over every ward of the largest election stay below
 * 2 &times; 10<sup>18</sup> (a {@code long} holds 9.2 &times; 10<sup>18</sup>). These are the
 * bounds of the JSON format too. A figure out of bounds is a {@link SeatCountException}, never an
 * {@link ArithmeticException}.
 */
public final class Checks {
  /** The longest id accepted, in characters. */
  public static final int MAX_ID_LENGTH = 200;

  /** The longest name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** The largest seat figure accepted, and the largest total of a composition. */
  public static final int MAX_SEATS = 10_000;

  /** The most contests (councils) an election may hold. */
  public static final int MAX_CONTESTS = 20_000;

  /** The most candidates a ward result may list. */
  public static final int MAX_CANDIDATES = 1_000;

  /** The largest vote or ballot figure accepted. */
  public static final int MAX_VOTES = 10_000_000;

  /** How many characters of an over-long text a message shows. */
  private static final int SHOWN = 40;

  private Checks() {}

  /**
   * Checks an id against the id rules of this class.
   *
   * @param id the id
   * @param what the id as messages name it, such as {@code "party id"}
   * @param subject what the id belongs to, for the exception's facts
   * @return the id
   * @throws InvalidValueException if the id is blank, longer than {@value #MAX_ID_LENGTH}
   *     characters or holds a character outside printable ASCII
   */
  public static String requireId(String id, String what, DataSubject subject) {
    if (id.isBlank()) {
      throw blank(what, subject);
    }
    if (id.length() > MAX_ID_LENGTH) {
      throw tooLong(id, what, MAX_ID_LENGTH, subject);
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < '!' || c > '~') {
        throw new InvalidValueException(
            InvalidValueException.Problem.FORBIDDEN_CHARACTER,
            what,
            what
                + " \""
                + shown(id)
                + "\" holds "
                + codePoint(id, i)
                + " at index "
                + i
                + "; ids are printable ASCII (letters, digits, punctuation), without spaces",
            subject);
      }
    }
    return id;
  }

  /**
   * Checks a name against the name rules of this class.
   *
   * @param name the name
   * @param what the name as messages name it, such as {@code "name of party PP53"}
   * @param subject what the name belongs to, for the exception's facts
   * @return the name
   * @throws InvalidValueException if the name is blank, longer than {@value #MAX_NAME_LENGTH}
   *     characters, or holds a control character or an unpaired surrogate
   */
  public static String requireName(String name, String what, DataSubject subject) {
    if (name.isBlank()) {
      throw blank(what, subject);
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw tooLong(name, what, MAX_NAME_LENGTH, subject);
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              ? i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))
              : !Character.isLowSurrogate(c);
      if (!paired || Character.getType(c) == Character.CONTROL) {
        throw new InvalidValueException(
            InvalidValueException.Problem.FORBIDDEN_CHARACTER,
            what,
            what
                + " \""
                + shown(name)
                + "\" holds "
                + (paired ? "the control character " : "an unpaired surrogate ")
                + codePoint(name, i)
                + " at index "
                + i,
            subject);
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return name;
  }

  /**
   * Checks a seat figure: not negative and at most {@value #MAX_SEATS}.
   *
   * @param seats the figure
   * @param what the figure and what it belongs to as messages name it, such as {@code "Wandsworth
   *     (E09000032): seats contested"}
   * @param subject the council, ward and party concerned
   * @return the figure
   * @throws SeatCountException if the figure is negative or above {@value #MAX_SEATS}
   */
  public static int requireSeats(int seats, String what, DataSubject subject) {
    if (seats < 0) {
      throw new SeatCountException(what + " (" + seats + ") are negative", subject, seats, 0);
    }
    return requireAtMost(seats, MAX_SEATS, what, "seats", subject);
  }

  /**
   * Checks a vote or ballot figure: not negative and at most {@value #MAX_VOTES}.
   *
   * @param votes the figure
   * @param what the figure and what it belongs to as messages name it
   * @param subject the council, ward, party and candidate concerned
   * @return the figure
   * @throws SeatCountException if the figure is negative or above {@value #MAX_VOTES}
   */
  public static int requireVotes(int votes, String what, DataSubject subject) {
    if (votes < 0) {
      throw new SeatCountException(what + " (" + votes + ") are negative", subject, votes, 0);
    }
    return requireAtMost(votes, MAX_VOTES, what, "votes", subject);
  }

  /**
   * Checks that a figure is at most one of the maximums of this class.
   *
   * @param figure the figure, as a long so that a sum is checked before it is narrowed
   * @param maximum the largest accepted
   * @param what the figure as messages name it
   * @param unit what it counts, such as {@code "seats"}
   * @param subject what it concerns
   * @return the figure, narrowed
   * @throws SeatCountException if the figure is above the maximum
   */
  public static int requireAtMost(long figure, int maximum, String what, String unit, DataSubject subject) {
    if (figure > maximum) {
      throw new SeatCountException(
          what + " (" + figure + ") exceed the maximum of " + maximum + " " + unit,
          subject,
          figure,
          maximum);
    }
    return (int) figure;
  }

  private static InvalidValueException blank(String what, DataSubject subject) {
    return new InvalidValueException(
        InvalidValueException.Problem.BLANK, what, what + " is blank", subject);
  }

  private static InvalidValueException tooLong(
      String text, String what, int maximum, DataSubject subject) {
    return new InvalidValueException(
        InvalidValueException.Problem.TOO_LONG,
        what,
        what
            + " \""
            + shown(text)
            + "\" is "
            + text.length()
            + " characters long, more than the "
            + maximum
            + " allowed",
        subject);
  }

  /** The text as a message may show it: its start only, with invisible characters escaped. */
  private static String shown(String text) {
    StringBuilder shown = new StringBuilder();
    int end = Math.min(text.length(), SHOWN);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      if (type == Character.CONTROL
          || type == Character.FORMAT
          || type == Character.SURROGATE
          || c == '"'
          || c == '\\') {
        shown.append(String.format("\\u%04X", (int) c));
      } else {
        shown.append(c);
      }
    }
    return end < text.length() ? shown.append("...").toString() : shown.toString();
  }

  /** The character at an index as {@code U+XXXX}. */
  private static String codePoint(String text, int i) {
    return String.format("U+%04X", text.codePointAt(i));
  }
}

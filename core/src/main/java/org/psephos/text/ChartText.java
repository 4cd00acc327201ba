package org.psephos.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words and figures of the standings chart: numbers with thousands separators, signed changes
 * with a true minus sign, shares and points, XML escaping, and text fitted to a width.
 */
final class ChartText {
  /** The minus sign of a negative change (U+2212), as typeset figures use it. */
  static final String MINUS = "\u2212";

  /** What ends text cut to fit (U+2026). */
  static final String ELLIPSIS = "\u2026";

  private ChartText() {}

  /** "1,123". */
  static String number(long n) {
    return String.format(Locale.UK, "%,d", n);
  }

  /** A signed change with a true minus sign: "+67", "−92", "+0". */
  static String signed(int n) {
    return n < 0 ? MINUS + number(-(long) n) : "+" + number(n);
  }

  /** A signed change, or nothing for no change. */
  static String signedOrBlank(int n) {
    return n == 0 ? "" : signed(n);
  }

  /** "1 seat", "3 seats". */
  static String count(int n, String noun) {
    return number(n) + " " + noun + (n == 1 ? "" : "s");
  }

  /** A share to one decimal place: "41.2%". */
  static String percent(double share) {
    return String.format(Locale.UK, "%.1f%%", share);
  }

  /** A change in points to one decimal place with its sign: "+3.1", "−0.4", "0.0". */
  static String points(double change) {
    String text = String.format(Locale.UK, "%.1f", Math.abs(change));
    if (text.equals("0.0")) {
      return text;
    }
    return (change < 0 ? MINUS : "+") + text;
  }

  /** A figure for a data attribute: two decimal places, a dot, no separator. */
  static String decimal(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /**
   * Escapes text for XML content and attribute values; control characters other than tab and line
   * feed, which XML 1.0 does not allow, become spaces.
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return escaped.toString();
  }

  /**
   * Cuts text to at most {@code max} characters, ending it with an ellipsis when cut.
   *
   * @param text the text
   * @param max the most characters kept, at least 2
   * @return the text, or its start and an ellipsis
   */
  static String fit(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  /**
   * Splits text into lines of at most {@code width} characters at spaces, and into at most {@code
   * maxLines} lines, the last cut with an ellipsis if the text goes on; a word longer than a line
   * is cut too.
   *
   * @param text the text
   * @param width the most characters in a line, at least 2
   * @param maxLines the most lines, at least 1
   * @return the lines, at least one
   */
  static List<String> wrap(String text, int width, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    String[] words = text.split(" ", -1);
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        if (lines.size() == maxLines - 1) {
          lines.add(fit(line + " " + String.join(" ", rest(words, i)), width));
          return lines;
        }
        lines.add(fit(line.toString(), width));
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(fit(line.toString(), width));
    return lines;
  }

  private static List<String> rest(String[] words, int from) {
    return List.of(words).subList(from, words.length);
  }
}

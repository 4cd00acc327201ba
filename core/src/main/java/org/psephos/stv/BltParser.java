package org.psephos.stv;

import java.util.ArrayList;
import java.util.List;

/** Reads the BLT format described at {@link BallotProfile#parseBlt(String)}. */
final class BltParser {
  private final List<String> lines = new ArrayList<>();
  private final List<Integer> numbers = new ArrayList<>();
  private int next;

  private BltParser(String text) {
    String[] raw = text.split("\\R", -1);
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i].strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        lines.add(line);
        numbers.add(i + 1);
      }
    }
  }

  static BallotProfile parse(String text) {
    return new BltParser(text).profile();
  }

  private BallotProfile profile() {
    String[] header = tokens(take("the header line: candidates seats"));
    if (header.length != 2) {
      throw fail("the header must be two numbers, candidates and seats: " + String.join(" ", header));
    }
    int candidates = integer(header[0], "candidates");
    int seats = integer(header[1], "seats");
    List<Integer> withdrawn = new ArrayList<>();
    if (next < lines.size() && lines.get(next).startsWith("-")) {
      for (String token : tokens(take("withdrawn candidates"))) {
        withdrawn.add(-integer(token, "a withdrawn candidate"));
      }
    }
    List<long[]> papers = new ArrayList<>();
    List<Integer> paperLines = new ArrayList<>();
    for (String line = take("a ballot or the closing 0"); !line.equals("0");
        line = take("a ballot or the closing 0")) {
      papers.add(paper(line, candidates));
      paperLines.add(numbers.get(next - 1));
    }
    List<String[]> names = new ArrayList<>();
    List<Integer> nameLines = new ArrayList<>();
    for (int i = 0; i < candidates; i++) {
      names.add(name(unquote(take("the name of candidate " + (i + 1) + " of " + candidates))));
      nameLines.add(numbers.get(next - 1));
    }
    String title = next < lines.size() ? unquote(take("the title")) : "";
    if (next < lines.size()) {
      next++;
      throw fail("text after the title: " + lines.get(next - 1));
    }
    BallotProfile.Builder builder = BallotProfile.builder(title, seats);
    for (int i = 0; i < names.size(); i++) {
      String[] name = names.get(i);
      build(nameLines.get(i), () -> builder.candidate(name[0], name[1]));
    }
    for (int number : withdrawn) {
      build(0, () -> builder.withdraw(number));
    }
    for (int i = 0; i < papers.size(); i++) {
      long[] paper = papers.get(i);
      int[] marks = new int[paper.length - 1];
      for (int m = 0; m < marks.length; m++) {
        marks[m] = (int) paper[m + 1];
      }
      build(paperLines.get(i), () -> builder.papers(paper[0], marks));
    }
    return builder.build();
  }

  private static void build(int line, Runnable step) {
    try {
      step.run();
    } catch (StvException e) {
      throw new StvException("line " + line + ": " + e.getMessage(), line);
    }
  }

  private long[] paper(String line, int candidates) {
    String[] tokens = tokens(line);
    int first = tokens[0].startsWith("(") ? 1 : 0;
    if (tokens.length < first + 2 || !tokens[tokens.length - 1].equals("0")) {
      throw fail("a ballot must be a count and preferences ending in 0: " + line);
    }
    long[] paper = new long[tokens.length - first - 1];
    paper[0] = count(tokens[first]);
    for (int i = first + 1; i < tokens.length - 1; i++) {
      String token = tokens[i];
      if (token.equals("-") || token.contains("=")) {
        paper[i - first] = BallotProfile.Builder.GAP;
      } else {
        int number = integer(token, "a preference");
        if (number < 1 || number > candidates) {
          throw fail("preference " + number + " is not one of the " + candidates + " candidates");
        }
        paper[i - first] = number;
      }
    }
    return paper;
  }

  private long count(String token) {
    try {
      long count = Long.parseLong(token);
      if (count < 1) {
        throw fail("a ballot's count (" + count + ") must be at least 1");
      }
      return count;
    } catch (NumberFormatException e) {
      throw fail("a ballot's count must be a whole number: " + token);
    }
  }

  private int integer(String token, String what) {
    try {
      return Integer.parseInt(token);
    } catch (NumberFormatException e) {
      throw fail(what + " must be a whole number: " + token);
    }
  }

  private String take(String what) {
    if (next >= lines.size()) {
      throw new StvException(
          "BLT ends early (line " + (numbers.isEmpty() ? 1 : numbers.get(numbers.size() - 1) + 1)
              + "): expected " + what,
          numbers.isEmpty() ? 1 : numbers.get(numbers.size() - 1) + 1);
    }
    return lines.get(next++);
  }

  private StvException fail(String message) {
    int line = numbers.get(Math.max(0, next - 1));
    return new StvException("line " + line + ": " + message, line);
  }

  private static String[] tokens(String line) {
    return line.split("\\s+");
  }

  /** A quoted string with doubled inner quotes, or the text as it is. */
  private String unquote(String text) {
    if (text.length() < 2 || !text.startsWith("\"") || !text.endsWith("\"")) {
      return text;
    }
    return text.substring(1, text.length() - 1).replace("\"\"", "\"");
  }

  /** Splits {@code Ann SMITH "Scottish Green Party"} into name and party. */
  private static String[] name(String text) {
    int close = text.lastIndexOf('"');
    int open = close > 0 ? text.lastIndexOf('"', close - 1) : -1;
    if (close == text.length() - 1 && open > 0) {
      return new String[] {text.substring(0, open), text.substring(open + 1, close)};
    }
    return new String[] {text, ""};
  }
}

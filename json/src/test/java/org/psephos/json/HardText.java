package org.psephos.json;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.psephos.Council;
import org.psephos.Party;
import org.psephos.Ward;
import org.psephos.testkit.Naming;

/**
 * Names that are hard for JSON, for the testkit's generators: accented letters, quotes, slashes,
 * tildes, ampersands and apostrophes in names; party ids of both shapes (Electoral Commission and
 * Democracy Club); ward ids that are GSS-like codes or local ids naming the council and the day; a
 * polling day drawn from 2000 to 2029. The choices come from a source seeded by the caller, in
 * the order the generator asks, so a seed always gives the same names.
 */
final class HardText implements Naming {
  private final Random random;
  private final LocalDate pollingDay;

  HardText(Random random) {
    this.random = random;
    this.pollingDay =
        LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
  }

  @Override
  public LocalDate pollingDay() {
    return pollingDay;
  }

  @Override
  public String electionName(LocalDate day) {
    return "Elections of " + day;
  }

  @Override
  public Party party(int position, Party standard) {
    String id = random.nextBoolean() ? "PP" + (50 + position) : "ynmp-party:" + (2 + position);
    String name =
        "Party \u00e9 " + position + (random.nextInt(4) == 0 ? " \"quoted\"/slash~" : "");
    return new Party(id, name, "P" + position, standard.cohesive());
  }

  @Override
  public String councilName(int number) {
    return "Council " + number + (number % 4 == 0 ? " \"upon\" Tyne / Wear" : "");
  }

  @Override
  public String wardId(Council council, int number, LocalDate day, boolean gssCode) {
    return gssCode
        ? String.format(Locale.ROOT, "E05%06d", number)
        : "local.council-" + council.id() + ".ward-" + number + "." + day;
  }

  @Override
  public String wardName(int number) {
    return "Ward " + number + (number % 3 == 0 ? " & St Mary's" : "");
  }

  @Override
  public String candidateName(Ward ward, int number) {
    return "Candidate " + (char) ('A' + number - 1) + " of " + ward.name();
  }
}

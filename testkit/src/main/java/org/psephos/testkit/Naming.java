package org.psephos.testkit;

import java.time.LocalDate;
import java.util.Locale;
import org.psephos.Council;
import org.psephos.Party;
import org.psephos.Ward;

/**
 * How {@link NightGenerator} and {@link WardNightGenerator} name what they make: the election and
 * its polling day, the parties, councils, wards and candidates. Every method has a default, the
 * names the generators give with {@link #standard()}; override some of them to try a system (or a
 * format) on other names: accented, quoted, long, with characters a format must escape, or ids of
 * another shape.
 *
 * <p>A naming changes names only: for a given seed, size and settings, a generated night has the
 * same shape (councils, seats, declarations, votes) whatever the naming. The generators call its
 * methods in a fixed order for a given seed, size and settings, so a naming that draws its own
 * random choices from a source seeded when it is made stays reproducible (make a new one for each
 * night). The names it gives must be valid for Psephos core: distinct party ids, distinct ward ids
 * within a council, distinct candidate names within a ward, an election id ending with the polling
 * day; otherwise the generator throws the exception core throws for the election or result.
 */
public interface Naming {

  /**
   * The standard names: elections of 3 May 2018 ({@code local.2018-05-03}, "Local elections
   * 2018"), British parties with their Electoral Commission ids, "Council 1", "Ward 1" (a GSS-like
   * code {@code E05000001} or a local id), "Candidate 1".
   *
   * @return the standard naming
   */
  static Naming standard() {
    return StandardNaming.INSTANCE;
  }

  /**
   * The polling day of a generated election.
   *
   * @return the polling day; by default 3 May 2018
   */
  default LocalDate pollingDay() {
    return LocalDate.of(2018, 5, 3);
  }

  /**
   * The id of a generated election.
   *
   * @param pollingDay the election's polling day, as {@link #pollingDay()} gave it
   * @return the id, ending with the polling day; by default {@code local.} and the day
   */
  default String electionId(LocalDate pollingDay) {
    return "local." + pollingDay;
  }

  /**
   * The name of a generated election.
   *
   * @param pollingDay the election's polling day, as {@link #pollingDay()} gave it
   * @return the name; by default "Local elections" and the year
   */
  default String electionName(LocalDate pollingDay) {
    return "Local elections " + pollingDay.getYear();
  }

  /**
   * A party of a generated election, given the standard one drawn at that position.
   *
   * @param position the party's position in the election's list of parties, from 0
   * @param standard the standard party (a British party, or a non-cohesive Independent group)
   * @return the party; by default the standard one. Keeping its cohesion keeps the night's shape
   */
  default Party party(int position, Party standard) {
    return standard;
  }

  /**
   * The name of a generated council (its id is a GSS-like code of its type).
   *
   * @param number the council's number in the election, from 1
   * @return the name; by default "Council" and the number
   */
  default String councilName(int number) {
    return "Council " + number;
  }

  /**
   * The id of a generated ward.
   *
   * @param council the ward's council
   * @param number the ward's number in the election, from 1
   * @param pollingDay the election's polling day
   * @param gssCode whether the generator drew a GSS-like code (three wards in four) rather than a
   *     local id
   * @return the id; by default {@code E05} and the number on six digits, or {@code local.}, the
   *     council's id, {@code .ward-}, the number, a dot and the polling day
   */
  default String wardId(Council council, int number, LocalDate pollingDay, boolean gssCode) {
    return gssCode
        ? String.format(Locale.ROOT, "E05%06d", number)
        : "local."
            + council.id().toLowerCase(Locale.ROOT)
            + ".ward-"
            + number
            + "."
            + pollingDay;
  }

  /**
   * The name of a generated ward.
   *
   * @param number the ward's number in the election, from 1
   * @return the name; by default "Ward" and the number
   */
  default String wardName(int number) {
    return "Ward " + number;
  }

  /**
   * The name of a candidate in a generated ward result.
   *
   * @param ward the ward
   * @param number the candidate's number in the result, from 1
   * @return the name; by default "Candidate" and the number
   */
  default String candidateName(Ward ward, int number) {
    return "Candidate " + number;
  }
}

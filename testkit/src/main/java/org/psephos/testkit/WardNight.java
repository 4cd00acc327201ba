package org.psephos.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Ward;
import org.psephos.ward.WardResult;

/**
 * A generated ward-level case: an election whose contests mostly list their wards, and the inputs
 * of a night, with the seed and size that made it (so that {@link WardNightGenerator#night(long,
 * int)} makes it again).
 *
 * @param seed the seed it was generated from
 * @param size the size it was generated at, 1 to 100
 * @param election the election
 * @param current the current result of each declared ward, at most one per ward
 * @param superseded earlier results of some declared wards, each to be applied before that ward's
 *     current result (which supersedes it)
 * @param wholes whole declarations of some councils that list no wards
 */
public record WardNight(
    long seed,
    int size,
    Election election,
    List<WardResult> current,
    List<WardResult> superseded,
    List<Declaration> wholes) {

  /**
   * Copies the inputs.
   *
   * @param seed the seed
   * @param size the size
   * @param election the election
   * @param current the current ward results
   * @param superseded the superseded ward results
   * @param wholes the whole declarations
   * @throws NullPointerException if the election or an input is null
   */
  public WardNight {
    Objects.requireNonNull(election, "election");
    current = List.copyOf(current);
    superseded = List.copyOf(superseded);
    wholes = List.copyOf(wholes);
  }

  /**
   * The ward results in the order of the night: the superseded first, then the current.
   *
   * @return every ward result of the night
   */
  public List<WardResult> arrivals() {
    List<WardResult> all = new ArrayList<>(superseded);
    all.addAll(current);
    return List.copyOf(all);
  }

  /**
   * The night restricted to the councils a filter keeps: the election without the other contests,
   * and their inputs dropped. Used to shrink a failing case.
   *
   * @param kept which councils to keep
   * @return the night of the kept councils
   * @throws IllegalArgumentException if no council is kept (an election has at least one contest)
   */
  public WardNight restrictedTo(Predicate<Council> kept) {
    return new WardNight(
        seed,
        size,
        Night.restrict(election, kept),
        current.stream().filter(r -> kept.test(r.council())).toList(),
        superseded.stream().filter(r -> kept.test(r.council())).toList(),
        wholes.stream().filter(d -> kept.test(d.council())).toList());
  }

  /**
   * A plain-text description of an election with its wards, as failure reports print it.
   *
   * @param election the election
   * @return the description
   */
  public static String describe(Election election) {
    StringBuilder text = new StringBuilder(Describe.election(election));
    for (Contest contest : election.contests()) {
      for (Ward ward : contest.wards()) {
        text.append("\n    ward ")
            .append(contest.council().id())
            .append('/')
            .append(ward.id())
            .append(' ')
            .append(ward.seats())
            .append(" seats, defended ")
            .append(ward.defended())
            .append(", previous ")
            .append(ward.previousVotes());
      }
    }
    return text.toString();
  }

  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("WardNight[seed ")
            .append(seed)
            .append(", size ")
            .append(size)
            .append("]\n  ")
            .append(describe(election));
    text.append("\n  wholes:");
    for (Declaration whole : wholes) {
      text.append("\n    ").append(Describe.declaration(whole));
    }
    text.append("\n  current:");
    for (WardResult result : current) {
      text.append("\n    ").append(result);
    }
    text.append("\n  superseded:");
    for (WardResult result : superseded) {
      text.append("\n    ").append(result);
    }
    return text.toString();
  }
}

package org.psephos.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;

/**
 * A generated case: an election and the inputs of a night in arrival order, with the seed and
 * size that made it (so that {@link NightGenerator#night(long, int)} makes it again).
 *
 * @param seed the seed it was generated from
 * @param size the size it was generated at, 1 to 100
 * @param election the election
 * @param inputs the inputs in arrival order
 */
public record Night(long seed, int size, Election election, List<Input> inputs) {

  /**
   * Copies the inputs.
   *
   * @param seed the seed
   * @param size the size
   * @param election the election
   * @param inputs the inputs
   * @throws NullPointerException if the election or an input is null
   */
  public Night {
    Objects.requireNonNull(election, "election");
    inputs = List.copyOf(inputs);
  }

  /**
   * The current declaration of each council declared at the end of the night, in the order of
   * their last input: what a correct tally's standings depend on, and nothing else.
   *
   * @return the current declarations
   */
  public List<Declaration> currentDeclarations() {
    return currentDeclarations(inputs);
  }

  /**
   * The current declarations after some inputs: each declaration replaces the council's earlier
   * one, each withdrawal removes it.
   *
   * @param inputs inputs in arrival order
   * @return the current declaration of each council declared after them
   */
  public static List<Declaration> currentDeclarations(List<Input> inputs) {
    Map<String, Declaration> current = new LinkedHashMap<>();
    for (Input input : inputs) {
      String id = input.council().id();
      current.remove(id);
      if (input instanceof Input.Declare declare) {
        current.put(id, declare.declaration());
      }
    }
    return List.copyOf(current.values());
  }

  /**
   * The same night with other inputs.
   *
   * @param otherInputs the inputs
   * @return the night
   */
  public Night withInputs(List<Input> otherInputs) {
    return new Night(seed, size, election, otherInputs);
  }

  /**
   * The night restricted to the councils a filter keeps: the election without the other contests,
   * and their inputs dropped. Used to shrink a failing case and to restrict a night to a region.
   *
   * @param kept which councils to keep
   * @return the night of the kept councils
   * @throws IllegalArgumentException if no council is kept (an election has at least one contest)
   */
  public Night restrictedTo(Predicate<Council> kept) {
    Election restricted = restrict(election, kept);
    List<Input> keptInputs = new ArrayList<>();
    for (Input input : inputs) {
      if (kept.test(input.council())) {
        keptInputs.add(input);
      }
    }
    return new Night(seed, size, restricted, keptInputs);
  }

  /** The election without the contests of the councils a filter drops. */
  static Election restrict(Election election, Predicate<Council> kept) {
    Election.Builder builder =
        Election.builder(election.id(), election.date(), election.name())
            .parties(election.parties().toArray(new Party[0]));
    int contests = 0;
    for (Contest contest : election.contests()) {
      if (kept.test(contest.council())) {
        builder.contest(contest);
        contests++;
      }
    }
    if (contests == 0) {
      throw new IllegalArgumentException(
          "no council of " + election.name() + " is kept: an election has at least one contest");
    }
    return builder.build();
  }

  /**
   * A plain-text description of an election, as failure reports print it: its parties, then each
   * council with its region, size, contested seats and compositions.
   *
   * @param election the election
   * @return the description
   */
  public static String describe(Election election) {
    return Describe.election(election);
  }

  @Override
  public String toString() {
    return "Night[seed "
        + seed
        + ", size "
        + size
        + ", "
        + election.contests().size()
        + " councils, "
        + inputs.size()
        + " inputs]\n  "
        + Describe.election(election)
        + "\n  inputs:"
        + Describe.inputs(inputs);
  }
}

package org.psephos.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.Declaration;
import org.psephos.Election;

/**
 * The laws of a tally ({@link Law}) checked on a results system behind a {@link TallyAdapter}, on
 * generated nights whose sizes grow from small: the first examples have one or two small councils,
 * the later ones reach the generator's full settings. A broken law throws a {@link LawViolation}
 * naming the law and the seed, with the night shrunk to a minimal case (councils, then inputs,
 * taken away while the law stays broken).
 *
 * <p>Immutable: each {@code with} method returns a new checker. By default 100 examples per law
 * (system property {@code psephos.examples} changes it), a random seed printed in every failure
 * (system property {@code psephos.seed} fixes it), {@link ReferenceTally#withDefaults()} and {@link
 * NightGenerator#withDefaults()}.
 */
public final class TallyLaws {
  /** Most candidate cases tried while shrinking one failure. */
  private static final int SHRINK_BUDGET = 2_000;

  private final TallyAdapter system;
  private final NightGenerator generator;
  private final LawRun<Night> run;

  private TallyLaws(TallyAdapter system, NightGenerator generator, LawRun<Night> run) {
    this.system = Objects.requireNonNull(system, "system");
    this.generator = Objects.requireNonNull(generator, "generator");
    this.run = run;
  }

  /**
   * The laws checked on a system, with the defaults.
   *
   * @param system the system under test
   * @return the checker
   */
  public static TallyLaws of(TallyAdapter system) {
    return new TallyLaws(
        system, NightGenerator.withDefaults(), LawRun.withDefaults(SHRINK_BUDGET));
  }

  /**
   * The same checker comparing with another reference (the baseline and control rule your system
   * uses).
   *
   * @param otherReference the reference tally
   * @return the checker
   */
  public TallyLaws withReference(ReferenceTally otherReference) {
    return new TallyLaws(system, generator, run.withReference(otherReference));
  }

  /**
   * The same checker generating nights with another generator.
   *
   * @param otherGenerator the generator
   * @return the checker
   */
  public TallyLaws withGenerator(NightGenerator otherGenerator) {
    return new TallyLaws(system, otherGenerator, run);
  }

  /**
   * The same checker trying another number of nights per law.
   *
   * @param count the number of examples, at least 1
   * @return the checker
   * @throws IllegalArgumentException if the count is below 1
   */
  public TallyLaws withExamples(int count) {
    return new TallyLaws(system, generator, run.withExamples(count));
  }

  /**
   * The same checker with a fixed seed (to replay a run).
   *
   * @param fixedSeed the seed
   * @return the checker
   */
  public TallyLaws withSeed(long fixedSeed) {
    return new TallyLaws(system, generator, run.withSeed(fixedSeed));
  }

  /**
   * The nights tried per law.
   *
   * @return the number of examples
   */
  public int examples() {
    return run.examples();
  }

  /**
   * The seed the examples' seeds derive from.
   *
   * @return the seed
   */
  public long seed() {
    return run.seed();
  }

  /**
   * Checks every law on every example.
   *
   * @throws LawViolation for the first law broken, with its minimal case
   */
  public void checkAll() {
    for (Law law : Law.values()) {
      check(law);
    }
  }

  /**
   * Checks one law on every example.
   *
   * @param law the law
   * @throws LawViolation if the law is broken, with the minimal case
   */
  public void check(Law law) {
    run.forEachExample(generator::night, night -> check(law, night));
  }

  /**
   * Checks one law on one night (to replay a reported seed and size).
   *
   * @param law the law
   * @param night the night
   * @throws LawViolation if the law is broken, with the night shrunk to a minimal case
   */
  public void check(Law law, Night night) {
    Optional<String> broken = judge(law, night);
    if (broken.isPresent()) {
      LawRun.Shrunk<Night> shrunk =
          run.shrink(night, broken.get(), TallyLaws::smaller, smaller -> judge(law, smaller));
      throw new LawViolation(law, shrunk.minimalCase(), shrunk.detail());
    }
  }

  /** The seed of the i-th example, derived from the run's seed. */
  long exampleSeed(int i) {
    return run.exampleSeed(i);
  }

  /** Sizes grow from 1 to 100 over the first half of the examples, then stay at 100. */
  int exampleSize(int i) {
    return run.exampleSize(i);
  }

  // ---------------------------------------------------------------------------------------------
  // Judging one night

  /** What the law found wrong with the system on the night, if anything. */
  Optional<String> judge(Law law, Night night) {
    return LawRun.judged(() -> broken(law, night));
  }

  private Optional<String> broken(Law law, Night night) {
    return switch (law) {
      case AGREES_WITH_REFERENCE -> agreesWithReference(night);
      case ARRIVAL_ORDER_INDEPENDENCE -> arrivalOrderIndependence(night);
      case REPLACEMENT -> replacement(night);
      case WITHDRAWAL -> withdrawal(night);
      case REGIONS_ADD_UP -> regionsAddUp(night);
      case CONTROL_ADDS_UP -> controlAddsUp(night);
    };
  }

  private StandingsFigures system(Election election, List<Input> inputs) {
    return system.standings(election, inputs);
  }

  static Optional<String> compare(
      String expectedName, StandingsFigures expected, String actualName, StandingsFigures actual) {
    return expected.equals(actual)
        ? Optional.empty()
        : Optional.of(
            expectedName
                + ":\n  "
                + expected
                + "\n"
                + actualName
                + ":\n  "
                + actual
                + "\ndiffering:"
                + differences(expected, actual));
  }

  /** The figures that differ, one a line: {@code name: expected / actual}. */
  static String differences(StandingsFigures expected, StandingsFigures actual) {
    StringBuilder text = new StringBuilder();
    difference(text, "councils declared", expected.councilsDeclared(), actual.councilsDeclared());
    difference(text, "no overall control", expected.noOverallControl(), actual.noOverallControl());
    difference(
        text,
        "no overall control before",
        expected.noOverallControlBefore(),
        actual.noOverallControlBefore());
    Set<String> parties = new TreeSet<>(expected.parties().keySet());
    parties.addAll(actual.parties().keySet());
    for (String party : parties) {
      difference(text, party, expected.parties().get(party), actual.parties().get(party));
    }
    Set<String> councils = new TreeSet<>(expected.control().keySet());
    councils.addAll(actual.control().keySet());
    for (String council : councils) {
      difference(text, council, expected.control().get(council), actual.control().get(council));
    }
    return text.toString();
  }

  private static void difference(
      StringBuilder text, String name, @Nullable Object expected, @Nullable Object actual) {
    if (!Objects.equals(expected, actual)) {
      text.append("\n  ")
          .append(name)
          .append(": ")
          .append(expected == null ? "none" : expected)
          .append(" / ")
          .append(actual == null ? "none" : actual);
    }
  }

  private Optional<String> agreesWithReference(Night night) {
    return compare(
        "reference",
        run.reference().standings(night.election(), night.inputs()),
        "system",
        system(night.election(), night.inputs()));
  }

  private Optional<String> arrivalOrderIndependence(Night night) {
    List<Input> other = NightGenerator.rearrived(night.seed() ^ 0x5DEECE66DL, night.inputs());
    return compare(
        "system, inputs as generated",
        system(night.election(), night.inputs()),
        "system, inputs in this other order:" + Describe.inputs(other) + "\n",
        system(night.election(), other));
  }

  private Optional<String> replacement(Night night) {
    Draw draw = new Draw(night.seed() ^ 0x2545F4914F6CDD1DL);
    Contest contest = draw.pick(night.election().contests());
    Declaration first = generator.declaration(draw.seed(), night.election(), contest);
    Declaration second = generator.declaration(draw.seed(), night.election(), contest);
    return compare(
        "system after A' = " + Describe.declaration(second),
        system(night.election(), plus(night.inputs(), Input.declare(second))),
        "system after A = " + Describe.declaration(first) + " then A'",
        system(
            night.election(),
            plus(plus(night.inputs(), Input.declare(first)), Input.declare(second))));
  }

  private Optional<String> withdrawal(Night night) {
    Draw draw = new Draw(night.seed() ^ 0x6A09E667F3BCC909L);
    Contest contest = draw.pick(night.election().contests());
    Council council = contest.council();
    Declaration declared = generator.declaration(draw.seed(), night.election(), contest);
    List<Input> never = new ArrayList<>();
    for (Input input : night.inputs()) {
      if (!input.council().equals(council)) {
        never.add(input);
      }
    }
    return compare(
        "system without any input of " + council.id(),
        system(night.election(), never),
        "system after declaring " + Describe.declaration(declared) + " and withdrawing it",
        system(
            night.election(),
            plus(plus(night.inputs(), Input.declare(declared)), Input.withdraw(council))));
  }

  private Optional<String> regionsAddUp(Night night) {
    StandingsFigures sum = StandingsFigures.empty();
    for (String region : night.election().regions()) {
      sum = sum.plus(system.regionStandings(night.election(), night.inputs(), region));
    }
    String parts = "sum of the system's regions " + night.election().regions();
    if (night.election().councils().stream().anyMatch(council -> council.region().isEmpty())) {
      Night noRegion = night.restrictedTo(council -> council.region().isEmpty());
      sum = sum.plus(system(noRegion.election(), noRegion.inputs()));
      parts += " and of the councils without a region";
    }
    return compare("system, whole election", system(night.election(), night.inputs()), parts, sum);
  }

  private Optional<String> controlAddsUp(Night night) {
    StandingsFigures standings = system(night.election(), night.inputs());
    int after = standings.noOverallControl();
    int before = standings.noOverallControlBefore();
    for (PartyFigures line : standings.parties().values()) {
      after += line.councils();
      before += line.councilsBefore();
    }
    for (StandingsFigures.ControlChange change : standings.control().values()) {
      if (change.before().equals(StandingsFigures.NO_PREVIOUS_RESULT)) {
        before++; // a council with no previous result has no control before
      }
    }
    int declared = standings.councilsDeclared();
    return after == declared && before == declared
        ? Optional.empty()
        : Optional.of(
            "councils declared "
                + declared
                + ", but controlled plus no overall control make "
                + after
                + " after and "
                + before
                + " before, in the system's standings:\n  "
                + standings);
  }

  private static List<Input> plus(List<Input> inputs, Input last) {
    List<Input> more = new ArrayList<>(inputs);
    more.add(last);
    return more;
  }

  // ---------------------------------------------------------------------------------------------
  // Shrinking

  /**
   * The nights one step smaller (a failing night shrinks by taking councils, then inputs, away one
   * at a time while the law stays broken, until no single removal keeps it broken or the budget is
   * spent): one council fewer (with its inputs), or one input fewer. */
  static List<Night> smaller(Night night) {
    List<Night> candidates = new ArrayList<>();
    List<Contest> contests = night.election().contests();
    if (contests.size() > 1) {
      for (Contest contest : contests) {
        Council dropped = contest.council();
        candidates.add(night.restrictedTo(council -> !council.equals(dropped)));
      }
    }
    for (int i = 0; i < night.inputs().size(); i++) {
      List<Input> fewer = new ArrayList<>(night.inputs());
      fewer.remove(i);
      candidates.add(night.withInputs(fewer));
    }
    return candidates;
  }
}

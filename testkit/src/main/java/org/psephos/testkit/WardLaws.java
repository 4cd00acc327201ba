package org.psephos.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.Election;
import org.psephos.Ward;
import org.psephos.ward.WardPostponement;
import org.psephos.ward.WardResult;

/**
 * The ward-level laws ({@link WardLaw}) checked on a results system behind a {@link
 * WardTallyAdapter}, on nights of {@link WardNightGenerator} whose sizes grow from small. A broken
 * law throws a {@link WardLawViolation} naming the law and the seed, with the night shrunk to a
 * minimal case (councils taken away while the law stays broken).
 *
 * <p>Immutable: each {@code with} method returns a new checker. By default 100 examples per law
 * (system property {@code psephos.examples} changes it), a random seed printed in every failure
 * (system property {@code psephos.seed} fixes it), {@link ReferenceTally#withDefaults()} and {@link
 * WardNightGenerator#withDefaults()}.
 */
public final class WardLaws {
  /** Most candidate cases tried while shrinking one failure. */
  private static final int SHRINK_BUDGET = 500;

  private final WardTallyAdapter system;
  private final WardNightGenerator generator;
  private final LawRun<WardNight> run;

  private WardLaws(WardTallyAdapter system, WardNightGenerator generator, LawRun<WardNight> run) {
    this.system = Objects.requireNonNull(system, "system");
    this.generator = Objects.requireNonNull(generator, "generator");
    this.run = run;
  }

  /**
   * The ward-level laws checked on a system, with the defaults.
   *
   * @param system the system under test
   * @return the checker
   */
  public static WardLaws of(WardTallyAdapter system) {
    return new WardLaws(
        system, WardNightGenerator.withDefaults(), LawRun.withDefaults(SHRINK_BUDGET));
  }

  /**
   * The same checker comparing with another reference (the baseline and control rule your system
   * uses).
   *
   * @param otherReference the reference tally
   * @return the checker
   */
  public WardLaws withReference(ReferenceTally otherReference) {
    return new WardLaws(system, generator, run.withReference(otherReference));
  }

  /**
   * The same checker generating nights with another generator.
   *
   * @param otherGenerator the generator
   * @return the checker
   */
  public WardLaws withGenerator(WardNightGenerator otherGenerator) {
    return new WardLaws(system, otherGenerator, run);
  }

  /**
   * The same checker trying another number of nights per law.
   *
   * @param count the number of examples, at least 1
   * @return the checker
   * @throws IllegalArgumentException if the count is below 1
   */
  public WardLaws withExamples(int count) {
    return new WardLaws(system, generator, run.withExamples(count));
  }

  /**
   * The same checker with a fixed seed (to replay a run).
   *
   * @param fixedSeed the seed
   * @return the checker
   */
  public WardLaws withSeed(long fixedSeed) {
    return new WardLaws(system, generator, run.withSeed(fixedSeed));
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
   * Checks every ward-level law on every example.
   *
   * @throws WardLawViolation for the first law broken, with its minimal case
   */
  public void checkAll() {
    for (WardLaw law : WardLaw.values()) {
      check(law);
    }
  }

  /**
   * Checks one law on every example.
   *
   * @param law the law
   * @throws WardLawViolation if the law is broken, with the minimal case
   */
  public void check(WardLaw law) {
    run.forEachExample(generator::night, night -> check(law, night));
  }

  /**
   * Checks one law on one night (to replay a reported seed and size).
   *
   * @param law the law
   * @param night the night
   * @throws WardLawViolation if the law is broken, with the night shrunk to a minimal case
   */
  public void check(WardLaw law, WardNight night) {
    Optional<String> broken = judge(law, night);
    if (broken.isPresent()) {
      LawRun.Shrunk<WardNight> shrunk =
          run.shrink(night, broken.get(), WardLaws::smaller, smaller -> judge(law, smaller));
      throw new WardLawViolation(law, shrunk.minimalCase(), shrunk.detail());
    }
  }

  /** The nights one council smaller (none if the night has one council). */
  static List<WardNight> smaller(WardNight night) {
    List<WardNight> candidates = new ArrayList<>();
    List<Contest> contests = night.election().contests();
    if (contests.size() > 1) {
      for (Contest contest : contests) {
        Council dropped = contest.council();
        candidates.add(night.restrictedTo(council -> !council.equals(dropped)));
      }
    }
    return candidates;
  }

  // ---------------------------------------------------------------------------------------------

  /** What the law found wrong with the system on the night, if anything. */
  Optional<String> judge(WardLaw law, WardNight night) {
    return LawRun.judged(() -> broken(law, night));
  }

  private Optional<String> broken(WardLaw law, WardNight night) {
    return switch (law) {
      case AGREES_WITH_REFERENCE ->
          TallyLaws.compare(
              "reference",
              run.reference().standings(night),
              "system",
              system(night, results(night.arrivals())));
      case ARRIVAL_ORDER_INDEPENDENCE -> {
        List<WardResult> other =
            WardNightGenerator.rearrived(night.seed() ^ 0x5DEECE66DL, night.arrivals());
        yield TallyLaws.compare(
            "system, results as generated",
            system(night, results(night.arrivals())),
            "system, results in this other order: " + other,
            system(night, results(other)));
      }
      case REPLACEMENT -> replacement(night);
      case WITHDRAWAL -> withdrawal(night);
      case POSTPONED_COMPLETION -> {
        PostponedWards split = WardNightGenerator.postponed(night.seed() ^ 0x3C6EF372L, night);
        List<WardInput> inputs = new ArrayList<>();
        for (WardPostponement postponement : split.postponements()) {
          inputs.add(new WardInput.Postpone(postponement));
        }
        inputs.addAll(results(split.first()));
        inputs.addAll(results(split.last()));
        yield TallyLaws.compare(
            "system, every ward at once",
            system(night, results(night.current())),
            "system, " + split.postponements() + " postponed, their results last",
            system(night, inputs));
      }
    };
  }

  private StandingsFigures system(WardNight night, List<WardInput> inputs) {
    return system.standings(night.election(), night.wholes(), inputs);
  }

  private static List<WardInput> results(List<WardResult> results) {
    List<WardInput> inputs = new ArrayList<>();
    for (WardResult result : results) {
      inputs.add(new WardInput.Result(result));
    }
    return inputs;
  }

  /** A ward and its council. */
  private record CouncilWard(Council council, Ward ward) {}

  /** A ward of the night's election, drawn; empty if no contest lists wards. */
  private static Optional<CouncilWard> someWard(WardNight night, Draw draw) {
    List<CouncilWard> wards = new ArrayList<>();
    for (Contest contest : night.election().contests()) {
      for (Ward ward : contest.wards()) {
        wards.add(new CouncilWard(contest.council(), ward));
      }
    }
    return wards.isEmpty() ? Optional.empty() : Optional.of(draw.pick(wards));
  }

  private Optional<String> replacement(WardNight night) {
    Draw draw = new Draw(night.seed() ^ 0x2545F4914F6CDD1DL);
    Optional<CouncilWard> drawn = someWard(night, draw);
    if (drawn.isEmpty()) {
      return Optional.empty();
    }
    Council council = drawn.get().council();
    Ward ward = drawn.get().ward();
    Election election = night.election();
    WardResult first = generator.wardResult(draw.seed(), council, ward, election.parties());
    WardResult second = generator.wardResult(draw.seed(), council, ward, election.parties());
    List<WardInput> once = results(night.current());
    once.add(new WardInput.Result(second));
    List<WardInput> twice = results(night.current());
    twice.add(new WardInput.Result(first));
    twice.add(new WardInput.Result(second));
    return TallyLaws.compare(
        "system after A' = " + second,
        system(night, once),
        "system after A = " + first + " then A'",
        system(night, twice));
  }

  private Optional<String> withdrawal(WardNight night) {
    Draw draw = new Draw(night.seed() ^ 0x6A09E667F3BCC909L);
    Optional<CouncilWard> drawn = someWard(night, draw);
    if (drawn.isEmpty()) {
      return Optional.empty();
    }
    Council council = drawn.get().council();
    Ward ward = drawn.get().ward();
    WardResult declared =
        generator.wardResult(draw.seed(), council, ward, night.election().parties());
    List<WardInput> never = new ArrayList<>();
    for (WardResult result : night.current()) {
      if (!(result.council().equals(council) && result.wardId().equals(ward.id()))) {
        never.add(new WardInput.Result(result));
      }
    }
    List<WardInput> withdrawn = results(night.current());
    withdrawn.add(new WardInput.Result(declared));
    withdrawn.add(new WardInput.Withdraw(council, ward.id()));
    return TallyLaws.compare(
        "system without any result of ward " + council.id() + "/" + ward.id(),
        system(night, never),
        "system after " + declared + " and its withdrawal",
        system(night, withdrawn));
  }
}

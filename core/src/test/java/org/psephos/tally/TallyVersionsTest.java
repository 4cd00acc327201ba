package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psephos.tally.ElectionGenerators.scenarios;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psephos.Council;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.tally.ElectionGenerators.Scenario;
import org.quicktheories.core.Gen;

/**
 * A tally is persistent: deriving new tallies from it (declarations, corrections, withdrawals, on
 * two branches from one version) never changes what it answers. The kept standings of the whole
 * election, each region and each council type share their totals between versions, so each
 * version is read again after every later one is made and compared with what it answered when it
 * was made, and with a scan of its own councils (which reads no kept totals). Runs on 1,000
 * generated nights (fewer only under mutation testing, which sets the system property {@code
 * psephos.examples}).
 */
class TallyVersionsTest {
  private static final int EXAMPLES = Integer.getInteger("psephos.examples", 1000);

  record Night(Scenario scenario, List<Declaration> arrivals, List<Declaration> withdrawn) {}

  private static Gen<Night> nights() {
    return scenarios()
        .flatMap(
            s ->
                ElectionGenerators.interleavedArrivals(s)
                    .flatMap(
                        arrivals ->
                            in ->
                                new Night(
                                    s, arrivals, ElectionGenerators.shuffle(in, arrivals))));
  }


  /** What a version answers: its whole standings, then each kept group's, by filter name. */
  private static Map<String, Standings> answers(Tally tally, List<CouncilFilter> filters) {
    Map<String, Standings> answers = new LinkedHashMap<>();
    answers.put("whole election", tally.standings());
    for (CouncilFilter filter : filters) {
      answers.put(filter.toString(), tally.standings(filter));
    }
    return answers;
  }

  @Test
  void everyEarlierTallyKeepsAnsweringAsItDidWhenLaterOnesAreDerivedFromIt() {
    qt().withExamples(EXAMPLES)
        .forAll(nights())
        .checkAssert(
            night -> {
              Election election = night.scenario().election();
              List<CouncilFilter> filters = ElectionGenerators.keptFilters(election);
              List<Tally> versions = new ArrayList<>();
              List<Map<String, Standings>> answered = new ArrayList<>();
              List<Integer> declared = new ArrayList<>();
              Tally tally = Tally.of(election);
              // each version read as it is made, before any later one is derived from it
              versions.add(tally);
              answered.add(answers(tally, filters));
              declared.add(tally.councilsDeclared());
              for (Declaration declaration : night.arrivals()) {
                tally = tally.apply(declaration);
                versions.add(tally);
                answered.add(answers(tally, filters));
                declared.add(tally.councilsDeclared());
              }
              // a second branch from the middle of the night: withdrawals, in another order
              Tally branch = versions.get(versions.size() / 2);
              for (Declaration declaration : night.withdrawn()) {
                branch = branch.withdraw(declaration.council());
                versions.add(branch);
                answered.add(answers(branch, filters));
                declared.add(branch.councilsDeclared());
              }
              // and the first branch goes on: every arrival applied again
              for (Declaration declaration : night.arrivals()) {
                tally = tally.apply(declaration);
                versions.add(tally);
                answered.add(answers(tally, filters));
                declared.add(tally.councilsDeclared());
              }
              // read every version again, newest first, once every version has been made
              for (int v = versions.size() - 1; v >= 0; v--) {
                Tally version = versions.get(v);
                assertThat(answers(version, filters))
                    .as("version %d", v)
                    .isEqualTo(answered.get(v));
                assertThat(version.councilsDeclared())
                    .as("version %d", v)
                    .isEqualTo(declared.get(v));
                assertThat(version.standings())
                    .as("version %d, kept against scanned", v)
                    .isEqualTo(version.standings(CouncilFilter.matching("all", council -> true)));
                for (CouncilFilter filter : filters) {
                  assertThat(version.standings(filter))
                      .as("version %d, %s kept against scanned", v, filter)
                      .isEqualTo(
                          version.standings(CouncilFilter.matching(filter.toString(), filter)));
                }
              }
              // the empty first version is still empty, the last of each branch as expected
              assertThat(versions.get(0).councilsDeclared()).isZero();
              assertThat(branch.councilsDeclared()).isZero();
              Set<Council> councils = new LinkedHashSet<>();
              for (Declaration declaration : night.arrivals()) {
                councils.add(declaration.council());
              }
              assertThat(tally.councilsDeclared()).isEqualTo(councils.size());
            });
  }
}

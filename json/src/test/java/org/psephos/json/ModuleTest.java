package org.psephos.json;

import org.psephos.json.PsephosJsonException.Kind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.ControlRule;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.PartyAliases;
import org.psephos.SeatBaseline;
import org.psephos.Ward;
import org.psephos.tally.CouncilResult;
import org.psephos.tally.CountProgress;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.Standings;
import org.psephos.tally.Tally;
import org.psephos.tally.WardTotals;
import org.psephos.ward.WardPostponement;
import org.psephos.ward.WardResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson module: found by ServiceLoader, registered by hand, one pair per value type. */
class ModuleTest {
  /**
   * A mapper of its own for each test (JUnit makes an instance per test), so that every test
   * registers the module again: with one mapper for the class, a registration left out by a
   * mutant made after the class was loaded would go unseen (PIT reuses its JVMs).
   */
  private final ObjectMapper mapper = JsonMapper.builder().addModule(new PsephosModule()).build();

  private <T> T roundTrip(T value, Class<T> type, Election election) {
    String json = mapper.writeValueAsString(value);
    return mapper.readerFor(type).withAttribute(PsephosModule.ELECTION, election).readValue(json);
  }

  @Test
  void serviceLoaderOfJacksonFindsTheModule() {
    List<Class<?>> found = new ArrayList<>();
    for (JacksonModule module : MapperBuilder.findModules()) {
      found.add(module.getClass());
    }
    assertThat(found).contains(PsephosModule.class);
  }

  @Test
  void mapperThatFindsModulesReadsAnElection() {
    ObjectMapper found = JsonMapper.builder().findAndAddModules().build();
    Election read =
        found.readValue(Golden.resource("golden/election.json"), Election.class);
    assertThat(read).isEqualTo(Golden.ELECTION);
  }

  @Test
  void moduleDescriptorProvidesTheModule() {
    Path classes = Path.of("target", "classes");
    Optional<ModuleReference> reference = ModuleFinder.of(classes).find("org.psephos.json");
    assertThat(reference).isPresent();
    ModuleDescriptor descriptor = reference.get().descriptor();
    assertThat(descriptor.provides())
        .anySatisfy(
            provides -> {
              assertThat(provides.service()).isEqualTo("tools.jackson.databind.JacksonModule");
              assertThat(provides.providers()).containsExactly(PsephosModule.class.getName());
            });
    assertThat(descriptor.exports())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactly("org.psephos.json");
  }

  @Test
  void everyValueTypeOfGeneratedElectionsRoundTripsThroughTheModule() {
    qt().withExamples(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Election election = Generated.election(seed);
              assertThat(roundTrip(election, Election.class, election)).isEqualTo(election);
              assertThat(roundTrip(election.aliases(), PartyAliases.class, election))
                  .isEqualTo(election.aliases());
              for (Party party : election.parties()) {
                assertThat(roundTrip(party, Party.class, election)).isEqualTo(party);
              }
              for (Contest contest : election.contests()) {
                assertThat(roundTrip(contest, Contest.class, election)).isEqualTo(contest);
                assertThat(roundTrip(contest.council(), Council.class, election))
                    .isEqualTo(contest.council());
                assertThat(roundTrip(contest.previous(), Composition.class, election))
                    .isEqualTo(contest.previous());
                assertThat(roundTrip(contest.council().type(), CouncilType.class, election))
                    .isEqualTo(contest.council().type());
              }
              Tally tally = Generated.tally(election, seed);
              assertThat(roundTrip(tally, Tally.class, election)).isEqualTo(tally);
              assertThat(roundTrip(tally.baseline(), SeatBaseline.class, election))
                  .isEqualTo(tally.baseline());
              assertThat(roundTrip(tally.controlRule(), ControlRule.class, election))
                  .isEqualTo(tally.controlRule());
              Standings standings = tally.standings();
              assertThat(roundTrip(standings, Standings.class, election)).isEqualTo(standings);
              for (PartyStanding standing : standings.parties()) {
                assertThat(roundTrip(standing, PartyStanding.class, election))
                    .isEqualTo(standing);
              }
              Results results = Results.of(tally);
              assertThat(roundTrip(results, Results.class, election).tally()).isEqualTo(tally);
              for (PublishedDeclaration published :
                  Generated.declarations(election, SeatBaseline.LAST_FOUGHT, seed)) {
                assertThat(roundTrip(published, PublishedDeclaration.class, election))
                    .isEqualTo(published);
                Declaration declaration = published.declaration();
                assertThat(roundTrip(declaration, Declaration.class, election))
                    .isEqualTo(declaration);
              }
              ElectionDefinition definition = ElectionDefinition.of(election);
              assertThat(roundTrip(definition, ElectionDefinition.class, election))
                  .isEqualTo(definition);
            });
  }

  @Test
  void wardLevelValuesOfGeneratedElectionsRoundTripThroughTheModule() {
    qt().withExamples(60)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Election election = GeneratedWards.election(seed);
              assertThat(roundTrip(election, Election.class, election)).isEqualTo(election);
              for (Contest contest : election.contests()) {
                assertThat(roundTrip(contest, Contest.class, election)).isEqualTo(contest);
                for (Ward ward : contest.wards()) {
                  assertThat(roundTrip(ward, Ward.class, election)).isEqualTo(ward);
                }
              }
              for (PublishedResult published :
                  GeneratedWards.feed(election, SeatBaseline.LAST_FOUGHT, seed)) {
                if (published instanceof PublishedWardResult ward) {
                  assertThat(roundTrip(ward, PublishedWardResult.class, election))
                      .isEqualTo(ward);
                  assertThat(roundTrip(ward.result(), WardResult.class, election))
                      .isEqualTo(ward.result());
                }
              }
              Tally tally = GeneratedWards.tally(election, seed);
              assertThat(roundTrip(tally, Tally.class, election)).isEqualTo(tally);
              Standings standings = tally.standings();
              assertThat(roundTrip(standings, Standings.class, election)).isEqualTo(standings);
              assertThat(roundTrip(standings.progress(), CountProgress.class, election))
                  .isEqualTo(standings.progress());
              assertThat(roundTrip(standings.wardTotals(), WardTotals.class, election))
                  .isEqualTo(standings.wardTotals());
            });
  }

  @Test
  void withdrawalsAndPostponementsRoundTripThroughTheModule() {
    Election election = GoldenWards.ELECTION;
    List<PublishedResult> lines =
        List.of(
            new PublishedWithdrawal("local.2022-05-05", 8, null, GoldenWards.EASTON, Optional.empty()),
            new PublishedWithdrawal(
                "local.2022-05-05",
                9,
                OffsetDateTime.parse("2022-05-06T03:00:00+01:00"),
                GoldenWards.NORTHAM,
                Optional.of("E05999904")),
            new PublishedPostponement(
                "local.2022-05-05",
                6,
                OffsetDateTime.parse("2022-05-06T02:00:00+01:00"),
                WardPostponement.of(GoldenWards.NORTHAM, "E05999904")));
    for (PublishedResult line : lines) {
      @SuppressWarnings("unchecked")
      Class<PublishedResult> type = (Class<PublishedResult>) line.getClass();
      assertThat(roundTrip(line, type, election)).isEqualTo(line);
    }
    assertThat(mapper.writeValueAsString(lines.get(1)))
        .startsWith("{\"format\":\"psephos.withdrawal/1\"")
        .contains("\"ward\":\"E05999904\"");
    assertThat(mapper.writeValueAsString(lines.get(2)))
        .startsWith("{\"format\":\"psephos.postponement/1\"");
  }

  @Test
  void aCouncilResultIsWrittenAsAnOutcomeOfTheResultsDocument() {
    // the London golden document's outcome for Wandsworth, checked by hand against 2018's count
    JsonNode golden = mapper.readTree(Golden.resource("golden/results-london.json"));
    JsonNode wandsworth = null;
    for (JsonNode outcome : golden.get("outcomes")) {
      if (outcome.get("council").asString().equals(Golden.WANDSWORTH.id())) {
        wandsworth = outcome;
      }
    }
    assertThat(wandsworth).isNotNull();
    Results results =
        PsephosJson.standard()
            .readResults(Golden.ELECTION, Golden.resource("golden/results-london.json"));
    CouncilResult result = results.tally().result(Golden.WANDSWORTH).orElseThrow();
    assertThat(mapper.readTree(mapper.writeValueAsString(result))).isEqualTo(wandsworth);
  }

  @Test
  void publishedWardResultAtTheTopIsAStreamLineDocument() {
    PublishedWardResult first = GoldenWards.WARD_RESULTS.get(0);
    assertThat(mapper.writeValueAsString(first))
        .startsWith("{\"format\":\"psephos.wardresult/1\",\"election\":\"local.2022-05-05\",");
    assertThat(mapper.writeValueAsString(List.of(first))).startsWith("[{\"sequence\":1,");
    assertThat(mapper.writeValueAsString(first.result()))
        .startsWith("{\"council\":\"E07999901\",\"ward\":\"E05999901\",\"candidates\":[");
  }

  @Test
  void publishedDeclarationAtTheTopIsAStreamLineDocument() {
    PublishedDeclaration first = Golden.DECLARATIONS.get(0);
    assertThat(mapper.writeValueAsString(first))
        .startsWith("{\"format\":\"psephos.declaration/1\",\"election\":\"local.2018-05-03\",");
    assertThat(mapper.writeValueAsString(List.of(first))).startsWith("[{\"sequence\":1,");
  }

  @Test
  void readingIdsWithoutTheElectionAttributeFailsClearly() {
    assertThatThrownBy(
            () -> mapper.readValue("{\"seats\":{\"PP52\":1}}", Composition.class))
        .hasMessageContaining("needs the election")
        .hasMessageContaining("PsephosModule.ELECTION");
  }

  @Test
  void coreValidationSurfacesWithItsLocationThroughAPlainMapper() {
    String json = "{\"id\":\"E09000032\",\"name\":\"Wandsworth\",\"type\":\"london-borough\","
        + "\"region\":\"London\",\"size\":0}";
    assertThatThrownBy(() -> mapper.readValue(json, Council.class))
        .matches(Failures.kind(Kind.INVALID_VALUE))
        .hasCauseExactlyInstanceOf(org.psephos.SeatCountException.class)
        .hasMessage(
            "Wandsworth (E09000032): size (0) is not positive (at the document root, line 1,"
                + " column 1)");
  }

  @Test
  void nestedValuesReportTheirPathWithinTheEnclosingDocument() {
    String json = "{\"parties\":[{\"id\":\"PP52\",\"name\":\"\",\"shortName\":\"Con\"}]}";
    record Holder(List<Party> parties) {}
    assertThatThrownBy(() -> mapper.readValue(json, Holder.class))
        .matches(Failures.kind(Kind.INVALID_VALUE))
        .hasMessageContaining("name of party PP52 is blank")
        .hasMessageContaining("at /parties/0,");
  }

  @Test
  void lenientModuleIgnoresUnknownMembers() {
    ObjectMapper lenient =
        JsonMapper.builder().addModule(new PsephosModule().withUnknownFieldsIgnored()).build();
    String json = "{\"id\":\"PP52\",\"name\":\"Conservative\",\"shortName\":\"Con\",\"x\":[1]}";
    assertThat(lenient.readValue(json, Party.class)).isEqualTo(Golden.CON);
    assertThatThrownBy(() -> mapper.readValue(json, Party.class))
        .matches(Failures.kind(Kind.UNKNOWN_FIELD))
        .hasMessageContaining("at /x,");
  }
}

package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psephos.Election;
import org.psephos.SeatBaseline;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.Tally;

/**
 * The JSON Schemas (draft 2020-12) shipped in the jar and published in docs/schema: identical, and
 * every document the module writes, golden or generated, is valid against its kind's schema.
 */
class SchemaTest {
  private static final PsephosJson JSON = PsephosJson.standard();
  private static final Map<DocumentKind, Schema> SCHEMAS = new EnumMap<>(DocumentKind.class);

  static {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    for (DocumentKind kind : DocumentKind.values()) {
      try (InputStream in = kind.openSchema()) {
        SCHEMAS.put(kind, registry.getSchema(in));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  static List<Error> errors(DocumentKind kind, String json) {
    return java.util.Objects.requireNonNull(SCHEMAS.get(kind)).validate(json, InputFormat.JSON);
  }

  @Test
  void publishedSchemasAreTheShippedOnes() throws IOException {
    for (DocumentKind kind : DocumentKind.values()) {
      Path published = Path.of("..", "docs", "schema", kind.schemaFileName());
      try (InputStream in = kind.openSchema()) {
        assertThat(Files.readAllBytes(published)).as(kind.name()).isEqualTo(in.readAllBytes());
      }
    }
  }

  @Test
  void goldenFilesAreValidAgainstTheirSchemas() {
    assertThat(errors(DocumentKind.ELECTION, Golden.resource("golden/election.json"))).isEmpty();
    assertThat(errors(DocumentKind.DECLARATIONS, Golden.resource("golden/declarations.json")))
        .isEmpty();
    for (String line : Golden.resource("golden/declarations.ndjson").split("\n")) {
      assertThat(errors(DocumentKind.DECLARATION, line)).as(line).isEmpty();
    }
    assertThat(errors(DocumentKind.RESULTS, Golden.resource("golden/results-london.json")))
        .isEmpty();
  }

  @Test
  void schemasRejectWhatTheReaderRejectsByShape() {
    String election = Golden.resource("golden/election.json");
    assertThat(errors(DocumentKind.ELECTION, election.replace("\"cohesive\"", "\"coherent\"")))
        .isNotEmpty();
    assertThat(errors(DocumentKind.ELECTION, election.replace("\"size\": 60", "\"size\": \"60\"")))
        .isNotEmpty();
    assertThat(errors(DocumentKind.ELECTION, election.replace("psephos.election/1",
        "psephos.election/2"))).isNotEmpty();
    assertThat(errors(DocumentKind.ELECTION, election.replace("\"PP52\": 41", "\"PP52\": -41")))
        .isNotEmpty();
    assertThat(errors(DocumentKind.ELECTION, election.replace("\"size\": 60", "\"size\": 60000")))
        .isNotEmpty();
  }

  @Test
  void everyGeneratedDocumentIsValidAgainstItsSchema() {
    qt().withExamples(60)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Election election = Generated.election(seed);
              assertThat(errors(DocumentKind.ELECTION,
                  JSON.writeElection(ElectionDefinition.of(election), PsephosJson.Style.PRETTY)))
                  .isEmpty();
              List<PublishedDeclaration> declarations =
                  Generated.declarations(election, SeatBaseline.LAST_FOUGHT, seed);
              assertThat(errors(DocumentKind.DECLARATIONS,
                  JSON.writeDeclarations(election, declarations, PsephosJson.Style.COMPACT)))
                  .isEmpty();
              for (PublishedDeclaration declaration : declarations) {
                assertThat(errors(DocumentKind.DECLARATION,
                    JSON.writeDeclarationLine(declaration))).isEmpty();
              }
              Tally tally = Generated.tally(election, seed);
              assertThat(errors(DocumentKind.RESULTS,
                  JSON.writeResults(Results.of(tally), PsephosJson.Style.COMPACT))).isEmpty();
              assertThat(errors(DocumentKind.RESULTS,
                  JSON.writeResults(tally, CouncilFilter.matching("odd", c -> c.size() % 2 == 1),
                      PsephosJson.Style.COMPACT))).isEmpty();
            });
  }
}

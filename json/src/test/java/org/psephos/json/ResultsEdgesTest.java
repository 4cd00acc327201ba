package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.psephos.json.PsephosJsonException.Kind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A results document's parts of the wrong type, each named as the reader names it: the document
 * itself, its outcomes and councils in progress, an outcome's wards and composition after, a
 * council in progress's council and seats won. The document is the ward-level golden file, changed
 * in one place each time.
 */
class ResultsEdgesTest {
  private static final PsephosJson JSON = PsephosJson.standard();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static PsephosJsonException fails(Consumer<ObjectNode> change) {
    ObjectNode doc =
        (ObjectNode) MAPPER.readTree(Golden.resource("golden/results-wards.json"));
    change.accept(doc);
    String text = MAPPER.writeValueAsString(doc);
    return Failures.caught(Kind.WRONG_TYPE, () -> JSON.readResults(GoldenWards.ELECTION, text));
  }

  private static ObjectNode outcome(ObjectNode doc, int i) {
    return (ObjectNode) doc.get("outcomes").get(i);
  }

  private static ObjectNode inProgress(ObjectNode doc) {
    return (ObjectNode) doc.get("inProgress").get(0);
  }

  @Test
  void theDocumentIsAnObject() {
    PsephosJsonException e = Failures.caught(Kind.WRONG_TYPE,
        () -> JSON.readResults(GoldenWards.ELECTION, "[]"));
    assertThat(e.reason()).contains("a psephos.results document");
  }

  @Test
  void theOutcomesAndCouncilsInProgressAreArrays() {
    assertThat(fails(doc -> doc.put("outcomes", 5)).reason()).contains("the outcomes");
    assertThat(fails(doc -> doc.put("inProgress", 5)).reason())
        .contains("the councils in progress");
  }

  @Test
  void anOutcomesPartsAreNamedWithItsCouncil() {
    int northam = 1;
    assertThat(fails(doc -> outcome(doc, northam).put("wards", 5)).reason())
        .contains("Northam (E07999901): the wards");
    assertThat(fails(doc -> ((ArrayNode) outcome(doc, northam).get("wards")).set(0, 5)).reason())
        .contains("Northam (E07999901): a ward's result");
    assertThat(fails(doc -> outcome(doc, 0).put("compositionAfter", 5)).reason())
        .contains("Easton (E07999903): the composition after");
  }

  @Test
  void aCouncilInProgressIsNamedOnceItsCouncilIsRead() {
    assertThat(fails(doc -> inProgress(doc).put("council", 5)).reason())
        .contains("a council in progress's \"council\"");
    assertThat(fails(doc -> inProgress(doc).putArray("seatsWon")).reason())
        .contains("Southam (E07999902): seats won so far");
    assertThat(fails(doc -> {
          ObjectNode old = inProgress(doc);
          ObjectNode first = MAPPER.createObjectNode();
          first.putArray("seatsWon");
          for (String name : old.propertyNames()) {
            if (!name.equals("seatsWon")) {
              JsonNode value = old.get(name);
              first.set(name, value);
            }
          }
          ((ArrayNode) doc.get("inProgress")).set(0, first);
        }).reason())
        .contains("a council in progress: seats won so far");
  }
}

package org.psephos.json.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A token's mark is the line and column of the parser's location of the token, for every token of
 * any document, whichever parser reads it: over bytes, over characters, or over a tree.
 */
class TokenMarkTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** The line and column of each token as the parser locates it, and as the mark gives them. */
  private static void assertMarksAgree(JsonParser parser) {
    Tokens in = new Tokens(parser, ReadContext.of(ReadOptions.of(false), null));
    List<String> located = new ArrayList<>();
    List<String> marked = new ArrayList<>();
    while (parser.nextToken() != null) {
      TokenStreamLocation at = parser.currentTokenLocation();
      long mark = in.mark();
      located.add(parser.currentToken() + " " + at.getLineNr() + ":" + at.getColumnNr());
      marked.add(parser.currentToken() + " " + Tokens.lineOf(mark) + ":" + Tokens.columnOf(mark));
    }
    assertThat(marked).isNotEmpty().isEqualTo(located);
  }

  private static void assertMarksAgree(String json) {
    assertMarksAgree(FACTORY.createParser(ObjectReadContext.empty(), json.getBytes(
        StandardCharsets.UTF_8)));
    assertMarksAgree(
        FACTORY.createParser(ObjectReadContext.empty(), json.toCharArray(), 0, json.length()));
  }

  @Test
  void marksAreTheParsersLocationsOverBytesAndCharacters() {
    assertMarksAgree("{\"a\": [1, 2.5, \"x\\u00e9y\", -3e2],\n  \"bb\" :{\"c\":null, \"é\": true},"
        + " \"d\":\r\n\t[ {}, [], false ] }");
    assertMarksAgree("  \"only a string\"  ");
  }

  @Test
  void marksAreTheLocationsOfAParserOverATree() {
    JsonMapper mapper = JsonMapper.builder().build();
    assertMarksAgree(mapper.readTree("{\"a\": [1, {\"b\": \"c\"}]}").traverse(
        ObjectReadContext.empty()));
  }

  /** Documents of nested arrays and objects, with spaces and line ends of every kind between. */
  private static Gen<String> documents() {
    String[] pieces = {"{", "}", "[", "]", "\"k\":", "\"é\u00e9\":", "1", "-2.5", "\"s\"",
        "\"\\u00e9\"", "true", "null", " ", "\n", "\r\n", "\t", ","};
    return SourceDSL.lists().of(SourceDSL.integers().between(0, pieces.length - 1))
        .ofSizeBetween(1, 40)
        .map(list -> {
          StringBuilder json = new StringBuilder("[");
          for (int i : list) {
            json.append(pieces[i]);
          }
          return json.toString();
        });
  }

  @Test
  void marksAreTheParsersLocationsUpToWhereADocumentFails() {
    qt().withExamples(500).forAll(documents()).checkAssert(json -> {
      for (boolean bytes : new boolean[] {true, false}) {
        JsonParser parser = bytes
            ? FACTORY.createParser(ObjectReadContext.empty(), json.getBytes(StandardCharsets.UTF_8))
            : FACTORY.createParser(ObjectReadContext.empty(), json.toCharArray(), 0,
                json.length());
        Tokens in = new Tokens(parser, ReadContext.of(ReadOptions.of(false), null));
        try {
          while (parser.nextToken() != null) {
            TokenStreamLocation at = parser.currentTokenLocation();
            long mark = in.mark();
            assertThat(Tokens.lineOf(mark)).isEqualTo(at.getLineNr());
            assertThat(Tokens.columnOf(mark)).isEqualTo(at.getColumnNr());
          }
        } catch (tools.jackson.core.JacksonException e) {
          // the document is not well-formed past here: every token before it agreed
        }
      }
    });
  }
}

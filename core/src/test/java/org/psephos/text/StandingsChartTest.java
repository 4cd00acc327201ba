package org.psephos.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.GRN;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.LD;
import static org.psephos.ExampleData.RICHMOND;
import static org.psephos.ExampleData.WANDSWORTH;
import static org.psephos.ExampleData.BRENT;
import static org.psephos.ExampleData.allOut;
import static org.psephos.ExampleData.comp;
import static org.psephos.ExampleData.election;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.psephos.ControlRule;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.SeatBaseline;
import org.psephos.VoteConvention;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.Tally;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The standings chart, parsed as XML: bars, labels, colours, geometry, wrapped titles, the page.
 *
 * <p>The night: Wandsworth (60 seats, Con 40 Lab 20 before) declares Con 33 Lab 27, a Conservative
 * hold; Richmond (54, Con 39 LD 15 before) declares LD 39 Con 11 Grn 4, a Liberal Democrat gain;
 * Brent (63, Lab 50 Con 13) has not declared. Seats won: Con 44 (baseline 79, -35), Lab 27 (20,
 * +7), LD 39 (15, +24), Grn 4 (0, +4). Councils: Con 1 (2 before, -1), LD 1 (+1), no overall
 * control 0.
 */
class StandingsChartTest {
  static final String SVG = "http://www.w3.org/2000/svg";
  static final String XHTML = "http://www.w3.org/1999/xhtml";

  static final Election ELECTION =
      election(
          allOut(WANDSWORTH, comp(CON, 40, LAB, 20)),
          allOut(RICHMOND, comp(CON, 39, LD, 15)),
          allOut(BRENT, comp(LAB, 50, CON, 13)));

  static Tally night(SeatBaseline baseline) {
    return Tally.of(ELECTION, baseline, ControlRule.cohesiveOnly())
        .apply(Declaration.builder(WANDSWORTH).won(CON, 33).won(LAB, 27).build())
        .apply(Declaration.builder(RICHMOND).won(LD, 39).won(CON, 11).won(GRN, 4).build());
  }

  static final Tally NIGHT = night(SeatBaseline.LAST_FOUGHT);

  static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setExpandEntityReferences(false);
      var builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  static List<Element> elements(Document document, String namespace, String name) {
    NodeList nodes = document.getElementsByTagNameNS(namespace, name);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  static List<Element> withClass(Document document, String name, String cssClass) {
    return elements(document, SVG, name).stream()
        .filter(e -> e.getAttribute("class").equals(cssClass))
        .toList();
  }

  static List<String> texts(Document document, String cssClass) {
    return withClass(document, "text", cssClass).stream().map(Element::getTextContent).toList();
  }

  static Element bar(Document document, String figure, String party) {
    return withClass(document, "rect", "bar").stream()
        .filter(b -> b.hasAttribute(figure) && b.getAttribute("data-party").equals(party))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + figure + " bar for " + party));
  }

  static int number(Element element, String attribute) {
    return Integer.parseInt(element.getAttribute(attribute));
  }

  @Test
  void aBarPerPartyWithItsSeatsAndSignedChange() {
    Document svg = parse(StandingsChart.standard().svg(NIGHT));

    assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo(SVG);
    String[][] expected = {{"PP52", "44", "-35"}, {"PP53", "27", "7"}, {"PP90", "39", "24"},
      {"PP63", "4", "4"}};
    assertThat(withClass(svg, "rect", "bar").stream().filter(b -> b.hasAttribute("data-seats")))
        .hasSize(4);
    for (String[] row : expected) {
      Element bar = bar(svg, "data-seats", row[0]);
      assertThat(bar.getAttribute("data-seats")).as(row[0]).isEqualTo(row[1]);
      assertThat(bar.getAttribute("data-change")).as(row[0]).isEqualTo(row[2]);
    }
    assertThat(texts(svg, "label"))
        .containsExactly("Conservative", "Labour", "Liberal Democrats", "Green Party",
            "Conservative", "Liberal Democrats", "No overall control");
    assertThat(texts(svg, "value"))
        .containsExactly("44(\u221235)", "27(+7)", "39(+24)", "4(+4)", "1(\u22121)", "1(+1)", "0");
    assertThat(texts(svg, "section")).containsExactly("Seats won", "Councils controlled (of 3)");
    assertThat(texts(svg, "title")).containsExactly("Local elections 2018");
    assertThat(texts(svg, "subtitle"))
        .containsExactly("State of parties after 2 of 3 councils declared; seat changes against"
            + " the seats as last fought");
    assertThat(texts(svg, "source")).containsExactly("Made with Psephos.");
  }

  @Test
  void councilBarsIncludeNoOverallControlAndTheirChanges() {
    Document svg = parse(StandingsChart.standard().svg(NIGHT));

    assertThat(withClass(svg, "rect", "bar").stream().filter(b -> b.hasAttribute("data-councils"))
            .map(b -> b.getAttribute("data-party") + " " + b.getAttribute("data-councils") + " "
                + b.getAttribute("data-change")))
        .containsExactly("PP52 1 -1", "PP90 1 1", "noc 0 0");
  }

  /**
   * The geometry, worked out from the layout rules: the label column is as wide as its longest
   * label at 7.6 pixels a character ("No overall control", 18 characters: 137), the bars start 12
   * pixels after it (24 + 137 + 12 = 173) and are at most 760 - 173 - 120 - 24 = 443 long; rows
   * are 30 apart, the first seat bar at 120.
   */
  @Test
  void barsAreInProportionAndPlacedRowByRow() {
    Document svg = parse(StandingsChart.standard().svg(NIGHT));

    Element con = bar(svg, "data-seats", "PP52");
    assertThat(number(con, "x")).isEqualTo(173);
    assertThat(number(con, "width")).isEqualTo(443);
    assertThat(number(con, "height")).isEqualTo(20);
    assertThat(number(con, "y")).isEqualTo(120);
    // 39 / 44 * 443 = 392.7; 27 / 44 * 443 = 271.8; 4 / 44 * 443 = 40.3
    assertThat(number(bar(svg, "data-seats", "PP90"), "width")).isEqualTo(393);
    assertThat(number(bar(svg, "data-seats", "PP53"), "width")).isEqualTo(272);
    assertThat(number(bar(svg, "data-seats", "PP63"), "width")).isEqualTo(40);
    assertThat(number(bar(svg, "data-seats", "PP53"), "y")).isEqualTo(150);
    assertThat(number(bar(svg, "data-seats", "PP90"), "y")).isEqualTo(180);
    // councils: 1 of 3 expected on a track of 443: 147.7; no overall control 0 draws nothing
    Element conCouncils = bar(svg, "data-councils", "PP52");
    assertThat(number(conCouncils, "width")).isEqualTo(148);
    assertThat(number(conCouncils, "y")).isEqualTo(286);
    assertThat(number(bar(svg, "data-councils", "noc"), "width")).isZero();
    List<Element> tracks = withClass(svg, "rect", "track");
    assertThat(tracks).hasSize(3);
    assertThat(number(tracks.get(0), "width")).isEqualTo(443);
    assertThat(number(tracks.get(0), "x")).isEqualTo(173);
    assertThat(number(tracks.get(0), "y")).isEqualTo(286);
    // labels end at the label column; values follow the bar, or the track, by 8 pixels
    Element label = withClass(svg, "text", "label").get(0);
    assertThat(number(label, "x")).isEqualTo(161);
    assertThat(number(label, "y")).isEqualTo(135);
    assertThat(label.getAttribute("text-anchor")).isEqualTo("end");
    List<Element> values = withClass(svg, "text", "value");
    assertThat(number(values.get(0), "x")).isEqualTo(173 + 443 + 8);
    assertThat(number(values.get(1), "x")).isEqualTo(173 + 272 + 8);
    assertThat(number(values.get(4), "x")).isEqualTo(173 + 443 + 8);
    assertThat(number(values.get(1), "y")).isEqualTo(165);
    // title 38, subtitle 62, section headings 104 and 270, the footer 396, the height 419
    assertThat(number(withClass(svg, "text", "title").get(0), "y")).isEqualTo(38);
    assertThat(number(withClass(svg, "text", "subtitle").get(0), "y")).isEqualTo(62);
    assertThat(withClass(svg, "text", "section").stream().map(e -> number(e, "y")))
        .containsExactly(104, 270);
    assertThat(number(withClass(svg, "text", "source").get(0), "y")).isEqualTo(396);
    Element root = svg.getDocumentElement();
    assertThat(root.getAttribute("height")).isEqualTo("419");
    assertThat(root.getAttribute("width")).isEqualTo("760");
    assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 760 419");
    Element background = withClass(svg, "rect", "background").get(0);
    assertThat(background.getAttribute("height")).isEqualTo("419");
    assertThat(background.getAttribute("width")).isEqualTo("760");
  }

  @Test
  void coloursAreTheOnesGivenThenTheDefaultPaletteInTheElectionsOrder() {
    Document svg =
        parse(StandingsChart.standard().withColours(Map.of("PP52", "#0087DC")).svg(NIGHT));

    assertThat(bar(svg, "data-seats", "PP52").getAttribute("fill")).isEqualTo("#0087DC");
    // Lab, LD and Green have none: the palette's first, second and third
    assertThat(bar(svg, "data-seats", "PP53").getAttribute("fill")).isEqualTo("#8C564B");
    assertThat(bar(svg, "data-seats", "PP90").getAttribute("fill")).isEqualTo("#17A2B8");
    assertThat(bar(svg, "data-seats", "PP63").getAttribute("fill")).isEqualTo("#E377C2");
    assertThat(bar(svg, "data-councils", "noc").getAttribute("fill")).isEqualTo("#B8B8B8");
  }

  @Test
  void aColourThatIsNotHexIsRefused() {
    for (String colour : new String[] {"red", "#0087D", "#0087DCC", "#0087DG", "00087DC"}) {
      assertThatThrownBy(() -> StandingsChart.standard().withColours(Map.of("PP52", colour)))
          .as(colour)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the colour of party PP52 is \"" + colour + "\"; a colour is #RRGGBB");
    }
    assertThat(StandingsChart.standard().withColours(Map.of("PP52", "#a1b2c3")).svg(NIGHT))
        .contains("fill=\"#a1b2c3\"");
  }

  @Test
  void aLongTitleWrapsOntoASecondLineAtASpace() {
    String title = "The local elections of May 2018 in England: the London boroughs and the"
        + " metropolitan boroughs";
    Document svg = parse(StandingsChart.standard().withTitle(title).svg(NIGHT));

    List<Element> lines = withClass(svg, "text", "title");
    assertThat(lines).extracting(Element::getTextContent)
        .containsExactly("The local elections of May 2018 in England: the London",
            "boroughs and the metropolitan boroughs");
    assertThat(lines).extracting(e -> number(e, "y")).containsExactly(38, 62);
    // the subtitle and everything below move down by a title line
    assertThat(number(withClass(svg, "text", "subtitle").get(0), "y")).isEqualTo(86);
    assertThat(svg.getDocumentElement().getAttribute("height")).isEqualTo("443");
    // the accessible title keeps it whole
    assertThat(elements(svg, SVG, "title").get(0).getTextContent()).startsWith(title + ": ");
  }

  @Test
  void aTitleTooLongForTwoLinesIsCutWithAnEllipsisAndNothingRunsOffTheEdge() {
    String title = "word ".repeat(60).trim();
    Document svg = parse(StandingsChart.standard().withTitle(title).svg(NIGHT));

    List<String> lines = texts(svg, "title");
    assertThat(lines).hasSize(2);
    for (String line : lines) {
      // 61 characters of bold 20-pixel text fit the 712 pixels inside the margins
      assertThat(line.length()).isLessThanOrEqualTo(61);
    }
    assertThat(lines.get(0)).isEqualTo("word ".repeat(12).trim());
    assertThat(lines.get(1)).endsWith("word\u2026").hasSize(60);
  }

  @Test
  void aTitleOfOneLongWordIsCut() {
    Document svg = parse(StandingsChart.standard().withTitle("x".repeat(100)).svg(NIGHT));

    assertThat(texts(svg, "title")).containsExactly("x".repeat(60) + "\u2026");
  }

  @Test
  void theFilterNamesTheCouncilsInTheTitle() {
    Document svg = parse(StandingsChart.standard().svg(NIGHT, CouncilFilter.region("London")));

    assertThat(texts(svg, "title")).containsExactly("Local elections 2018: London");
  }

  @Test
  void aLongPartyNameIsCutToTheLabelColumn() {
    Party longName = Party.of("PP1", "The Very Long Named Residents Association of Somewhere", "VL");
    Election election =
        org.psephos.ExampleData.electionWith(
            new Party[] {CON, longName}, allOut(WANDSWORTH, comp(CON, 40, longName, 20)));
    Tally tally =
        Tally.of(election)
            .apply(Declaration.builder(WANDSWORTH).won(CON, 30).won(longName, 30).build());
    Document svg = parse(StandingsChart.standard().svg(tally));

    // the column is at most 300 pixels: 39 characters at 7.6, the last an ellipsis
    assertThat(texts(svg, "label")).contains("The Very Long Named Residents Associat\u2026");
    assertThat(number(withClass(svg, "text", "label").get(0), "x")).isEqualTo(24 + 300);
    assertThat(number(bar(svg, "data-seats", "PP1"), "x")).isEqualTo(24 + 300 + 12);
    assertThat(elements(svg, SVG, "desc").get(0).getTextContent()).contains(longName.name());
  }

  @Test
  void beforeAnyDeclarationTheChartSaysSo() {
    Document svg = parse(StandingsChart.standard().svg(Tally.of(ELECTION)));

    assertThat(texts(svg, "empty")).containsExactly("No seats declared yet");
    assertThat(texts(svg, "subtitle"))
        .containsExactly("State of parties after 0 of 3 councils declared; seat changes against"
            + " the seats as last fought");
    assertThat(withClass(svg, "rect", "bar")).hasSize(1);
    assertThat(elements(svg, SVG, "desc").get(0).getTextContent())
        .isEqualTo("No overall control: 0 councils.");
  }

  @Test
  void theSubtitleNamesTheBaselineAndProvisionalDeclarations() {
    Tally provisional =
        night(SeatBaseline.PRE_ELECTION)
            .apply(Declaration.builder(BRENT).won(LAB, 50).won(CON, 12).stillToFill(1).build());
    Document svg = parse(StandingsChart.standard().svg(provisional));

    assertThat(texts(svg, "subtitle"))
        .containsExactly("State of parties after 3 of 3 councils declared (1 provisionally);"
                + " seat changes against the seats",
            "held on the eve of the poll");
    // 100 characters of 13-pixel text fit the width; the second line is 17 pixels lower
    assertThat(withClass(svg, "text", "subtitle")).extracting(e -> number(e, "y"))
        .containsExactly(62, 79);
  }

  @Test
  void theDescriptionSaysTheChartInWords() {
    Document svg = parse(StandingsChart.standard().svg(NIGHT));

    assertThat(elements(svg, SVG, "desc").get(0).getTextContent())
        .isEqualTo("Conservative: 1 council, 44 seats (\u221235). Labour: 0 councils, 27 seats"
            + " (+7). Liberal Democrats: 1 council, 39 seats (+24). Green Party: 0 councils, 4"
            + " seats (+4). No overall control: 0 councils.");
  }

  @Test
  void theFooterNamesTheSourceAndALongOneWraps() {
    Document svg = parse(StandingsChart.standard().withSource("London Datastore").svg(NIGHT));
    String longSource = "a source ".repeat(20).trim();
    Document wrapped = parse(StandingsChart.standard().withSource(longSource).svg(NIGHT));

    assertThat(texts(svg, "source")).containsExactly("Source: London Datastore. Made with Psephos.");
    List<Element> lines = withClass(wrapped, "text", "source");
    assertThat(lines).hasSize(2);
    assertThat(number(lines.get(1), "y") - number(lines.get(0), "y")).isEqualTo(15);
    assertThat(String.join(" ", texts(wrapped, "source")))
        .isEqualTo("Source: " + longSource + ". Made with Psephos.");
  }

  @Test
  void blankTitleAndSourceAreRefused() {
    assertThatThrownBy(() -> StandingsChart.standard().withTitle(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the chart's title is blank");
    assertThatThrownBy(() -> StandingsChart.standard().withSource(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the chart's source is blank");
  }

  @Test
  void textIsEscaped() {
    Party odd = Party.of("PP2", "Bread & <Roses> \"Party\" 'X'", "B&R");
    Election election =
        org.psephos.ExampleData.electionWith(
            new Party[] {CON, odd}, allOut(WANDSWORTH, comp(CON, 40, odd, 20)));
    Tally tally =
        Tally.of(election).apply(Declaration.builder(WANDSWORTH).won(CON, 20).won(odd, 40).build());
    String text = StandingsChart.standard().withTitle("A & B <C>").svg(tally);
    Document svg = parse(text);

    assertThat(texts(svg, "label")).contains("Bread & <Roses> \"Party\" 'X'");
    assertThat(texts(svg, "title")).containsExactly("A & B <C>");
    assertThat(text).contains("Bread &amp; &lt;Roses&gt; &quot;Party&quot; &#39;X&#39;");
    Document page = parse(StandingsChart.standard().html(tally));
    assertThat(elements(page, XHTML, "td").stream().map(Element::getTextContent))
        .contains("Con 20, B&R 40");
  }

  @Test
  void theSvgIsStandaloneAndSelfContained() {
    String text = StandingsChart.standard().svg(NIGHT);

    assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ").endsWith("</svg>\n");
    assertThat(text).doesNotContain("href", "<script", "<image", "@import", "url(");
    assertThat(text.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http");
  }

  @Test
  void thePageHoldsTheChartAndTheTables() {
    String text = StandingsChart.standard().withSource("a test").html(NIGHT);
    Document page = parse(text);

    assertThat(text).startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"")
        .endsWith("</html>\n");
    assertThat(page.getDocumentElement().getNamespaceURI()).isEqualTo(XHTML);
    assertThat(elements(page, SVG, "svg")).hasSize(1);
    assertThat(elements(page, XHTML, "script")).isEmpty();
    assertThat(elements(page, XHTML, "title").get(0).getTextContent())
        .isEqualTo("Local elections 2018");
    assertThat(elements(page, XHTML, "h1").get(0).getTextContent())
        .isEqualTo("Local elections 2018");
    assertThat(elements(page, XHTML, "caption").stream().map(Element::getTextContent))
        .containsExactly("State of parties", "Councils declared");
    assertThat(rowCells(page, "data-party", "PP52")).containsExactly("1", "\u22121", "44", "\u221235");
    assertThat(rowCells(page, "data-party", "PP53")).containsExactly("0", "", "27", "+7");
    assertThat(rowCells(page, "data-party", "noc")).containsExactly("0", "", "", "");
    assertThat(rowCells(page, "data-council", "E09000027"))
        .containsExactly("Liberal Democrat gain from Conservative", "LD 39, Con 11, Grn 4");
    assertThat(rowCells(page, "data-council", "E09000032"))
        .containsExactly("Conservative hold", "Con 33, Lab 27");
    assertThat(elements(page, XHTML, "p").get(0).getTextContent())
        .isEqualTo("Source: a test. Made with Psephos.");
    assertThat(text).contains("<span class=\"swatch\" style=\"background: #8C564B\"></span>");
  }

  @Test
  void thePageNamesPartiesInOutcomesAsAsked() {
    Document page =
        parse(
            StandingsChart.standard()
                .withPartyNames(PartyNames.adjectives().withOverride("PP90", "Lib Dem"))
                .html(NIGHT));

    assertThat(rowCells(page, "data-council", "E09000027"))
        .startsWith("Lib Dem gain from Conservative");
  }

  @Test
  void aProvisionalDeclarationShowsTheSeatsStillToFill() {
    Tally tally =
        NIGHT.apply(Declaration.builder(BRENT).won(LAB, 50).won(CON, 12).stillToFill(1).build());
    Document page = parse(StandingsChart.standard().html(tally, CouncilFilter.region("London")));

    assertThat(rowCells(page, "data-council", "E09000005"))
        .containsExactly("Labour hold", "Lab 50, Con 12; 1 seat still to fill");
  }

  static List<String> rowCells(Document page, String attribute, String value) {
    Element row =
        elements(page, XHTML, "tr").stream()
            .filter(r -> r.getAttribute(attribute).equals(value))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row " + value));
    NodeList cells = row.getElementsByTagNameNS(XHTML, "td");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < cells.getLength(); i++) {
      texts.add(cells.item(i).getTextContent());
    }
    return texts;
  }

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    assertThat(StandingsChart.DEFAULT_PALETTE)
        .containsExactly("#8C564B", "#17A2B8", "#E377C2", "#A8A81E", "#9467BD", "#616161");
    assertThat(StandingsChart.standard().toString())
        .isEqualTo("StandingsChart[colours=0, title=null, source=null, convention="
            + VoteConvention.defaultConvention() + "]");
  }

  /**
   * Vote shares, from the two wards of {@link ScoreboardWardLinesTest}: Con 1,450 and Lab 2,550 of
   * 4,000 votes (36.25%, 63.75%); like for like Con -1.25, Lab +6.25 and LD -5 points (LD stood
   * before with 200 of 4,000 votes and not now).
   */
  @Test
  void voteSharesGetABarPerPartyWithTheirChangeInPoints() {
    Tally tally = ScoreboardWardLinesTest.twoWardsInTally();
    Document svg = parse(StandingsChart.standard().svg(tally));

    assertThat(texts(svg, "section"))
        .containsExactly("Seats won", "Councils controlled (of 1)",
            "Vote share (top candidate per ward, 2 of 3 wards)");
    assertThat(withClass(svg, "rect", "bar").stream().filter(b -> b.hasAttribute("data-share"))
            .map(b -> b.getAttribute("data-party") + " " + b.getAttribute("data-share") + " "
                + b.getAttribute("data-change") + " " + b.getAttribute("width")))
        // Lab's is the longest bar, 443; Con's 443 * 36.25 / 63.75 = 251.9; LD's none
        .containsExactly("PP52 36.25 -1.25 252", "PP53 63.75 6.25 443", "PP90 0.00 -5.00 0");
    assertThat(texts(svg, "value"))
        .contains("36.3%(−1.3)", "63.8%(+6.3)", "0.0%(−5.0)");

    Document page = parse(StandingsChart.standard().html(tally));
    assertThat(elements(page, XHTML, "caption").stream().map(Element::getTextContent))
        .containsExactly("State of parties", "Vote share (top candidate per ward, 2 of 3 wards)",
            "Councils declared");
    List<Element> shareRows = elementsIn(elements(page, XHTML, "table").get(1), "tr");
    assertThat(shareRows).hasSize(4);
    assertThat(cells(shareRows.get(1))).containsExactly("1,450", "36.3%", "−1.3");
    assertThat(cells(shareRows.get(2))).containsExactly("2,550", "63.8%", "+6.3");
    assertThat(cells(shareRows.get(3))).containsExactly("0", "0.0%", "−5.0");
  }

  @Test
  void anotherConventionNamesItselfAndHasNoChangeWithoutPreviousVotesOfIt() {
    Tally tally = ScoreboardWardLinesTest.twoWardsInTally();
    Document svg =
        parse(StandingsChart.standard().withConvention(VoteConvention.ALL_VOTES).svg(tally));

    assertThat(texts(svg, "section")).contains("Vote share (all votes cast, 2 of 3 wards)");
    List<Element> shares = withClass(svg, "rect", "bar").stream()
        .filter(b -> b.hasAttribute("data-share")).toList();
    assertThat(shares).extracting(b -> b.getAttribute("data-party")).containsExactly("PP52", "PP53");
    assertThat(shares).allSatisfy(b -> assertThat(b.hasAttribute("data-change")).isFalse());
    assertThat(texts(svg, "value")).contains("36.3%", "63.8%");
    Document page =
        parse(StandingsChart.standard().withConvention(VoteConvention.ALL_VOTES).html(tally));
    assertThat(cells(elementsIn(elements(page, XHTML, "table").get(1), "tr").get(1)))
        .containsExactly("1,450", "36.3%", "");
  }

  static List<Element> elementsIn(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagNameNS(XHTML, name);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  static List<String> cells(Element row) {
    return elementsIn(row, "td").stream().map(Element::getTextContent).toList();
  }
}

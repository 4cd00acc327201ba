package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** {@code psephos chart}: the SVG and HTML pictures, parsed as XML, and bad input. */
class ChartCommandTest {
  static final String SVG = "http://www.w3.org/2000/svg";
  static final String XHTML = "http://www.w3.org/1999/xhtml";

  @TempDir Path dir;

  static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
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

  static List<Element> bars(Document document, String figure) {
    List<Element> bars = new ArrayList<>();
    for (Element rect : elements(document, SVG, "rect")) {
      if (rect.getAttribute("class").equals("bar") && rect.hasAttribute(figure)) {
        bars.add(rect);
      }
    }
    return bars;
  }

  private static Element bar(Document document, String figure, String party) {
    return bars(document, figure).stream()
        .filter(b -> b.getAttribute("data-party").equals(party))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + figure + " bar for " + party));
  }

  static List<String> texts(Document document, String cssClass) {
    List<String> texts = new ArrayList<>();
    for (Element text : elements(document, SVG, "text")) {
      if (text.getAttribute("class").equals(cssClass)) {
        texts.add(text.getTextContent());
      }
    }
    return texts;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private Document londonChart() {
    Path svg = dir.resolve("london.svg");
    Cli.Result result = Cli.run("chart", "-o", svg.toString());
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo("Wrote a chart of 32 of 32 councils to " + svg + "\n");
    return parse(read(svg));
  }

  @Test
  void svgHasASeatBarPerPartyWithItsSeatsAndSignedChange() {
    Document svg = londonChart();

    assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo(SVG);
    // the published totals and changes
    String[][] expected = {
      {"PP52", "511", "-92"}, {"PP53", "1123", "67"}, {"PP90", "154", "40"}, {"PP63", "11", "7"},
    };
    for (String[] row : expected) {
      Element bar = bar(svg, "data-seats", row[0]);
      assertThat(bar.getAttribute("data-seats")).as(row[0]).isEqualTo(row[1]);
      assertThat(bar.getAttribute("data-change")).as(row[0]).isEqualTo(row[2]);
    }
    assertThat(texts(svg, "label"))
        .contains("Conservative", "Labour", "Liberal Democrats", "Green", "No overall control");
    // values: figure then the signed change with a true minus sign
    assertThat(texts(svg, "value")).contains("1,123(+67)", "511(\u221292)", "154(+40)");
    assertThat(texts(svg, "title")).containsExactly("London borough elections 2018");
  }

  @Test
  void seatBarsAreInProportionToSeatsWon() {
    Document svg = londonChart();

    double labour = Double.parseDouble(bar(svg, "data-seats", "PP53").getAttribute("width"));
    double conservative = Double.parseDouble(bar(svg, "data-seats", "PP52").getAttribute("width"));
    double libDem = Double.parseDouble(bar(svg, "data-seats", "PP90").getAttribute("width"));
    assertThat(labour).isPositive();
    for (Element bar : bars(svg, "data-seats")) {
      assertThat(Double.parseDouble(bar.getAttribute("width"))).isLessThanOrEqualTo(labour);
    }
    assertThat(conservative / labour).isCloseTo(511.0 / 1123, org.assertj.core.data.Offset.offset(0.01));
    assertThat(libDem / labour).isCloseTo(154.0 / 1123, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void svgHasACouncilBarPerControllingPartyAndNoOverallControl() {
    Document svg = londonChart();

    String[][] expected = {
      {"PP52", "7", "-2"}, {"PP53", "21", "1"}, {"PP90", "3", "2"}, {"noc", "1", "-1"},
    };
    assertThat(bars(svg, "data-councils")).hasSize(4);
    for (String[] row : expected) {
      Element bar = bar(svg, "data-councils", row[0]);
      assertThat(bar.getAttribute("data-councils")).as(row[0]).isEqualTo(row[1]);
      assertThat(bar.getAttribute("data-change")).as(row[0]).isEqualTo(row[2]);
    }
    // council bars are drawn against all 32 councils: Labour's 21 is 21/32 of the track
    Element labour = bar(svg, "data-councils", "PP53");
    Element track = elements(svg, SVG, "rect").stream()
        .filter(r -> r.getAttribute("class").equals("track")).findFirst().orElseThrow();
    assertThat(Double.parseDouble(labour.getAttribute("width"))
            / Double.parseDouble(track.getAttribute("width")))
        .isCloseTo(21.0 / 32, org.assertj.core.data.Offset.offset(0.01));
    assertThat(texts(svg, "section")).containsExactly("Seats won", "Councils controlled (of 32)");
  }

  @Test
  void coloursComeFromTheElectionFileThenTheDefaultPalette() {
    Document svg = londonChart();

    // election.json gives Con #0087DC, Lab #E4003B, LD #FAA61A, Green #02A95B, UKIP #6D3177;
    // Independent, Residents and PATH have none and take the palette in turn.
    assertThat(bar(svg, "data-seats", "PP52").getAttribute("fill")).isEqualTo("#0087DC");
    assertThat(bar(svg, "data-seats", "PP53").getAttribute("fill")).isEqualTo("#E4003B");
    assertThat(bar(svg, "data-seats", "PP90").getAttribute("fill")).isEqualTo("#FAA61A");
    assertThat(bar(svg, "data-seats", "ynmp-party:2").getAttribute("fill")).isEqualTo("#8C564B");
    assertThat(bar(svg, "data-seats", "psephos:residents").getAttribute("fill"))
        .isEqualTo("#17A2B8");
    assertThat(bar(svg, "data-seats", "psephos:path").getAttribute("fill")).isEqualTo("#E377C2");
    assertThat(bar(svg, "data-councils", "noc").getAttribute("fill")).isEqualTo("#B8B8B8");
  }

  @Test
  void svgIsSelfContained() {
    Path svg = dir.resolve("london.svg");
    assertThat(Cli.run("chart", "-o", svg.toString()).exitCode()).isZero();
    String text = read(svg);

    assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ");
    assertThat(text).doesNotContain("href", "<script", "<image", "@import", "url(");
    // the only URI is the SVG namespace
    assertThat(text.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http");
  }

  @Test
  void aPartialNightSaysHowFarTheCountHasGone() {
    Cli.copyLondon(dir);
    Path first10 = Cli.write(dir.resolve("first10.ndjson"), Cli.londonLines().subList(0, 10));
    Path svg = dir.resolve("partial.svg");

    Cli.Result result =
        Cli.run("chart", dir.resolve("election.json").toString(), first10.toString(),
            "-o", svg.toString());

    assertThat(result.exitCode()).isZero();
    Document chart = parse(read(svg));
    // Brent is among the first ten, declared provisionally
    assertThat(texts(chart, "subtitle"))
        .containsExactly("State of parties after 10 of 32 councils declared (1 provisionally);"
            + " seat changes against the seats", "as last fought");
  }

  @Test
  void htmlIsWellFormedXhtmlWithTheChartAndTables() {
    Path html = dir.resolve("london.html");
    Cli.Result result = Cli.run("chart", "--html", "-o", html.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo("Wrote a page of 32 of 32 councils to " + html + "\n");
    String text = read(html);
    assertThat(text).startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"");
    Document page = parse(text);
    assertThat(page.getDocumentElement().getNamespaceURI()).isEqualTo(XHTML);
    assertThat(elements(page, SVG, "svg")).hasSize(1);
    assertThat(bars(page, "data-seats")).isNotEmpty();
    assertThat(elements(page, XHTML, "script")).isEmpty();
    assertThat(elements(page, XHTML, "link")).isEmpty();

    List<Element> rows = elements(page, XHTML, "tr");
    Element labour = rows.stream()
        .filter(r -> r.getAttribute("data-party").equals("PP53")).findFirst().orElseThrow();
    List<String> labourCells = new ArrayList<>();
    NodeList cells = labour.getElementsByTagNameNS(XHTML, "td");
    for (int i = 0; i < cells.getLength(); i++) {
      labourCells.add(cells.item(i).getTextContent());
    }
    assertThat(labour.getTextContent()).startsWith("Labour");
    assertThat(labourCells).containsExactly("21", "+1", "1,123", "+67");

    List<Element> councils = rows.stream().filter(r -> r.hasAttribute("data-council")).toList();
    assertThat(councils).hasSize(32);
    Element kingston = councils.stream()
        .filter(r -> r.getAttribute("data-council").equals("E09000021")).findFirst().orElseThrow();
    assertThat(kingston.getTextContent())
        .startsWith("Kingston upon ThamesLiberal Democrat gain from Conservative");
    assertThat(text).contains("<caption>State of parties</caption>");
  }

  @Test
  void dashWritesTheChartToStandardOutput() {
    Cli.Result result = Cli.run("chart", "-o", "-");

    assertThat(result.exitCode()).isZero();
    assertThat(parse(result.out()).getDocumentElement().getLocalName()).isEqualTo("svg");
  }

  @Test
  void badUsageAndBadFiles() {
    Cli.Result noOutput = Cli.run("chart");
    Path missing = dir.resolve("missing.json");
    Cli.Result noFile = Cli.run("chart", missing.toString(), missing.toString(), "-o", "x.svg");
    Path unwritable = dir.resolve("no-such-folder").resolve("chart.svg");
    Cli.Result cannotWrite = Cli.run("chart", "-o", unwritable.toString());

    assertThat(noOutput.exitCode()).isEqualTo(2);
    assertThat(noOutput.err()).contains("Missing required option: '--output=FILE'");
    assertThat(noFile.exitCode()).isEqualTo(1);
    assertThat(noFile.err()).isEqualTo("psephos chart: " + missing + ": no such file\n");
    assertThat(cannotWrite.exitCode()).isEqualTo(1);
    assertThat(cannotWrite.err()).startsWith("psephos chart: " + unwritable + ": cannot be written");
  }
}

package org.psephos.feeds.pa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.psephos.ControlOutcome;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.Tally;

/** PA's own state of parties after 34 councils, reproduced from PA's own nominations and results. */
class TestFeedReproductionTest {
  private static final String SOP_34 = "Local_Test_SOP_34.xml";

  private static PaFeed feedAtSop34() {
    PaFeed feed = PaFeed.start(Fixtures.election());
    for (PaResult result : Fixtures.firstRevisions()) {
      feed = feed.apply(result).feed();
    }
    return feed;
  }

  private static PaStateOfParties sop34() {
    return (PaStateOfParties) PaReader.read(Fixtures.testFeed().resolve(SOP_34));
  }

  @Test
  void theThirtyFourCouncilsReconcileWithPasStateOfPartiesWithNoDifference() {
    PaFeed feed = feedAtSop34();
    assertThat(feed.tally().councilsDeclared()).isEqualTo(34);
    assertThat(PaStateOfPartiesCheck.reconcile(sop34(), feed.election(), feed.tally())).isEmpty();
  }

  @Test
  void everyResultsOwnChangesNewCouncilAndControlAgreeWithTheTally() {
    assertThat(feedAtSop34().differences()).isEmpty();
  }

  @Test
  void independentOtherControlsTheIsleOfWightAsPaCountsIt() {
    PaFeed feed = feedAtSop34();
    PaElection election = feed.election();
    ControlOutcome outcome =
        feed.tally().outcome(election.council("4849").orElseThrow()).orElseThrow();
    assertThat(outcome.kind()).isEqualTo(ControlOutcome.Kind.GAIN);
    assertThat(outcome.gainedBy()).contains(election.party("661").orElseThrow());
  }

  @Test
  void newcastleUnderLymesSecondRevisionMakesTheReconciliationNonEmpty() {
    PaFeed feed = feedAtSop34();
    PaFeedStep step = feed.apply(Fixtures.result("Local_Test_result_Newcastle_under_Lyme_2.xml"));
    assertThat(step.differences()).isEmpty();
    assertThat(PaStateOfPartiesCheck.reconcile(sop34(), feed.election(), step.feed().tally()))
        .containsExactlyInAnyOrder(
            new PaDifference(SOP_34, "Conservative seatsWon", "181", "177"),
            new PaDifference(SOP_34, "Conservative netChangeInSeats", "-38", "-42"),
            new PaDifference(SOP_34, "Labour seatsWon", "468", "472"),
            new PaDifference(SOP_34, "Labour netChangeInSeats", "-130", "-126"));
  }

  @Test
  void aDeliberatelyAlteredResultIsReportedByItsOwnChecksAndByTheReconciliation() {
    String altered =
        Fixtures.text("Local_Test_result_Bexley_1.xml")
            .replace("revision='1'", "revision='2'")
            .replace("<Party name='C' paId='659' seats='22'/>", "<Party name='C' paId='659' seats='30'/>")
            .replace("<Party name='Lab' paId='662' seats='16'/>", "<Party name='Lab' paId='662' seats='8'/>");
    PaFeed feed = feedAtSop34();
    PaFeedStep step =
        feed.apply((PaResult) PaReader.read("Local_Test_result_Bexley_2.xml", Fixtures.bytes(altered)));
    assertThat(step.differences())
        .contains(
            new PaDifference("Bexley", "Changes C", "-8", "0"),
            new PaDifference("Bexley", "Changes Lab", "+4", "-4"),
            new PaDifference("Bexley", "winningParty", "NOC", "C"),
            new PaDifference("Bexley", "gainOrHold", "lose to NOC", "no change"));
    assertThat(PaStateOfPartiesCheck.reconcile(sop34(), feed.election(), step.feed().tally()))
        .contains(
            new PaDifference(SOP_34, "Conservative totalCouncils", "2", "3"),
            new PaDifference(SOP_34, "Conservative changeInControl", "-2", "-1"),
            new PaDifference(SOP_34, "No Overall Control totalCouncils", "11", "10"));
  }

  @Test
  void theMessageWrittenFromTheTallyValidatesAgainstPasSchemaAndCarriesPasFigures()
      throws Exception {
    PaFeed feed = feedAtSop34();
    String written =
        PaStateOfPartiesWriter.write(feed.election(), feed.tally(), CouncilFilter.all(), "All");
    schema().newValidator().validate(new StreamSource(new StringReader(written)));
    PaStateOfParties read = (PaStateOfParties) PaReader.read("written.xml", Fixtures.bytes(written));
    assertThat(read.numberOfResults()).isEqualTo(34);
    assertThat(read.totalNumberOfCouncils()).isEqualTo(34);
    assertThat(read.councils())
        .extracting(c -> c.paId() + "|" + c.name() + "|" + c.type() + "|" + c.proportion())
        .containsExactlyInAnyOrderElementsOf(
            sop34().councils().stream()
                .map(c -> c.paId() + "|" + c.name() + "|" + c.type() + "|" + c.proportion())
                .toList());
    assertThat(read.parties()).containsExactlyInAnyOrderElementsOf(sop34().parties());
    assertThat(written).contains("changeInControl=\"+1\"");
  }

  /** The worked example of docs/pa-feed.md: Bexley and Basingstoke & Deane, revision 1. */
  @Test
  void theWorkedExampleOfTheDocs() {
    PaElection election = Fixtures.election();
    PaFeed feed = PaFeed.start(election);
    PaFeedStep bexley = feed.apply(Fixtures.result("Local_Test_result_Bexley_1.xml"));
    assertThat(bexley.changed().get(0).outcome().describe()).isEqualTo("Conservative lose to no overall control");
    assertThat(bexley.differences()).isEmpty();
    feed = bexley.feed().apply(Fixtures.result("Local_Test_result_Basingstoke___Deane_1.xml")).feed();
    CouncilFilter both = CouncilFilter.matching("the worked example",
        c -> c.id().equals("pa:4821") || c.id().equals("pa:4766"));
    String written = PaStateOfPartiesWriter.write(election, feed.tally(), both, "All");
    assertThat(written)
        .isEqualTo(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <LocalStateOfParties region="All" numberOfResults="2" totalNumberOfCouncils="2">
              <Election date="2026-05-07" paId="252"/>
              <Parties>
                <Party paId="659" name="Conservative" abbreviation="C" totalCouncils="0" changeInControl="-1" seatsWon="24" netChangeInSeats="-12"/>
                <Party paId="660" name="Green Party" abbreviation="Green" totalCouncils="0" changeInControl="0" seatsWon="1" netChangeInSeats="0"/>
                <Party paId="661" name="Independent/Other" abbreviation="Ind" totalCouncils="0" changeInControl="0" seatsWon="16" netChangeInSeats="+7"/>
                <Party paId="662" name="Labour" abbreviation="Lab" totalCouncils="0" changeInControl="0" seatsWon="19" netChangeInSeats="+5"/>
                <Party paId="664" name="Reform UK" abbreviation="Reform" totalCouncils="0" changeInControl="0" seatsWon="2" netChangeInSeats="+2"/>
                <Party paId="667" name="Liberal Democrat" abbreviation="LD" totalCouncils="0" changeInControl="0" seatsWon="2" netChangeInSeats="-2"/>
                <Party name="No Overall Control" abbreviation="NOC" totalCouncils="2" changeInControl="+1" seatsWon="0" netChangeInSeats="0"/>
              </Parties>
              <CouncilsIncluded>
                <Council name="Basingstoke &amp; Deane" paId="4766" type="Non-Met" proportion="third"/>
                <Council name="Bexley" paId="4821" type="London" proportion="all"/>
              </CouncilsIncluded>
            </LocalStateOfParties>""");
  }

  @Test
  void pasOwnMessageValidatesAgainstTheKeptSchema() throws Exception {
    schema()
        .newValidator()
        .validate(new StreamSource(Fixtures.testFeed().resolve(SOP_34).toFile()));
  }

  @Test
  void aStateOfPartiesNamingACouncilNotDeclaredIsRejected() {
    PaFeed feed = PaFeed.start(Fixtures.election());
    for (PaResult result : Fixtures.firstRevisions().subList(0, 10)) {
      feed = feed.apply(result).feed();
    }
    Tally tally = feed.tally();
    PaElection election = feed.election();
    assertThatThrownBy(() -> PaStateOfPartiesCheck.reconcile(sop34(), election, tally))
        .isInstanceOfSatisfying(
            PaFeedException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PaFeedException.Kind.UNDECLARED_COUNCIL);
              assertThat(e.file()).isEqualTo(SOP_34);
              assertThat(e.elementPath()).startsWith("/LocalStateOfParties/CouncilsIncluded/Council[");
              assertThat(e.getMessage()).contains("has not declared").contains("10 of 34 declared");
            });
  }

  static Schema schema() throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    return factory.newSchema(
        Fixtures.resource("xsd/LocalStateOfParties.xsd").toFile());
  }
}

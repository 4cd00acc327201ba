package org.psephos.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.json.DeclarationStream;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.PsephosJson;
import org.psephos.json.PsephosJsonException;
import org.psephos.json.PublishedDeclaration;
import org.psephos.json.Results;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.Tally;

/**
 * Reading and writing Psephos's JSON documents ({@code docs/format.md}) with the facade {@link
 * PsephosJson}: an election definition, a declaration stream, a declarations document, a results
 * document and a stream line. Every read checks the document against the format and the domain
 * rules and fails with a {@link PsephosJsonException} naming the JSON pointer, line and column of
 * the fault; nothing is returned from a document that fails.
 *
 * <p>Run it ({@code java -cp examples/target/psephos.jar org.psephos.examples.JsonDocuments}) to
 * see the bundled London 2018 data go round.
 */
public final class JsonDocuments {
  private JsonDocuments() {}

  /**
   * Reads the bundled London 2018 documents, writes them in other shapes and reads them back.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Does the round trip, printing what it does.
   *
   * @param out where to print
   * @return the tally of every declaration, read back from a results document
   */
  public static Tally run(PrintStream out) {
    PsephosJson json = PsephosJson.standard();

    // 1. An election definition (psephos.election/1): parties, councils, contests, colours.
    ElectionDefinition definition;
    try (InputStream in = London2018.openElection()) {
      definition = json.readElection(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Election election = definition.election();
    out.println(
        "Read election " + election.id() + ": " + election.councils().size() + " councils, "
            + election.parties().size() + " parties");

    // 2. A declaration stream (one psephos.declaration/1 per line), read one line at a time.
    List<PublishedDeclaration> declarations = new ArrayList<>();
    try (DeclarationStream stream =
        json.declarationStream(election, London2018.openDeclarations())) {
      for (Optional<PublishedDeclaration> next = stream.next();
          next.isPresent();
          next = stream.next()) {
        declarations.add(next.get());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println("Read " + declarations.size() + " declarations from the stream");

    // 3. The same declarations as one document (psephos.declarations/1), and back.
    String document = json.writeDeclarations(election, declarations, PsephosJson.Style.PRETTY);
    List<PublishedDeclaration> again = json.readDeclarations(election, document);
    out.println(
        "Wrote them as a declarations document and read it back: "
            + (again.equals(declarations) ? "the same " + again.size() + " declarations" : "DIFFERENT"));

    // 4. Tally them and write the London results (psephos.results/1): standings and outcomes.
    Tally tally = Tally.of(election);
    for (PublishedDeclaration published : again) {
      tally = tally.apply(published.declaration());
    }
    String results = json.writeResults(tally, CouncilFilter.region("London"), PsephosJson.Style.PRETTY);

    // 5. Read the results back: the tally is rebuilt and every figure checked against it.
    Results read = json.readResults(election, results);
    Party labour = election.party("PP53").orElseThrow();
    out.println(
        "Wrote the London results and read them back: "
            + read.standings().councilsDeclared() + " of " + read.standings().councilsExpected()
            + " councils, Labour "
            + String.format(java.util.Locale.UK, "%,d", read.standings().party(labour)
                .orElseThrow().seatsWon())
            + " seats");

    // 6. One declaration as a line of a stream, as a feed would send it.
    String line = json.writeDeclarationLine(declarations.get(0));
    out.print("The first declaration as a stream line: " + line);

    // 7. A bad line, for a council that is not in the election: the exception says where and why.
    try {
      json.readDeclaration(tally, line.replace("\"E09000002\"", "\"E09000099\""));
      out.println("A bad line was accepted");
    } catch (PsephosJsonException e) {
      out.println("A bad line is refused: " + e.getMessage());
    }
    return read.tally();
  }
}

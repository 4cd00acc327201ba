package org.psephos.examples.cli;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.psephos.examples.London2018;
import org.psephos.examples.WardsSynthetic;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The data sets bundled with the command, used when no file is named. */
enum Example {
  /** The London borough elections of 2018: real results, whole declarations. */
  LONDON_2018(
      "london-2018", London2018::openElection, London2018::openDeclarations,
      "declarations.ndjson"),
  /** A synthetic ward-level night: invented councils, counted ward by ward. */
  WARDS_SYNTHETIC(
      "wards-synthetic", WardsSynthetic::openElection, WardsSynthetic::openResults,
      "results.ndjson");

  private final String id;
  private final Supplier<InputStream> election;
  private final Supplier<InputStream> results;
  private final String resultsFile;

  Example(
      String id, Supplier<InputStream> election, Supplier<InputStream> results,
      String resultsFile) {
    this.id = id;
    this.election = election;
    this.results = results;
    this.resultsFile = resultsFile;
  }

  /** The name on the command line and in messages: {@code london-2018}. */
  String id() {
    return id;
  }

  /** How the election file is named in messages: "bundled london-2018/election.json". */
  String electionName() {
    return "bundled " + id + "/election.json";
  }

  /** How the result stream is named in messages: "bundled london-2018/declarations.ndjson". */
  String resultsName() {
    return "bundled " + id + "/" + resultsFile;
  }

  InputStream openElection() {
    return election.get();
  }

  InputStream openResults() {
    return results.get();
  }

  /** The examples by their names on the command line. */
  static final class Names implements ITypeConverter<Example>, Iterable<String> {
    @Override
    public Example convert(String value) {
      for (Example example : values()) {
        if (example.id.equalsIgnoreCase(value)) {
          return example;
        }
      }
      throw new TypeConversionException(
          "'" + value + "' is not a bundled example; the examples are " + String.join(", ", this));
    }

    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      for (Example example : values()) {
        names.add(example.id);
      }
      return names.iterator();
    }
  }
}

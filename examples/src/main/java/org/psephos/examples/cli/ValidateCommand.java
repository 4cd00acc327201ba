package org.psephos.examples.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.psephos.Election;
import org.psephos.json.DocumentKind;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.JsonLimits;
import org.psephos.tally.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code psephos validate}: checks documents and prints every problem found. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Psephos.Version.class,
    description = {
      "Checks documents against the JSON format (docs/format.md) and the domain rules, and prints"
          + " every problem found, not only the first: on standard error, one line per problem,"
          + " FILE:LINE:COLUMN: reason (at /json/pointer); on standard output, one line per file.",
      "",
      "A file's kind is read from its \"format\" member; a file named *.ndjson or *.jsonl, or"
          + " whose first line is a psephos.declaration/1 or psephos.wardresult/1 document, is a"
          + " result stream and is checked line by line. Declarations, ward results and results are"
          + " checked against their election: give its definition among the FILEs (election files"
          + " are checked first) or with --election. In an election definition each council is"
          + " checked on its own, in a declarations document each declaration, and in a ward"
          + " results document each ward result, so that one fault does not hide another.",
      ""
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every file is valid",
      "1:a problem was found, or a file (--election's too) is missing, unreadable or not a"
          + " document of the format; the declarations and results that needed it are then not"
          + " checked, and say so",
      "2:bad usage: no FILE, an unknown option, or declarations given without any election"
          + " file"
    })
final class ValidateCommand implements Callable<Integer> {
  private final Environment environment;

  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Election definitions, result streams, declarations and ward results documents,"
          + " results documents; or folders of PA Media's local elections XML (nominations and"
          + " results), each checked whole: every file read, every result applied, PA's own"
          + " figures compared with the tally's.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--election",
      paramLabel = "ELECTION",
      description = "The election definition the declarations and results are checked against,"
          + " when it is not among the FILEs.")
  @Nullable Path election;

  ValidateCommand(Environment environment) {
    this.environment = environment;
  }

  /** Checks a PA folder whole; prints its problems and a summary line; returns the count. */
  private static int checkPaFolder(Path folder, PrintWriter out, PrintWriter err) {
    PaFolders.Read read;
    try {
      read = PaFolders.read(folder);
    } catch (BadDataException e) {
      err.println(folder + ": " + e.getMessage());
      out.println(folder + ": not a PA folder");
      return 1;
    }
    for (String problem : read.problems()) {
      err.println(folder + ": " + problem);
    }
    out.println(
        folder + ": PA folder, " + count(read.election().election().councils().size(), "council")
            + ", " + read.feed().tally().councilsDeclared() + " declared: "
            + (read.problems().isEmpty() ? "valid" : count(read.problems().size(), "problem")));
    return read.problems().size();
  }

  /**
   * Checks PA files given one by one (nominations and results) together, as a folder of them;
   * prints their problems and a summary line; returns the count.
   */
  private static int checkPaFiles(List<Path> paFiles, PrintWriter out, PrintWriter err) {
    String name =
        paFiles.get(0)
            + (paFiles.size() == 1 ? "" : " and " + count(paFiles.size() - 1, "more file"));
    PaFolders.Read read;
    try {
      read = PaFolders.readFiles(paFiles);
    } catch (BadDataException e) {
      err.println(e.getMessage());
      out.println(name + ": not PA files");
      return 1;
    }
    for (String problem : read.problems()) {
      err.println(problem);
    }
    out.println(
        name + ": PA files, " + count(read.election().election().councils().size(), "council")
            + ", " + read.feed().tally().councilsDeclared() + " declared: "
            + (read.problems().isEmpty() ? "valid" : count(read.problems().size(), "problem")));
    return read.problems().size();
  }

  /**
   * One input: its name, its bytes (open and at their start, null for a stream, read later, or a
   * file that could not be read) and what it is.
   */
  private static final class Input {
    final Path path;
    final String name;
    @Nullable BufferedInputStream in;
    boolean stream;
    @Nullable DocumentKind kind;
    @Nullable String electionId;
    final List<Problem> problems = new ArrayList<>();
    String summary = "";

    Input(Path path) {
      this.path = path;
      this.name = Inputs.name(path);
    }

    /** The bytes, at their start; an input whose bytes are kept has them. */
    InputStream bytes() {
      return java.util.Objects.requireNonNull(in, "in");
    }

    void close() {
      if (in != null) {
        try {
          in.close();
        } catch (IOException e) {
          // read to the end already; nothing is lost
        }
        in = null;
      }
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DocumentChecks checks = new DocumentChecks();

    List<Input> inputs = new ArrayList<>();
    if (election != null) {
      inputs.add(new Input(election));
    }
    int paProblems = 0;
    List<Path> paFiles = new ArrayList<>();
    for (Path file : files) {
      if (java.nio.file.Files.isDirectory(file)) {
        paProblems += checkPaFolder(file, out, err);
      } else if (PaFolders.isXml(file)) {
        paFiles.add(file);
      } else {
        inputs.add(new Input(file));
      }
    }
    if (!paFiles.isEmpty()) {
      paProblems += checkPaFiles(paFiles, out, err);
    }
    if (inputs.isEmpty()) {
      out.flush();
      err.flush();
      return paProblems == 0 ? 0 : Psephos.BAD_DATA;
    }
    try {
      for (Input input : inputs) {
        classify(input, checks);
      }
      return check(inputs, checks, paProblems, out, err);
    } finally {
      inputs.forEach(Input::close);
    }
  }

  private int check(
      List<Input> inputs, DocumentChecks checks, int paProblems, PrintWriter out, PrintWriter err) {
    boolean needsElection =
        inputs.stream()
            .anyMatch(i -> i.stream || (i.kind != null && i.kind != DocumentKind.ELECTION));
    boolean hasElection = inputs.stream().anyMatch(i -> i.kind == DocumentKind.ELECTION);
    // A file that could not be read as any document (missing, truncated, not JSON) may be the
    // election: its own problem is then the one to report, not a usage error.
    List<String> unreadable = new ArrayList<>();
    for (Input input : inputs) {
      if (input.kind == null && !input.stream) {
        unreadable.add(input.name);
      }
    }
    if (needsElection && !hasElection && unreadable.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "declarations, ward results and results are checked against their election: give its"
              + " definition too, such as: psephos validate election.json declarations.ndjson");
    }

    int problems = paProblems;
    Map<String, ElectionDefinition> elections = new LinkedHashMap<>();
    Map<String, String> invalidElections = new LinkedHashMap<>();
    for (Input input : inputs) {
      if (input.kind != DocumentKind.ELECTION || input.in == null) {
        continue;
      }
      DocumentChecks.ElectionCheck check = checks.checkElection(input.name, input.bytes());
      input.problems.addAll(check.problems());
      ElectionDefinition definition = check.definition();
      if (definition != null) {
        Election e = definition.election();
        elections.putIfAbsent(e.id(), definition);
        input.summary =
            "election definition "
                + e.id()
                + ", "
                + count(e.councils().size(), "council")
                + ", "
                + count(e.parties().size(), "party", "parties");
      } else if (notADocument(check.problems())) {
        // not even well-formed: reported in its place with the other files that are no document
        unreadable.add(input.name);
        input.kind = null;
        continue;
      } else {
        input.summary = "election definition";
        if (input.electionId != null) {
          invalidElections.putIfAbsent(input.electionId, input.name);
        }
      }
      problems += report(input, out, err);
    }
    for (Input input : inputs) {
      if (input.kind == DocumentKind.ELECTION) {
        continue;
      }
      if (input.kind == null && !input.stream) {
        problems += report(input, out, err);
        continue;
      }
      ElectionDefinition definition = electionFor(input, elections);
      if (definition == null) {
        String invalid = input.electionId == null ? null : invalidElections.get(input.electionId);
        if (invalid == null && elections.isEmpty() && !invalidElections.isEmpty()) {
          invalid = invalidElections.values().iterator().next();
        }
        if (invalid != null) {
          out.println(input.name + ": not checked: its election definition " + invalid
              + " has problems");
        } else if (elections.isEmpty() && !unreadable.isEmpty()) {
          out.println(input.name + ": not checked: no election definition could be read ("
              + String.join(", ", unreadable) + " has problems)");
        } else {
          input.problems.add(
              Problem.ofFile(
                  input.name,
                  "no election definition given for election " + input.electionId
                      + "; the elections given are " + String.join(", ", elections.keySet())));
          problems += report(input, out, err);
        }
        continue;
      }
      Tally tally = Tally.of(definition.election());
      if (input.stream) {
        problems += checkStream(input, checks, tally, out, err);
        continue;
      }
      DocumentKind kind = java.util.Objects.requireNonNull(input.kind, "kind");
      try {
        checkDocument(input, kind, checks, tally);
      } catch (java.io.UncheckedIOException | IOException e) {
        input.problems.add(Problem.ofFile(input.name, "cannot be read: " + e.getMessage()));
      }
      if (notADocument(input.problems)) {
        input.summary = "";
      }
      problems += report(input, out, err);
    }
    out.flush();
    err.flush();
    return problems == 0 ? 0 : Psephos.BAD_DATA;
  }

  /** Checks a document of a kind other than an election definition against its tally. */
  private static void checkDocument(
      Input input, DocumentKind kind, DocumentChecks checks, Tally tally) throws IOException {
    switch (kind) {
      case DECLARATIONS:
        input.problems.addAll(checks.checkDeclarations(input.name, input.bytes(), tally));
        input.summary = "declarations document";
        break;
      case WARD_RESULTS:
        input.problems.addAll(checks.checkWardResults(input.name, input.bytes(), tally));
        input.summary = "ward results document";
        break;
      case DECLARATION:
        input.problems.addAll(checks.checkDeclaration(input.name, text(input), tally));
        input.summary = "declaration document";
        break;
      case WARD_RESULT:
        input.problems.addAll(checks.checkWardResult(input.name, text(input), tally));
        input.summary = "ward result document";
        break;
      case WITHDRAWAL:
        input.problems.addAll(checks.checkWithdrawal(input.name, text(input), tally));
        input.summary = "withdrawal document";
        break;
      case POSTPONEMENT:
        input.problems.addAll(checks.checkWithdrawal(input.name, text(input), tally));
        input.summary = "postponement document";
        break;
      case RESULTS:
      default:
        input.problems.addAll(checks.checkResults(input.name, text(input), tally.election()));
        input.summary = "results document";
        break;
    }
  }

  /**
   * A single document's text: one declaration, one ward result or a results document, which the
   * JSON module reads whole (within its length limit); a leading byte order mark dropped.
   */
  private static String text(Input input) throws IOException {
    byte[] bytes = input.bytes().readNBytes((int) JsonLimits.MAX_DOCUMENT_LENGTH + 1);
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Whether problems say that a file is not a well-formed JSON document at all. */
  private static boolean notADocument(List<Problem> problems) {
    return problems.size() == 1 && problems.get(0).malformed();
  }

  /**
   * Reads the head of a file enough to know what it is, keeping the file open at its start for
   * the check; a file that cannot be read, or is no document of the format, gets its problem.
   */
  private void classify(Input input, DocumentChecks checks) {
    BufferedInputStream in = null;
    try {
      in = new BufferedInputStream(Inputs.open(input.path));
      if (Inputs.isStream(input.name, in)) {
        input.stream = true;
        input.electionId = streamElection(in, checks);
        return; // closed below: the check opens the stream again
      }
      in.mark(DocumentChecks.HEAD_LIMIT);
      DocumentChecks.Sniffed sniffed = checks.sniff(in);
      try {
        in.reset();
      } catch (IOException e) {
        input.problems.add(Problem.ofFile(input.name, "its \"format\" member does not come"
            + " before its first array or object within the first "
            + DocumentChecks.HEAD_LIMIT / 1024 + " KiB; validate reads a document's kind there"));
        return;
      }
      if (sniffed.notJson()) {
        input.problems.add(checks.notJson(input.name, in));
      } else if (sniffed.kind() == null) {
        input.problems.add(checks.unknownKind(input.name, sniffed));
      } else if (sniffed.kind() == DocumentKind.COUNT_SHEET) {
        input.problems.add(Problem.ofFile(input.name, "a " + DocumentKind.COUNT_SHEET.format()
            + " document is the output of an STV count, not an input; check it by counting the"
            + " ward's ballot profile again (psephos count WARD.blt --format json)"));
      } else {
        input.kind = sniffed.kind();
        input.electionId = sniffed.electionId();
        input.in = in;
        in = null;
      }
    } catch (BadDataException e) {
      input.problems.add(Problem.ofFile(input.name, reasonOf(e, input.name)));
    } catch (IOException | java.io.UncheckedIOException e) {
      input.problems.add(Problem.ofFile(input.name, "cannot be read: " + e.getMessage()));
    } finally {
      if (in != null) {
        try {
          in.close();
        } catch (IOException e) {
          // nothing more is read from it
        }
      }
    }
  }

  /** The election id on the first line of a stream that is not blank; null if none. */
  private static @Nullable String streamElection(InputStream in, DocumentChecks checks)
      throws IOException {
    String line;
    do {
      byte[] bytes = readLine(in);
      if (bytes == null) {
        return null;
      }
      line = new String(bytes, StandardCharsets.UTF_8);
    } while (line.isBlank());
    return checks.sniff(new java.io.ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)))
        .electionId();
  }

  private static byte @Nullable [] readLine(InputStream in) throws IOException {
    java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
    int b = in.read();
    if (b < 0) {
      return null;
    }
    int length = 0;
    while (b >= 0 && b != '\n' && length <= org.psephos.json.JsonLimits.MAX_LINE_LENGTH) {
      line.write(b);
      length++;
      b = in.read();
    }
    return line.toByteArray();
  }

  private static String reasonOf(BadDataException e, String name) {
    String message = String.valueOf(e.getMessage());
    return message.startsWith(name + ": ") ? message.substring(name.length() + 2) : message;
  }

  private static @Nullable ElectionDefinition electionFor(
      Input input, Map<String, ElectionDefinition> elections) {
    if (input.electionId != null && elections.containsKey(input.electionId)) {
      return elections.get(input.electionId);
    }
    return elections.size() == 1 ? elections.values().iterator().next() : null;
  }

  private int checkStream(
      Input input, DocumentChecks checks, Tally tally, PrintWriter out, PrintWriter err) {
    DocumentChecks.StreamCheck check;
    try {
      check =
          checks.checkStream(
              input.name,
              Inputs.open(input.path),
              tally,
              environment.progress(err),
              problem -> {
                err.println(problem);
                err.flush();
              });
    } catch (BadDataException e) {
      Problem problem = Problem.ofFile(input.name, reasonOf(e, input.name));
      err.println(problem);
      out.println(input.name + ": result stream: 1 problem");
      return 1;
    }
    int found = check.problems().size();
    String valid =
        check.wardResults() == 0
            ? "declaration stream, " + count(check.lines(), "line") + ", "
                + count(check.declarations(), "valid declaration")
            : "result stream, " + count(check.lines(), "line") + ", "
                + count(check.wardResults(), "valid ward result") + ", "
                + count(check.declarations(), "valid declaration");
    out.println(input.name + ": " + valid + ": " + (found == 0 ? "valid" : count(found, "problem")));
    return found;
  }

  /** Prints a file's problems on standard error and its summary line on standard output. */
  private static int report(Input input, PrintWriter out, PrintWriter err) {
    for (Problem problem : input.problems) {
      err.println(problem);
    }
    err.flush();
    int found = input.problems.size();
    String what = input.summary.isEmpty() ? "" : input.summary + ": ";
    out.println(input.name + ": " + what + (found == 0 ? "valid" : count(found, "problem")));
    return found;
  }

  private static String count(long n, String noun) {
    return count(n, noun, noun + "s");
  }

  private static String count(long n, String singular, String plural) {
    return String.format(java.util.Locale.UK, "%,d %s", n, n == 1 ? singular : plural);
  }
}

package org.psephos.stv;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A ward's ballot profile, as councils publish it: the candidates with their party descriptions,
 * the seats, the withdrawn candidates, and every distinct preference sequence with the number of
 * papers marked that way.
 *
 * <p>The rules applied to the papers as marked: a paper's usable preferences stop at the first
 * gap or repeated candidate, and withdrawn candidates are passed over; a paper with no usable
 * first preference is rejected and is not part of the valid vote ({@link #rejectedPapers()}).
 * Sequences that are the same once so reduced are merged, in the order first given.
 *
 * <p>Checked at construction: the seats are at least 1, candidates' names are unique, there are at
 * least as many candidates not withdrawn as seats, every mark names a candidate, and the valid
 * papers number at most {@value #MAX_PAPERS} so that every figure fits exact arithmetic.
 *
 * <p>Equal by title, seats, candidates, withdrawn candidates, ballots and rejected papers.
 * Immutable and thread-safe.
 */
public final class BallotProfile {
  /** The largest number of valid papers counted: keeps every product of two figures in a long. */
  public static final long MAX_PAPERS = 100_000_000L;

  private final String title;
  private final int seats;
  private final List<StvCandidate> candidates;
  private final List<Integer> withdrawn;
  private final List<Ballot> ballots;
  private final long rejectedPapers;
  private final long validPapers;
  /** The ballots' preferences as arrays, for counting; never handed out. */
  private final int[][] sequences;

  private BallotProfile(
      String title,
      int seats,
      List<StvCandidate> candidates,
      List<Integer> withdrawn,
      List<Ballot> ballots,
      long rejectedPapers) {
    this.title = title.strip();
    this.seats = seats;
    this.candidates = List.copyOf(candidates);
    this.withdrawn = List.copyOf(withdrawn);
    this.ballots = List.copyOf(ballots);
    this.rejectedPapers = rejectedPapers;
    String ward = "ward " + (this.title.isEmpty() ? "(untitled)" : this.title);
    if (seats < 1) {
      throw new StvException(ward + ": seats (" + seats + ") must be at least 1");
    }
    Map<String, Integer> names = new LinkedHashMap<>();
    for (StvCandidate candidate : this.candidates) {
      if (names.put(candidate.name(), names.size()) != null) {
        throw new StvException(ward + ": candidate " + candidate.name() + " is listed twice");
      }
    }
    int standing = this.candidates.size() - this.withdrawn.size();
    if (standing < seats) {
      throw new StvException(
          ward + ": " + standing + " candidates standing for " + seats + " seats");
    }
    long valid = 0;
    for (Ballot ballot : this.ballots) {
      for (int preference : ballot.preferences()) {
        if (preference >= this.candidates.size() || this.withdrawn.contains(preference)) {
          throw new StvException(
              ward + ": a ballot of " + ballot.count() + " papers prefers candidate "
                  + (preference + 1) + ", who is not standing (" + this.candidates.size()
                  + " candidates, withdrawn " + numbers(this.withdrawn) + ")");
        }
      }
      valid += ballot.count();
      if (valid > MAX_PAPERS) {
        throw new StvException(
            ward + ": more than " + MAX_PAPERS + " valid papers cannot be counted exactly");
      }
    }
    this.validPapers = valid;
    this.sequences = new int[this.ballots.size()][];
    for (int b = 0; b < sequences.length; b++) {
      List<Integer> preferences = this.ballots.get(b).preferences();
      sequences[b] = new int[preferences.size()];
      for (int i = 0; i < sequences[b].length; i++) {
        sequences[b][i] = preferences.get(i);
      }
    }
  }

  /** The preferences of ballot {@code b}, shared: the caller must not change the array. */
  int[] sequence(int b) {
    return sequences[b];
  }

  private static String numbers(List<Integer> positions) {
    List<Integer> numbers = new ArrayList<>();
    for (int position : positions) {
      numbers.add(position + 1);
    }
    return numbers.toString();
  }

  /**
   * Starts a profile.
   *
   * @param title the ward's name, as the profile's title
   * @param seats the councillors to elect, at least 1
   * @return a builder
   */
  public static Builder builder(String title, int seats) {
    return new Builder(requireNonNull(title, "title"), seats);
  }

  /**
   * Reads a profile in BLT format: the first line {@code candidates seats}; an optional line of
   * withdrawn candidates as negative numbers; one line per distinct ballot, {@code count pref pref
   * ... 0}, where a preference is a 1-based candidate number, {@code -} marks a gap and {@code
   * a=b} an equal ranking (both end the usable preferences); a line {@code 0}; one name per
   * candidate, quoted (a party may follow in inner quotes, as in {@code "Ann SMITH ""Scottish
   * Green Party"""}); and the title, quoted or not. Blank lines and lines starting with {@code #}
   * are ignored.
   *
   * @param blt the text
   * @return the profile
   * @throws StvException if the text is not BLT or the profile it describes is invalid, naming the
   *     line
   */
  public static BallotProfile parseBlt(String blt) {
    return BltParser.parse(requireNonNull(blt, "blt"));
  }

  /**
   * Reads a profile in BLT format from a reader, as {@link #parseBlt(String)}.
   *
   * @param reader the text; read to its end, not closed
   * @return the profile
   * @throws IOException if the reader fails
   * @throws StvException if the text is not BLT or the profile is invalid, naming the line
   */
  public static BallotProfile readBlt(Reader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
      text.append(buffer, 0, read);
    }
    return parseBlt(text.toString());
  }

  /**
   * The ward's name, as given in the profile.
   *
   * @return the title, possibly empty
   */
  public String title() {
    return title;
  }

  /**
   * The councillors to elect.
   *
   * @return the seats, at least 1
   */
  public int seats() {
    return seats;
  }

  /**
   * The candidates in ballot-paper order, withdrawn ones included.
   *
   * @return an unmodifiable list
   */
  public List<StvCandidate> candidates() {
    return candidates;
  }

  /**
   * The withdrawn candidates, as 0-based positions in {@link #candidates()}.
   *
   * @return an unmodifiable list in ascending order
   */
  public List<Integer> withdrawn() {
    return withdrawn;
  }

  /**
   * The distinct usable preference sequences with their counts, in the order first given.
   *
   * @return an unmodifiable list
   */
  public List<Ballot> ballots() {
    return ballots;
  }

  /**
   * The papers rejected for want of a usable first preference.
   *
   * @return the rejected papers, not negative
   */
  public long rejectedPapers() {
    return rejectedPapers;
  }

  /**
   * The valid papers: every paper with a usable first preference.
   *
   * @return the valid vote
   */
  public long validPapers() {
    return validPapers;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof BallotProfile other
        && title.equals(other.title)
        && seats == other.seats
        && candidates.equals(other.candidates)
        && withdrawn.equals(other.withdrawn)
        && ballots.equals(other.ballots)
        && rejectedPapers == other.rejectedPapers;
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, seats, candidates, withdrawn, ballots, rejectedPapers);
  }

  /**
   * A summary: title, seats, candidates and papers, such as {@code "BallotProfile[Calton, 3
   * seats, 10 candidates, 5199 valid papers, 0 rejected]"}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "BallotProfile[" + title + ", " + seats + " seats, " + candidates.size()
        + " candidates, " + validPapers + " valid papers, " + rejectedPapers + " rejected]";
  }

  /** Builds a {@link BallotProfile}; not thread-safe. */
  public static final class Builder {
    /** A mark that ends the usable preferences: a gap or an equal ranking. */
    public static final int GAP = 0;

    private final String title;
    private final int seats;
    private final List<StvCandidate> candidates = new ArrayList<>();
    private final BitSet withdrawn = new BitSet();
    private final List<long[]> papers = new ArrayList<>();

    private Builder(String title, int seats) {
      this.title = title;
      this.seats = seats;
    }

    /**
     * Adds a candidate, next in ballot-paper order.
     *
     * @param name the name, not blank
     * @param party the party description, possibly empty
     * @return this builder
     * @throws StvException if the name is blank
     */
    public Builder candidate(String name, String party) {
      candidates.add(new StvCandidate(requireNonNull(name, "name"), requireNonNull(party, "party")));
      return this;
    }

    /**
     * Withdraws a candidate: passed over on every paper.
     *
     * @param number the candidate's 1-based number in ballot-paper order
     * @return this builder
     * @throws StvException if no candidate has that number
     */
    public Builder withdraw(int number) {
      withdrawn.set(checkNumber(number) - 1);
      return this;
    }

    /**
     * Adds papers marked the same way, by candidates' 1-based numbers in order of preference;
     * {@link #GAP} marks a missing preference.
     *
     * @param count the number of papers, at least 1
     * @param marks the candidates' numbers in order of preference
     * @return this builder
     * @throws StvException if the count is below 1 or a mark names no candidate
     */
    public Builder papers(long count, int... marks) {
      if (count < 1) {
        throw new StvException(
            "ward " + title + ": a ballot's count (" + count + ") must be at least 1");
      }
      long[] paper = new long[marks.length + 1];
      paper[0] = count;
      for (int i = 0; i < marks.length; i++) {
        paper[i + 1] = marks[i] == GAP ? GAP : checkNumber(marks[i]);
      }
      papers.add(paper);
      return this;
    }

    /**
     * Adds papers marked the same way, by candidates' names in order of preference.
     *
     * @param count the number of papers, at least 1
     * @param names the candidates' names in order of preference
     * @return this builder
     * @throws StvException if the count is below 1 or a name is not a candidate's
     */
    public Builder papers(long count, String... names) {
      int[] marks = new int[names.length];
      for (int i = 0; i < names.length; i++) {
        marks[i] = numberOf(names[i]);
      }
      return papers(count, marks);
    }

    private int numberOf(String name) {
      for (int i = 0; i < candidates.size(); i++) {
        if (candidates.get(i).name().equals(name.strip())) {
          return i + 1;
        }
      }
      throw new StvException("ward " + title + ": " + name + " is not a candidate");
    }

    private int checkNumber(int number) {
      if (number < 1 || number > candidates.size()) {
        throw new StvException(
            "ward " + title + ": there is no candidate " + number + " of "
                + candidates.size());
      }
      return number;
    }

    /**
     * Builds the profile, reducing each paper to its usable preferences.
     *
     * @return the profile
     * @throws StvException as {@link BallotProfile} describes
     */
    public BallotProfile build() {
      Map<List<Integer>, Long> counts = new LinkedHashMap<>();
      long rejected = 0;
      for (long[] paper : papers) {
        List<Integer> usable = usable(paper);
        if (usable.isEmpty()) {
          rejected += paper[0];
        } else {
          counts.merge(usable, paper[0], Long::sum);
        }
      }
      List<Ballot> ballots = new ArrayList<>();
      counts.forEach((preferences, count) -> ballots.add(new Ballot(count, preferences)));
      List<Integer> out = new ArrayList<>();
      withdrawn.stream().forEach(out::add);
      return new BallotProfile(title, seats, candidates, out, ballots, rejected);
    }

    private List<Integer> usable(long[] paper) {
      List<Integer> usable = new ArrayList<>();
      BitSet seen = new BitSet();
      for (int i = 1; i < paper.length; i++) {
        int candidate = (int) paper[i] - 1;
        if (paper[i] == GAP || seen.get(candidate)) {
          break;
        }
        seen.set(candidate);
        if (!withdrawn.get(candidate)) {
          usable.add(candidate);
        }
      }
      return Collections.unmodifiableList(usable);
    }
  }
}

package org.psephos.stv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.psephos.Council;
import org.psephos.DataSubject;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.UnknownIdException;
import org.psephos.ward.WardResult;

/**
 * The result sheet of an STV count: the ward, the rules, the valid vote and the quota, every
 * stage, and the candidates elected in order of election.
 *
 * <p>The quota is {@code floor(valid papers / (seats + 1)) + 1} whole votes. Figures are whole
 * numbers of units of 10<sup>-{@link #decimals()}</sup> votes; {@link #votes(long)} turns them
 * into decimals. At every stage the candidates' totals, the non-transferable votes and the loss
 * add up to the valid vote (checked as the count is made).
 *
 * <p>Equal by all components. Immutable and thread-safe.
 */
public final class CountSheet {
  private final BallotProfile profile;
  private final StvRules rules;
  private final long quota;
  private final List<Stage> stages;
  private final List<Integer> elected;

  CountSheet(
      BallotProfile profile, StvRules rules, long quota, List<Stage> stages, List<Integer> elected) {
    this.profile = profile;
    this.rules = rules;
    this.quota = quota;
    this.stages = List.copyOf(stages);
    this.elected = List.copyOf(elected);
  }

  /**
   * The ballot profile counted.
   *
   * @return the profile
   */
  public BallotProfile profile() {
    return profile;
  }

  /**
   * The ward's name.
   *
   * @return the profile's title
   */
  public String title() {
    return profile.title();
  }

  /**
   * The rules the count followed.
   *
   * @return the rules
   */
  public StvRules rules() {
    return rules;
  }

  /**
   * The decimal places of the count's figures.
   *
   * @return {@link StvRules#decimals()}
   */
  public int decimals() {
    return rules.decimals();
  }

  /**
   * The candidates in ballot-paper order; stages refer to them by position.
   *
   * @return an unmodifiable list
   */
  public List<StvCandidate> candidates() {
    return profile.candidates();
  }

  /**
   * The quota, in units.
   *
   * @return the quota
   */
  public long quota() {
    return quota;
  }

  /**
   * The stages, from stage 1 (first preferences).
   *
   * @return an unmodifiable list, not empty
   */
  public List<Stage> stages() {
    return stages;
  }

  /**
   * The candidates elected, as positions in {@link #candidates()}, in order of election.
   *
   * @return an unmodifiable list of {@link BallotProfile#seats()} positions
   */
  public List<Integer> elected() {
    return elected;
  }

  /**
   * The candidates elected, in order of election.
   *
   * @return an unmodifiable list
   */
  public List<StvCandidate> electedCandidates() {
    List<StvCandidate> list = new ArrayList<>();
    for (int c : elected) {
      list.add(profile.candidates().get(c));
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * Each candidate's first preferences: their whole papers at stage 1.
   *
   * @return an unmodifiable list in ballot-paper order
   */
  public List<Long> firstPreferences() {
    List<Long> first = new ArrayList<>();
    long scale = BigDecimal.ONE.movePointRight(decimals()).longValueExact();
    for (long units : stages.get(0).totals()) {
      first.add(units / scale);
    }
    return Collections.unmodifiableList(first);
  }

  /**
   * Every lot drawn, in stage order.
   *
   * @return an unmodifiable list, usually empty
   */
  public List<LotDraw> lots() {
    List<LotDraw> lots = new ArrayList<>();
    for (Stage stage : stages) {
      lots.addAll(stage.lots());
    }
    return Collections.unmodifiableList(lots);
  }

  /**
   * A figure of this sheet as a decimal number of votes.
   *
   * @param units the figure, in units
   * @return the votes, with {@link #decimals()} decimal places
   */
  public BigDecimal votes(long units) {
    return BigDecimal.valueOf(units, decimals());
  }

  /**
   * The sheet as text, laid out as councils publish "votes per stage": per stage, each
   * candidate's change and total, the non-transferable votes, the loss to truncation on its own
   * line, the total, and who was elected or excluded.
   *
   * @return the text, lines ending in {@code \n}
   */
  public String toText() {
    return CountSheetText.render(this, false);
  }

  /**
   * The sheet as text, as {@link #toText()}, optionally with the loss to truncation counted in the
   * non-transferable votes, as some councils' sheets show it.
   *
   * @param lossInNonTransferable whether to show the loss inside the non-transferable votes
   * @return the text, lines ending in {@code \n}
   */
  public String toText(boolean lossInNonTransferable) {
    return CountSheetText.render(this, lossInNonTransferable);
  }

  /**
   * The count as a ward result for the tally: every candidate standing with their party and first
   * preferences as votes, the ballots (valid plus rejected, and rejected), and the candidates
   * elected by this count, so that a Scottish or Northern Irish council tallies as an English
   * one does.
   *
   * @param council the ward's council
   * @param wardId the ward's id, as the council's contest lists it
   * @param parties each candidate's reporting party
   * @return the ward result
   * @throws org.psephos.ElectionDataException as {@link WardResult} describes
   */
  public WardResult toWardResult(
      Council council, String wardId, Function<StvCandidate, Party> parties) {
    WardResult.Builder builder = WardResult.builder(council, wardId, profile.seats());
    List<Long> first = firstPreferences();
    for (int c = 0; c < candidates().size(); c++) {
      if (!profile.withdrawn().contains(c)) {
        StvCandidate candidate = candidates().get(c);
        builder.candidate(
            candidate.name(), parties.apply(candidate), Math.toIntExact(first.get(c)));
      }
    }
    for (StvCandidate candidate : electedCandidates()) {
      builder.electedByTransferableVote(candidate.name());
    }
    return builder
        .ballotsCast(Math.toIntExact(profile.validPapers() + profile.rejectedPapers()))
        .ballotsRejected(Math.toIntExact(profile.rejectedPapers()))
        .build();
  }

  /**
   * The count as a ward result for one of an election's wards, as {@link #toWardResult(Council,
   * String, Function)}, each candidate's party description resolved through the election (a party
   * id, an alias, or a party's name or short name). A candidate with no description whose name
   * ends in one in brackets, as some councils' files give it ({@code "Ron FERGUSON (C)"}), stands
   * for that one.
   *
   * @param election the election
   * @param wardId the ward's id
   * @return the ward result
   * @throws UnknownIdException if no contest of the election lists the ward ({@link
   *     UnknownIdException.Kind#WARD}), or a candidate's description is no party of the election
   *     ({@link UnknownIdException.Kind#PARTY})
   * @throws org.psephos.ElectionDataException as {@link WardResult} describes
   */
  public WardResult toWardResult(Election election, String wardId) {
    Council council =
        election
            .contestOfWard(wardId)
            .orElseThrow(
                () -> new UnknownIdException(
                    UnknownIdException.Kind.WARD,
                    wardId,
                    "ward " + wardId + " is not a ward of any council of election "
                        + election.id(),
                    DataSubject.none().withWard(wardId)))
            .council();
    return toWardResult(council, wardId, candidate -> {
      String description = description(candidate);
      return election.resolveParty(description)
          .orElseThrow(() -> new UnknownIdException(
              UnknownIdException.Kind.PARTY,
              description,
              council.label() + ", ward " + wardId
                  + ": candidate " + candidate.name() + " stands as \"" + description
                  + "\", which is neither a party nor an alias of election " + election.id(),
              DataSubject.council(council).withWard(wardId).withParty(description)
                  .withCandidate(candidate.name())));
    });
  }

  /**
   * A candidate's party description: as the profile gives it; for a candidate with none whose
   * name ends in one in brackets, as some councils' files give it ({@code "Ron FERGUSON (C)"}),
   * that one.
   */
  static String description(StvCandidate candidate) {
    String name = candidate.name();
    if (candidate.party().isEmpty() && name.endsWith(")")) {
      int open = name.lastIndexOf(" (");
      if (open > 0 && open + 2 < name.length() - 1) {
        return name.substring(open + 2, name.length() - 1);
      }
    }
    return candidate.party();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CountSheet other
        && profile.equals(other.profile)
        && rules == other.rules
        && quota == other.quota
        && stages.equals(other.stages)
        && elected.equals(other.elected);
  }

  @Override
  public int hashCode() {
    return Objects.hash(profile, rules, quota, stages, elected);
  }

  /**
   * A summary: ward, rules, quota, stages and the elected, such as {@code "CountSheet[Calton,
   * Scottish rules, quota 1300.00000, 10 stages, elected George Redmond, Alison E Thewliss, Ruth
   * Simpson]"}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    for (StvCandidate candidate : electedCandidates()) {
      names.add(candidate.name());
    }
    return "CountSheet[" + title() + ", " + rules.title() + ", quota " + votes(quota).toPlainString()
        + ", " + stages.size() + " stages, elected " + String.join(", ", names) + "]";
  }
}

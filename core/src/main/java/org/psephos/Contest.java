package org.psephos;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The part of a council up for election on the day.
 *
 * <ul>
 *   <li>{@code contested}: how many seats are up (every seat in an all-out election);
 *   <li>{@code continuing}: the composition of the seats not up, whose holders continue (empty in
 *       an all-out election; it may hold vacancies);
 *   <li>{@code defended}: the last-fought baseline, per party how many of the contested seats it
 *       won when they were last fought; after a boundary change a notional result, so its total may
 *       differ from {@code contested};
 *   <li>{@code previous}: the whole composition going into the election, vacancies included; its
 *       total is the council's size before the election, and control before is decided on it;
 *   <li>{@code wards}: optionally, the wards that elect the contested seats, in the order to keep,
 *       for counting the council ward by ward; empty when the council is tallied from whole
 *       declarations only.
 * </ul>
 *
 * <p><b>No previous result.</b> A contest may have no history (a new council, a first election on
 * new boundaries without notional figures, a historic table): {@code previous} and {@code defended}
 * are then both empty ({@link #hasPreviousResult()} is false), as are its wards' defended seats.
 * Such a council has no control before and no seat changes: its outcome is a win or no overall
 * control, never a hold or a gain, and standings leave it out of every change (see {@link
 * ControlOutcome}). An empty previous composition with defended seats, or defended seats without a
 * previous composition, is rejected: one without the other is not "no previous result".
 *
 * <p>The rules checked at construction: at least one seat is contested; continuing seats plus
 * contested seats equal the council size; defended seats have no vacancies; the continuing
 * councillors are part of the previous composition (no party continues with more seats than it
 * held before, and no more seats continue vacant than were vacant); the previous composition is not
 * empty unless the contest has no previous result (then the continuing seats are not compared with
 * it). {@code previous} and {@code defended} are never assumed equal. When wards are listed: no
 * ward id is listed twice; the wards' seats add up to the seats contested; and the wards' defended
 * seats add up, party by party, to the contest's {@code defended} seats, so that ward-by-ward
 * changes and the council's change agree.
 *
 * <p>Build one with {@link #builder}, which takes {@code previous} and {@code defended} by name
 * (both are {@link Composition}s, so a positional mix-up would compile); the constructors take the
 * components in the order above, {@code defended} before {@code previous}.
 *
 * <p>Equal by all components; {@link #toString} is canonical, since {@link Composition}'s and
 * {@link Ward}'s are. Immutable and thread-safe.
 *
 * @param council the council
 * @param contested the number of seats up for election, at least 1
 * @param continuing the composition of the seats not up
 * @param defended seats per party when the contested seats were last fought (notional after a
 *     boundary change)
 * @param previous the composition on the eve of the election; empty (with {@code defended}) for
 *     no previous result
 * @param wards the wards electing the contested seats, in order; empty if not listed
 */
public record Contest(
    Council council,
    int contested,
    Composition continuing,
    Composition defended,
    Composition previous,
    List<Ward> wards) {

  /**
   * Validates the contest against its council.
   *
   * @param council the council
   * @param contested the number of seats up for election, at least 1
   * @param continuing the composition of the seats not up
   * @param defended the last-fought baseline of the contested seats
   * @param previous the composition on the eve of the election
   * @param wards the wards electing the contested seats, in order; empty if not listed
   * @throws SeatCountException if the seats contested are below 1 or above {@link
   *     Checks#MAX_SEATS}, or the numbers do not add up, naming the council and the numbers
   * @throws InvalidValueException if a ward id is listed twice
   */
  public Contest {
    requireNonNull(council, "council");
    requireNonNull(continuing, "continuing");
    requireNonNull(defended, "defended");
    requireNonNull(previous, "previous");
    wards = List.copyOf(requireNonNull(wards, "wards"));
    String name = council.label();
    DataSubject subject = DataSubject.council(council);
    if (contested < 1) {
      throw new SeatCountException(
          name
              + ": seats contested ("
              + contested
              + (contested < 0 ? ") are negative" : ") must be at least 1"),
          subject,
          contested,
          1);
    }
    Checks.requireAtMost(contested, Checks.MAX_SEATS, name + ": seats contested", "seats", subject);
    // each term is at most MAX_SEATS, so the sum cannot overflow
    if (continuing.total() + contested != council.size()) {
      throw new SeatCountException(
          name
              + ": continuing seats ("
              + continuing.total()
              + ") plus seats contested ("
              + contested
              + ") do not equal the council size ("
              + council.size()
              + ")",
          subject,
          continuing.total() + contested,
          council.size());
    }
    if (defended.vacancies() != 0) {
      throw new SeatCountException(
          name + ": defended seats include vacancies (" + defended.vacancies() + ")",
          subject,
          defended.vacancies(),
          0);
    }
    if (previous.isEmpty() && !defended.isEmpty()) {
      throw new SeatCountException(
          name
              + ": the previous composition is empty but "
              + defended.total()
              + " defended seats are given (a contest with no previous result has neither)",
          subject,
          0,
          1);
    }
    for (Party party : previous.isEmpty() ? List.<Party>of() : continuing.parties()) {
      if (continuing.seats(party) > previous.seats(party)) {
        throw new SeatCountException(
            name
                + ": "
                + party.label()
                + " continues with "
                + continuing.seats(party)
                + " seats but held only "
                + previous.seats(party)
                + " before the election",
            subject.withParty(party.id()),
            continuing.seats(party),
            previous.seats(party));
      }
    }
    if (!previous.isEmpty() && continuing.vacancies() > previous.vacancies()) {
      throw new SeatCountException(
          name
              + ": continuing vacancies ("
              + continuing.vacancies()
              + ") exceed the vacancies before the election ("
              + previous.vacancies()
              + ")",
          subject,
          continuing.vacancies(),
          previous.vacancies());
    }
    if (!wards.isEmpty()) {
      checkWards(council, contested, defended, wards);
    }
  }

  /**
   * A contest without a list of wards, tallied from whole declarations.
   *
   * @param council the council
   * @param contested the number of seats up for election, at least 1
   * @param continuing the composition of the seats not up
   * @param defended the last-fought baseline of the contested seats
   * @param previous the composition on the eve of the election
   * @throws SeatCountException if the seats contested are below 1 or above {@link
   *     Checks#MAX_SEATS}, or the numbers do not add up, naming the council and the numbers
   */
  public Contest(
      Council council,
      int contested,
      Composition continuing,
      Composition defended,
      Composition previous) {
    this(council, contested, continuing, defended, previous, List.of());
  }

  private static void checkWards(
      Council council, int contested, Composition defended, List<Ward> wards) {
    String name = council.label();
    DataSubject subject = DataSubject.council(council);
    Set<String> ids = new HashSet<>();
    // sums as long: many wards of up to MAX_SEATS seats each must not wrap before they are compared
    long seats = 0;
    Map<String, Party> parties = new LinkedHashMap<>();
    Map<String, Long> defendedById = new LinkedHashMap<>();
    for (Party party : defended.parties()) {
      parties.put(party.id(), party);
      defendedById.put(party.id(), 0L);
    }
    for (Ward ward : wards) {
      requireNonNull(ward, "ward");
      if (!ids.add(ward.id())) {
        throw new InvalidValueException(
            InvalidValueException.Problem.DUPLICATE,
            "ward id",
            name + ": ward " + ward.label() + " is listed twice",
            subject.withWard(ward.id()));
      }
      seats += ward.seats();
      for (Map.Entry<Party, Integer> entry : ward.defended().asMap().entrySet()) {
        Party party = entry.getKey();
        Party sameId = parties.putIfAbsent(party.id(), party);
        if (sameId != null && !sameId.equals(party)) {
          throw new InvalidValueException(
              InvalidValueException.Problem.DUPLICATE,
              "party id",
              name + ": ward " + ward.label() + " names " + party + ", which differs from "
                  + sameId,
              subject.withWard(ward.id()).withParty(party.id()));
        }
        defendedById.merge(party.id(), (long) entry.getValue(), Long::sum);
      }
    }
    if (seats != contested) {
      throw new SeatCountException(
          name
              + ": the wards' seats ("
              + seats
              + ") do not equal seats contested ("
              + contested
              + ")",
          subject,
          seats,
          contested);
    }
    for (Map.Entry<String, Long> entry : defendedById.entrySet()) {
      Party party = parties.get(entry.getKey());
      int contestSeats = party == null ? 0 : defended.seats(party);
      if (party != null && entry.getValue() != contestSeats) {
        throw new SeatCountException(
            name
                + ": the wards' defended seats of "
                + party.label()
                + " add up to "
                + entry.getValue()
                + ", not the contest's "
                + contestSeats,
            subject.withParty(party.id()),
            entry.getValue(),
            contestSeats);
      }
    }
  }

  /**
   * A builder of a contest, whose compositions are given by name so that {@code previous} and
   * {@code defended} (both {@link Composition}s) cannot be swapped by position. Without {@link
   * Builder#continuing} the contest is all-out; without {@link Builder#contested} the seats
   * contested are the council's size less the continuing seats.
   *
   * @param council the council
   * @return an empty builder
   */
  public static Builder builder(Council council) {
    return new Builder(requireNonNull(council, "council"));
  }

  /**
   * A copy of this contest listing its wards, replacing any listed before.
   *
   * @param wardsInOrder the wards, in the order to keep; their seats add up to the seats contested
   *     and their defended seats to the contest's defended seats
   * @return the copy
   * @throws SeatCountException if the seats or the defended seats do not add up
   * @throws InvalidValueException if a ward id is listed twice
   */
  public Contest withWards(List<Ward> wardsInOrder) {
    return new Contest(council, contested, continuing, defended, previous, wardsInOrder);
  }

  /**
   * A copy of this contest listing its wards, replacing any listed before.
   *
   * @param wardsInOrder the wards, in the order to keep
   * @return the copy
   * @throws SeatCountException if the seats or the defended seats do not add up
   * @throws InvalidValueException if a ward id is listed twice
   */
  public Contest withWards(Ward... wardsInOrder) {
    return withWards(List.of(wardsInOrder));
  }

  /**
   * Whether the contest lists its wards, so that the council can be counted ward by ward.
   *
   * @return true if at least one ward is listed
   */
  public boolean hasWards() {
    return !wards.isEmpty();
  }

  /**
   * A ward of this contest, by id.
   *
   * @param wardId the ward id
   * @return the ward, or empty if the contest lists no ward with that id
   */
  public Optional<Ward> ward(String wardId) {
    requireNonNull(wardId, "wardId");
    for (Ward ward : wards) {
      if (ward.id().equals(wardId)) {
        return Optional.of(ward);
      }
    }
    return Optional.empty();
  }

  /**
   * The ids of the listed wards, in order.
   *
   * @return an unmodifiable list
   */
  public List<String> wardIds() {
    List<String> ids = new ArrayList<>(wards.size());
    for (Ward ward : wards) {
      ids.add(ward.id());
    }
    return java.util.Collections.unmodifiableList(ids);
  }

  /**
   * Whether the contest has a previous result: a previous composition (and so a control before)
   * and defended seats to measure seat changes against. False for a new council or one without
   * history, whose {@link #previous()} and {@link #defended()} are empty.
   *
   * @return true if the previous composition is given
   */
  public boolean hasPreviousResult() {
    return !previous.isEmpty();
  }

  /**
   * A contest with no previous result: no previous composition and no defended seats (a new
   * council, new boundaries without notional figures, a historic table).
   *
   * @param council the council
   * @param contested the number of seats up for election, at least 1
   * @param continuing the composition of the seats not up
   * @param wards the wards electing the contested seats, in order, with no defended seats; empty
   *     if not listed
   * @return the contest
   * @throws SeatCountException if the numbers do not add up, naming the council and the numbers
   * @throws InvalidValueException if a ward id is listed twice
   */
  public static Contest withoutPreviousResult(
      Council council, int contested, Composition continuing, List<Ward> wards) {
    return new Contest(
        council, contested, continuing, Composition.empty(), Composition.empty(), wards);
  }

  /**
   * Whether every seat is up.
   *
   * @return true for an all-out election
   */
  public boolean isAllOut() {
    return continuing.isEmpty();
  }

  /**
   * The pre-election baseline of the contested seats: the previous composition less the continuing
   * seats, vacancies excluded, that is the contested seats as held on the eve of the poll
   * (by-elections and defections counted); empty for a contest with no previous result.
   *
   * @return the pre-election baseline
   */
  public Composition preElection() {
    if (!hasPreviousResult()) {
      return Composition.empty();
    }
    return previous.minus(continuing).withVacancies(0);
  }

  /**
   * Builds a {@link Contest} by named steps; not thread-safe. {@link #previous} and {@link
   * #defended} are required, unless {@link #noPreviousResult} is called instead of both.
   */
  public static final class Builder {
    private final Council council;
    private Composition continuing = Composition.empty();
    private @Nullable Composition previous;
    private @Nullable Composition defended;
    private @Nullable Integer contested;
    private List<Ward> wards = List.of();
    private boolean noPreviousResult;

    private Builder(Council council) {
      this.council = council;
    }

    /**
     * Declares that the contest has no previous result: neither a previous composition nor
     * defended seats (see {@link Contest#hasPreviousResult()}).
     *
     * @return this builder
     */
    public Builder noPreviousResult() {
      this.noPreviousResult = true;
      return this;
    }

    /**
     * Sets the composition on the eve of the election, vacancies included.
     *
     * @param composition the previous composition; its total is the council's size before
     * @return this builder
     */
    public Builder previous(Composition composition) {
      this.previous = requireNonNull(composition, "composition");
      return this;
    }

    /**
     * Sets the last-fought baseline of the contested seats (notional after a boundary change).
     *
     * @param composition seats per party when the contested seats were last fought
     * @return this builder
     */
    public Builder defended(Composition composition) {
      this.defended = requireNonNull(composition, "composition");
      return this;
    }

    /**
     * Sets the composition of the seats not up (by thirds or halves); empty if not set.
     *
     * @param composition the continuing seats, vacancies included
     * @return this builder
     */
    public Builder continuing(Composition composition) {
      this.continuing = requireNonNull(composition, "composition");
      return this;
    }

    /**
     * Sets the number of seats up; if not set, the council's size less the continuing seats.
     *
     * @param seats the seats contested
     * @return this builder
     */
    public Builder contested(int seats) {
      this.contested = seats;
      return this;
    }

    /**
     * Sets the wards electing the contested seats, in order; none if not set.
     *
     * @param wardsInOrder the wards
     * @return this builder
     */
    public Builder wards(List<Ward> wardsInOrder) {
      this.wards = List.copyOf(wardsInOrder);
      return this;
    }

    /**
     * Builds the contest.
     *
     * @return the contest
     * @throws IllegalStateException if the previous composition or the defended seats were not set
     *     (and {@link #noPreviousResult} was not called), or were set after it was
     * @throws SeatCountException if the numbers do not add up, naming the council and the numbers
     * @throws InvalidValueException if a ward id is listed twice
     */
    public Contest build() {
      if (noPreviousResult) {
        if (previous != null || defended != null) {
          throw new IllegalStateException(
              council.label() + ": a contest with no previous result has neither a previous"
                  + " composition nor defended seats");
        }
        int seats = contested != null ? contested : council.size() - continuing.total();
        return new Contest(
            council, seats, continuing, Composition.empty(), Composition.empty(), wards);
      }
      if (previous == null || defended == null) {
        throw new IllegalStateException(
            council.label() + ": a contest needs both its previous composition and its defended"
                + " seats");
      }
      int seats = contested != null ? contested : council.size() - continuing.total();
      return new Contest(council, seats, continuing, defended, previous, wards);
    }
  }
}

package org.psephos.tally;

import static org.psephos.tally.ElectionGenerators.between;
import static org.psephos.tally.ElectionGenerators.oneIn;
import static org.psephos.tally.ElectionGenerators.pick;
import static org.psephos.tally.ElectionGenerators.shuffle;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.psephos.ConflictingResultException;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.ElectionDataException;
import org.psephos.Party;
import org.psephos.SeatCountException;
import org.psephos.UnknownIdException;
import org.psephos.Ward;
import org.psephos.testkit.WardNight;
import org.psephos.testkit.WardNightGenerator;
import org.psephos.ward.Candidate;
import org.psephos.ward.WardResult;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators of the testkit's ward-level nights ({@link WardNightGenerator}:
 * elections whose contests list their wards, nights of ward results with superseded results and
 * whole declarations), each drawn from a seed that QuickTheories draws; plus invalid ward results
 * of known kinds, which only Psephos's own tests need.
 */
final class WardGenerators {
  private static final WardNightGenerator GENERATOR = WardNightGenerator.withDefaults();

  private WardGenerators() {}

  /** The tally of a night's current inputs: its whole declarations, then its current results. */
  static Tally tally(WardNight night, Tally empty) {
    return empty.applyAll(night.wholes()).applyWardResults(night.current());
  }

  /** The kinds of invalid ward result {@link #invalidResults} makes. */
  enum Invalid {
    UNKNOWN_COUNCIL(UnknownIdException.class),
    COUNCIL_DIFFERING_FROM_ELECTIONS(UnknownIdException.class),
    UNKNOWN_WARD(UnknownIdException.class),
    ANOTHER_COUNCILS_WARD(UnknownIdException.class),
    WARD_OF_A_COUNCIL_WITHOUT_WARDS(UnknownIdException.class),
    SEATS_MISMATCH(SeatCountException.class),
    UNKNOWN_PARTY(UnknownIdException.class),
    COUNCIL_HELD_WHOLE(ConflictingResultException.class);

    final Class<? extends ElectionDataException> rejectedWith;

    Invalid(Class<? extends ElectionDataException> rejectedWith) {
      this.rejectedWith = rejectedWith;
    }
  }

  /**
   * A ward result a tally rejects; for {@link Invalid#COUNCIL_HELD_WHOLE}, {@code wholeFirst} is the
   * whole declaration to apply before it.
   */
  record InvalidResult(Invalid kind, WardResult result, @Nullable Declaration wholeFirst) {
    @Override
    public String toString() {
      return kind + ": " + result + (wholeFirst == null ? "" : " after " + wholeFirst);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Generators

  /** Random nights of ward results: the testkit's night of a seed QuickTheories draws. */
  static Gen<WardNight> nights() {
    Gen<WardNight> nights = in -> GENERATOR.night(ElectionGenerators.seed(in));
    return nights.describedAs(WardNight::toString);
  }

  /** A ward result of the night's election that a tally holding the night rejects. */
  static Gen<InvalidResult> invalidResults(WardNight night) {
    return in -> invalidResult(in, night.election());
  }

  /** A permutation of a list. */
  static <T> Gen<List<T>> permutations(List<T> list) {
    return in -> shuffle(in, list);
  }

  /** A random order of a night's ward results in which each ward's results keep their order. */
  static Gen<List<WardResult>> interleavedArrivals(WardNight night) {
    return in -> WardNightGenerator.rearrived(ElectionGenerators.seed(in), night.arrivals());
  }

  /** A valid result for a ward of a council: the testkit's of a seed QuickTheories draws. */
  static WardResult wardResult(
      RandomnessSource in, Council council, Ward ward, List<Party> parties) {
    return GENERATOR.wardResult(ElectionGenerators.seed(in), council, ward, parties);
  }

  static InvalidResult invalidResult(RandomnessSource in, Election election) {
    List<Contest> warded = new ArrayList<>();
    List<Contest> plain = new ArrayList<>();
    for (Contest contest : election.contests()) {
      (contest.hasWards() ? warded : plain).add(contest);
    }
    List<Invalid> kinds = new ArrayList<>(List.of(Invalid.UNKNOWN_COUNCIL));
    if (!warded.isEmpty()) {
      kinds.addAll(
          List.of(
              Invalid.COUNCIL_DIFFERING_FROM_ELECTIONS,
              Invalid.UNKNOWN_WARD,
              Invalid.SEATS_MISMATCH,
              Invalid.UNKNOWN_PARTY,
              Invalid.COUNCIL_HELD_WHOLE));
    }
    if (warded.size() >= 2) {
      kinds.add(Invalid.ANOTHER_COUNCILS_WARD);
    }
    if (!warded.isEmpty() && !plain.isEmpty()) {
      kinds.add(Invalid.WARD_OF_A_COUNCIL_WITHOUT_WARDS);
    }
    Invalid kind = pick(in, kinds);
    if (kind == Invalid.UNKNOWN_COUNCIL) {
      Council nowhere =
          Council.of("W06999999", "Nowhere", CouncilType.WELSH_PRINCIPAL_AREA, "Wales", 3);
      return new InvalidResult(
          kind, WardResult.builder(nowhere, "W05999999", 1).unopposed("A", election.parties().get(0)).build(), null);
    }
    Contest contest = pick(in, warded);
    Council council = contest.council();
    Ward ward = pick(in, contest.wards());
    List<Party> parties = election.parties();
    WardResult valid = wardResult(in, council, ward, parties);
    switch (kind) {
      case COUNCIL_DIFFERING_FROM_ELECTIONS -> {
        Council other =
            new Council(
                council.id(),
                council.name(),
                council.type(),
                council.region(),
                council.size() + between(in, 1, 5));
        return new InvalidResult(kind, rebuild(valid, other, ward.id(), ward.seats()), null);
      }
      case UNKNOWN_WARD -> {
        return new InvalidResult(kind, rebuild(valid, council, "E05999999", ward.seats()), null);
      }
      case ANOTHER_COUNCILS_WARD -> {
        Contest other = pick(in, warded);
        while (other.equals(contest)) {
          other = pick(in, warded);
        }
        Ward theirs = pick(in, other.wards());
        return new InvalidResult(
            kind, wardResult(in, council, theirs, parties), null);
      }
      case WARD_OF_A_COUNCIL_WITHOUT_WARDS -> {
        Council without = pick(in, plain).council();
        return new InvalidResult(kind, wardResult(in, without, ward, parties), null);
      }
      case SEATS_MISMATCH -> {
        int seats = ward.seats() + (ward.seats() > 1 && oneIn(in, 2) ? -1 : between(in, 1, 2));
        return new InvalidResult(kind, rebuild(valid, council, ward.id(), seats), null);
      }
      case UNKNOWN_PARTY -> {
        WardResult.Builder builder = WardResult.builder(council, ward.id(), ward.seats());
        builder.unopposed("Stranger", ElectionGenerators.NOT_STANDING);
        return new InvalidResult(kind, builder.build(), null);
      }
      case COUNCIL_HELD_WHOLE -> {
        Declaration whole =
            ElectionGenerators.declarations(election, contest).generate(in);
        return new InvalidResult(kind, valid, whole);
      }
      default -> throw new AssertionError(kind);
    }
  }

  /**
   * The same candidates as an uncontested result for another council, ward or number of seats:
   * enough seats for them all, so that the count itself stays valid.
   */
  private static WardResult rebuild(WardResult result, Council council, String wardId, int seats) {
    WardResult.Builder builder = WardResult.builder(council, wardId, Math.max(1, seats));
    int n = 0;
    for (Candidate candidate : result.candidates()) {
      if (n++ < Math.max(1, seats)) {
        builder.unopposed(candidate.name(), candidate.party());
      }
    }
    return builder.build();
  }
}

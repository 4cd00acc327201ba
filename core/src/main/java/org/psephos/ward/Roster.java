package org.psephos.ward;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.psephos.DataSubject;
import org.psephos.InvalidValueException;

/**
 * The candidates of one ward by identity: each candidate's id where given, otherwise their name
 * (as names are matched, {@link WardResult#key}) and party. Checks that no identity is listed
 * twice, and resolves the references of drawn winners and STV winners: a reference is a
 * candidate's id, or a name that exactly one candidate of the ward bears.
 *
 * <p>A ward's few candidates are compared pair by pair, without a map; more than {@link #PAIRWISE}
 * are indexed by identity. The indexes by id and by name that references are resolved with are
 * made only when a reference is resolved (most wards have none).
 */
final class Roster {
  /** The most candidates compared pair by pair; more are indexed by identity. */
  static final int PAIRWISE = 24;

  private final List<Candidate> candidates;
  private @Nullable Map<String, Candidate> byId;
  private @Nullable Map<String, List<Candidate>> byName;

  /**
   * Checks the candidates, throwing for an identity listed twice: for each candidate in order, the
   * first earlier candidate of the same identity is reported.
   *
   * @param where the council and ward, for a message
   * @param subject the council and ward, for the exception's facts
   * @throws InvalidValueException if two candidates share an id, or two without an id share a
   *     name and party
   */
  Roster(Supplier<String> where, List<Candidate> candidates, Supplier<DataSubject> subject) {
    this.candidates = candidates;
    int n = candidates.size();
    if (n > PAIRWISE) {
      indexed(where, subject);
      return;
    }
    String[] keys = new String[n];
    for (int j = 1; j < n; j++) {
      Candidate candidate = candidates.get(j);
      boolean withId = candidate.id().isPresent();
      for (int i = 0; i < j; i++) {
        Candidate earlier = candidates.get(i);
        if (earlier.id().isPresent() != withId) {
          continue;
        }
        if (withId) {
          if (earlier.id().get().equals(candidate.id().get())) {
            throw duplicateId(where, subject, earlier, candidate);
          }
        } else if (earlier.party().id().equals(candidate.party().id())
            && key(keys, i).equals(key(keys, j))) {
          throw duplicateName(where, subject, candidate);
        }
      }
    }
  }

  /** The name key of candidate {@code i}, made once. */
  private String key(String[] keys, int i) {
    String key = keys[i];
    if (key == null) {
      key = WardResult.key(candidates.get(i).name());
      keys[i] = key;
    }
    return key;
  }

  /** Checks many candidates through maps by identity. */
  private void indexed(Supplier<String> where, Supplier<DataSubject> subject) {
    Map<String, Candidate> ids = new HashMap<>();
    Map<String, Candidate> byNameAndParty = new HashMap<>();
    for (Candidate candidate : candidates) {
      if (candidate.id().isPresent()) {
        Candidate earlier = ids.putIfAbsent(candidate.id().get(), candidate);
        if (earlier != null) {
          throw duplicateId(where, subject, earlier, candidate);
        }
      } else {
        String key = WardResult.key(candidate.name()) + '\u0000' + candidate.party().id();
        if (byNameAndParty.putIfAbsent(key, candidate) != null) {
          throw duplicateName(where, subject, candidate);
        }
      }
    }
  }

  private static InvalidValueException duplicateId(
      Supplier<String> where, Supplier<DataSubject> subject, Candidate earlier,
      Candidate candidate) {
    return new InvalidValueException(
        InvalidValueException.Problem.DUPLICATE,
        "candidate id",
        where.get() + ": candidate id " + candidate.id().orElseThrow() + " is listed twice ("
            + earlier.label() + " and " + candidate.label() + ")",
        subject.get().withCandidate(candidate.name()));
  }

  private static InvalidValueException duplicateName(
      Supplier<String> where, Supplier<DataSubject> subject, Candidate candidate) {
    return new InvalidValueException(
        InvalidValueException.Problem.DUPLICATE,
        "candidate name",
        where.get() + ": candidate " + candidate.name() + " is listed twice ("
            + candidate.party().name() + "); namesakes of one party need ids to tell them"
            + " apart",
        subject.get().withCandidate(candidate.name()));
  }

  /**
   * The candidates a reference may mean: the one with that id; else those bearing that name
   * (ignoring case and runs of white space): none, one, or several namesakes.
   */
  List<Candidate> matches(String reference) {
    Map<String, Candidate> ids = byId;
    Map<String, List<Candidate>> names = byName;
    if (ids == null || names == null) {
      ids = new HashMap<>();
      names = new HashMap<>();
      for (Candidate candidate : candidates) {
        if (candidate.id().isPresent()) {
          ids.putIfAbsent(candidate.id().get(), candidate);
        }
        names.computeIfAbsent(WardResult.key(candidate.name()), k -> new ArrayList<>(1))
            .add(candidate);
      }
      byId = ids;
      byName = names;
    }
    Candidate withId = ids.get(reference);
    if (withId != null) {
      return List.of(withId);
    }
    return names.getOrDefault(WardResult.key(reference), List.of());
  }

  /** The words for a reference that names several candidates, for a message. */
  static String ambiguous(String reference, List<Candidate> namesakes) {
    List<String> labels = new ArrayList<>();
    for (Candidate candidate : namesakes) {
      labels.add(candidate.label());
    }
    return reference + " names " + namesakes.size() + " candidates (" + String.join(", ", labels)
        + "); name each by id";
  }
}

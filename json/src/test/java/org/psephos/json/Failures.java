package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.Predicate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.psephos.json.PsephosJsonException.Kind;

/** The module's exception of a kind, caught. */
final class Failures {
  private Failures() {}

  /** The exception a call throws, which must be the module's of the kind. */
  static PsephosJsonException caught(Kind kind, ThrowingCallable call) {
    PsephosJsonException thrown = catchThrowableOfType(PsephosJsonException.class, call);
    assertThat(thrown).as("the module's exception").isNotNull();
    assertThat(thrown.kind()).as(thrown.getMessage()).isEqualTo(kind);
    return thrown;
  }

  /** Whether a throwable is the module's exception of the kind. */
  static Predicate<Object> kind(Kind kind) {
    return thrown -> thrown instanceof PsephosJsonException e && e.kind() == kind;
  }
}

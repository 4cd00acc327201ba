package org.psephos.json.codec;

import org.jspecify.annotations.Nullable;
import org.psephos.ElectionDataException;
import org.psephos.UnknownIdException;
import org.psephos.json.PsephosJsonException;
import org.psephos.json.PsephosJsonException.Kind;

/** Where a value is in a document: its JSON pointer and the line and column it starts at. */
interface Where {
  String pointer();

  long line();

  int column();

  /** The module's exception for a fault of the value here. */
  default PsephosJsonException fail(Kind kind, String reason, @Nullable Throwable cause) {
    return new PsephosJsonException(kind, reason, pointer(), line(), column(), cause);
  }

  /** Runs a core factory, reporting its validation failure here. */
  default <T> T core(java.util.function.Supplier<T> factory) {
    try {
      return factory.get();
    } catch (ElectionDataException e) {
      throw invalid(e);
    }
  }

  /** The module's exception for core's validation failure of the value here. */
  default PsephosJsonException invalid(ElectionDataException e) {
    return fail(e instanceof UnknownIdException ? Kind.UNKNOWN_REFERENCE : Kind.INVALID_VALUE,
        String.valueOf(e.getMessage()), e);
  }

  /** A place remembered for a failure found later. */
  record Place(String pointer, long line, int column) implements Where {}
}

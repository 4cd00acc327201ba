package org.psephos.json;

import org.jspecify.annotations.Nullable;

/**
 * Where an election definition's data comes from: its source and the licence it is used under,
 * each optional. Neither affects the tally.
 *
 * <p>Equal by both components. Immutable and thread-safe.
 *
 * @param source where the data was taken from, or null
 * @param licence the licence or terms of use, or null
 */
public record Metadata(@Nullable String source, @Nullable String licence) {
  private static final Metadata NONE = new Metadata(null, null);

  /**
   * No metadata.
   *
   * @return metadata without source or licence
   */
  public static Metadata none() {
    return NONE;
  }

  /**
   * Whether neither source nor licence is given; such metadata is not written.
   *
   * @return true if both are null
   */
  public boolean isEmpty() {
    return source == null && licence == null;
  }
}

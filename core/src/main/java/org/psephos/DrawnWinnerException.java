package org.psephos;

/**
 * Thrown when the winners drawn by lot do not fit the count: a drawn winner who is not among the
 * candidates tied for the last seat, too many or too few drawn winners for the seats tied, a
 * winner drawn twice, or a drawn winner where there was no tie to break.
 */
public class DrawnWinnerException extends ElectionDataException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with its message.
   *
   * @param message what is wrong, naming the ward and the candidates
   */
  public DrawnWinnerException(String message) {
    super(message);
  }
}

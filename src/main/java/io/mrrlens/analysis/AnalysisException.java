package io.mrrlens.analysis;

/** The books cannot be analysed as asked (bad input data), with what to do about it. */
public final class AnalysisException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String fix;

  public AnalysisException(String message, String fix) {
    super(message);
    this.fix = fix;
  }

  /** What the user can do about it. */
  public String fix() {
    return fix;
  }
}

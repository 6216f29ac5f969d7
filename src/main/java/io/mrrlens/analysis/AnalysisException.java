package io.mrrlens.analysis;

import io.mrrlens.model.Problem;

/** The books cannot be analysed as asked (bad input data), with what to do about it. */
public final class AnalysisException extends Problem {
  private static final long serialVersionUID = 1L;

  public AnalysisException(String message, String fix) {
    super(Kind.DATA, message, fix);
  }
}

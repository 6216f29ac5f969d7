package io.mrrlens.importing;

import io.mrrlens.model.Rejection;
import java.util.List;

/**
 * Rows were rejected under the {@code fail} policy: the run stops after all files were read, with
 * every rejected value.
 */
public final class RejectedRowsException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Rejection> rejections;
  private final long rejectedRows;

  public RejectedRowsException(List<Rejection> rejections, long rejectedRows) {
    super(rejections.size() + " problems in " + rejectedRows + " rows");
    this.rejections = List.copyOf(rejections);
    this.rejectedRows = rejectedRows;
  }

  /** Every rejected value, in file and line order. */
  public List<Rejection> rejections() {
    return rejections;
  }

  /**
   * True when every rejected value is about the decimal mark (a value that is ambiguous, or written
   * with the other mark than the one set): the fix is a setting, not the cells.
   */
  public boolean decimalMarkOnly() {
    return !rejections.isEmpty() && decimalMarkProblems() == rejections.size();
  }

  /** How many rejected values are about the decimal mark. */
  public long decimalMarkProblems() {
    return rejections.stream().filter(r -> DecimalParser.isMarkProblem(r.problem())).count();
  }

  /** The number of rows rejected. */
  public long rejectedRows() {
    return rejectedRows;
  }
}

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

  /** The number of rows rejected. */
  public long rejectedRows() {
    return rejectedRows;
  }
}

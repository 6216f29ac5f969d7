package io.mrrlens.engine;

import io.mrrlens.report.Report;
import java.util.List;

/**
 * What a workflow returns: its document and what to tell besides it.
 *
 * @param notices what to tell on stderr after the document is written, in order
 */
public record Outcome(Report report, List<Notice> notices) {
  public Outcome {
    notices = List.copyOf(notices);
  }

  /** A document with nothing to tell besides. */
  public static Outcome of(Report report) {
    return new Outcome(report, List.of());
  }
}

package io.mrrlens.analysis;

/** Where a client stands between break-fix and managed services (metrics.md, question 3). */
public enum Segment {
  MANAGED("managed"),
  HYBRID("hybrid"),
  BREAK_FIX("break-fix"),
  PROJECT_ONLY("project-only"),
  INACTIVE("inactive");

  private final String label;

  Segment(String label) {
    this.label = label;
  }

  /** The segment as outputs and the config write it, e.g. {@code break-fix}. */
  public String label() {
    return label;
  }
}

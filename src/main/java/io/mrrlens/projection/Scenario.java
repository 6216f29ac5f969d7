package io.mrrlens.projection;

/** The three futures the projection compares (projection.md, scenarios). */
public enum Scenario {
  STATUS_QUO("status-quo"),
  TRANSITION("transition"),
  MIDDLE_PATH("middle-path");

  private final String label;

  Scenario(String label) {
    this.label = label;
  }

  /** The scenario as outputs and flags write it. */
  public String label() {
    return label;
  }
}

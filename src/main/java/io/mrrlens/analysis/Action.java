package io.mrrlens.analysis;

/** What the scorecard recommends doing about a client, most urgent first. */
public enum Action {
  REQUIRE_PREPAYMENT("require prepayment"),
  COLLECT("collect"),
  CONVERT_TO_MANAGED("convert to managed"),
  REPRICE("reprice"),
  FOLD_TM_INTO_CONTRACT("fold T&M into the contract"),
  KEEP("keep");

  private final String label;

  Action(String label) {
    this.label = label;
  }

  /** The action in words, as outputs write it. */
  public String label() {
    return label;
  }
}

package io.mrrlens.cli;

import java.time.Clock;
import java.time.LocalDate;

/** What a run may know of the outside world besides its arguments: today's date. */
final class RunContext {
  private final Clock clock;

  RunContext(Clock clock) {
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }
}

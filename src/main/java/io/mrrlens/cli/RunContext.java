package io.mrrlens.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.function.UnaryOperator;

/**
 * What a run may know of the outside world besides its arguments: the clock and the environment.
 */
final class RunContext {
  private final Clock clock;
  private final UnaryOperator<String> environment;

  RunContext(Clock clock) {
    this(clock, System::getenv);
  }

  RunContext(Clock clock, UnaryOperator<String> environment) {
    this.clock = clock;
    this.environment = environment;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Now, in the clock's zone (the date a mail states). */
  ZonedDateTime now() {
    return ZonedDateTime.now(clock);
  }

  /** An environment variable, or null when it is not set. */
  String env(String name) {
    return environment.apply(name);
  }
}

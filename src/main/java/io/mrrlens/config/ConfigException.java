package io.mrrlens.config;

/** A config file or setting that cannot be used: located message plus what to do about it. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String fix;

  public ConfigException(String message, String fix) {
    super(message);
    this.fix = fix;
  }

  /** What the user can do about it, or null. */
  public String fix() {
    return fix;
  }
}

package io.mrrlens.config;

import io.mrrlens.model.Problem;

/** A config file or setting that cannot be used: located message plus what to do about it. */
public final class ConfigException extends Problem {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message, String fix) {
    super(Kind.SETTINGS, message, fix);
  }
}

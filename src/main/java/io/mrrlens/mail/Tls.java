package io.mrrlens.mail;

import java.util.Locale;

/** How the connection to the SMTP server is secured ({@code smtp.tls}). */
public enum Tls {
  /** Plain connection upgraded with STARTTLS before anything is sent; refused if not offered. */
  STARTTLS,
  /** TLS from the first byte (SMTPS, usually port 465). */
  SSL,
  /** No encryption (a relay on the local network only). */
  NONE;

  /** The setting's value: starttls, ssl or none. */
  public static Tls parse(String text) {
    return valueOf(text.strip().toUpperCase(Locale.ROOT));
  }

  /** As the config writes it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

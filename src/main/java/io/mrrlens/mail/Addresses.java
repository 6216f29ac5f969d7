package io.mrrlens.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Mail addresses, checked before anything is sent. */
public final class Addresses {
  private Addresses() {}

  /**
   * Checks one address, e.g. {@code owner@example.com} or {@code Owner <owner@example.com>}.
   *
   * @throws IllegalArgumentException with the reason when it is not an address
   */
  public static void check(String text) {
    parse(text);
  }

  static InternetAddress parse(String text) {
    try {
      InternetAddress address = new InternetAddress(text.strip(), true);
      if (!address.getAddress().contains("@")) {
        throw new IllegalArgumentException("it has no @domain");
      }
      return address;
    } catch (AddressException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}

package io.mrrlens.mail;

import com.icegreen.greenmail.util.ServerSetup;

/** The SMTP servers the mail tests start. */
public final class SmtpServers {
  private SmtpServers() {}

  /**
   * The servers on free ports, each given 20 s to start (GreenMail's default, 2 s, is too short on
   * a busy build machine, where a late start failed a test rather than the code).
   */
  public static ServerSetup[] patient(ServerSetup... setups) {
    ServerSetup[] free = ServerSetup.dynamicPort(setups);
    for (ServerSetup setup : free) {
      setup.setServerStartupTimeout(20_000);
    }
    return free;
  }
}

package io.mrrlens.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Standard output that remembers its first write error, which a {@link java.io.PrintWriter} above
 * it would hide; a {@link PrintStream} below it (as tests pass) is asked for its error flag.
 */
final class WatchedOutput extends OutputStream {
  private final OutputStream out;
  private IOException failure;

  WatchedOutput(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    if (failure != null) {
      throw failure;
    }
    try {
      out.write(bytes, offset, length);
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  @Override
  public void flush() throws IOException {
    if (failure != null) {
      throw failure;
    }
    try {
      out.flush();
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  /** The first write error, or null when every byte was written. */
  IOException failure() {
    if (failure == null && out instanceof PrintStream print && print.checkError()) {
      failure = new IOException("write error");
    }
    return failure;
  }
}

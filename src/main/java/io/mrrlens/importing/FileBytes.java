package io.mrrlens.importing;

import io.mrrlens.file.FileFailure;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The bytes of an input file, read by position or as a stream: held in the heap when small, read
 * from the file as they are needed when large. A large file is neither copied whole into the heap
 * (arrays that large fill the old generation with dead text) nor mapped (its mapped pages would
 * count in the process's resident memory until the mapping is collected).
 */
abstract class FileBytes {

  /** Bytes held in memory. */
  static FileBytes of(ByteBuffer buffer) {
    return new Held(buffer);
  }

  /** A file read as needed, a window of {@value Read#WINDOW} bytes at a time. */
  static FileBytes of(Path path, String name, int size) {
    return new Read(path, name, size);
  }

  /** The byte at {@code i}. */
  abstract byte get(int i);

  /** The number of bytes. */
  abstract int limit();

  /** The bytes from {@code from} to the end, as a stream. */
  abstract InputStream stream(int from);

  /** A copy of the bytes from {@code from} to {@code to}, to decode. */
  abstract ByteBuffer range(int from, int to);

  /**
   * Copies the {@code length} bytes from {@code from} into the start of {@code into}: a scan of the
   * whole file reuses one array rather than allocating a copy per window.
   */
  abstract void copy(int from, byte[] into, int length);

  private static final class Held extends FileBytes {
    private final ByteBuffer buffer;

    Held(ByteBuffer buffer) {
      this.buffer = buffer;
    }

    @Override
    byte get(int i) {
      return buffer.get(i);
    }

    @Override
    int limit() {
      return buffer.limit();
    }

    @Override
    InputStream stream(int from) {
      return new BufferInput(buffer.duplicate().position(from));
    }

    @Override
    ByteBuffer range(int from, int to) {
      return buffer.duplicate().position(from).limit(to);
    }

    @Override
    void copy(int from, byte[] into, int length) {
      buffer.get(from, into, 0, length);
    }
  }

  /** The bytes of a buffer as a stream, for the decoder. */
  private static final class BufferInput extends InputStream {
    private final ByteBuffer buffer;

    BufferInput(ByteBuffer buffer) {
      this.buffer = buffer;
    }

    @Override
    public int read() {
      return buffer.hasRemaining() ? buffer.get() & 0xFF : -1;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (!buffer.hasRemaining()) {
        return -1;
      }
      int n = Math.min(length, buffer.remaining());
      buffer.get(target, offset, n);
      return n;
    }
  }

  private static final class Read extends FileBytes {
    static final int WINDOW = 1 << 20;
    private final Path path;
    private final String name;
    private final int size;

    /** The bytes last read by position; replaced whole, so threads never see half of one. */
    private volatile Window window = new Window(0, new byte[0]);

    private record Window(int start, byte[] bytes) {}

    Read(Path path, String name, int size) {
      this.path = path;
      this.name = name;
      this.size = size;
    }

    @Override
    byte get(int i) {
      Window w = window;
      int at = i - w.start;
      if (at < 0 || at >= w.bytes.length) {
        if (i < 0 || i >= size) {
          throw new IndexOutOfBoundsException(i);
        }
        int start = i - i % WINDOW;
        w = new Window(start, read(start, Math.min(size, start + WINDOW)).array());
        window = w;
        at = i - start;
      }
      return w.bytes[at];
    }

    @Override
    int limit() {
      return size;
    }

    @Override
    InputStream stream(int from) {
      try {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        channel.position(from);
        return new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
      } catch (IOException e) {
        throw failure(e);
      }
    }

    @Override
    ByteBuffer range(int from, int to) {
      return read(from, to);
    }

    private ByteBuffer read(int from, int to) {
      byte[] bytes = new byte[to - from];
      copy(from, bytes, bytes.length);
      return ByteBuffer.wrap(bytes);
    }

    @Override
    void copy(int from, byte[] into, int length) {
      ByteBuffer buffer = ByteBuffer.wrap(into, 0, length);
      try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
        while (buffer.hasRemaining()) {
          if (channel.read(buffer, from + buffer.position()) < 0) {
            throw new IOException("the file became shorter while it was read");
          }
        }
      } catch (IOException e) {
        throw failure(e);
      }
    }

    private UncheckedIOException failure(IOException e) {
      return new UncheckedIOException(
          "cannot read " + name + ": " + FileFailure.reason(e, path), e);
    }
  }
}

package io.mrrlens.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes a chart's picture (an opaque RGB image, {@link BufferedImage#TYPE_INT_RGB}) as PNG, to
 * the same bytes as the Java runtime's own PNG writer ({@code ImageIO.write(image, "png", out)})
 * gives for such an image: 8-bit RGB, not interlaced, no chunk but IHDR, IDAT and IEND; every row
 * with filter type 0 (none); the rows deflated at level 4 and cut into IDAT chunks of 32,768 bytes.
 *
 * <p>That writer takes most of its time outside zlib: it copies each row out of the image through
 * the generic raster calls, one sample at a time, and computes its chunks' checksums in Java. This
 * one reads the image's pixels straight from its array and checksums with {@link CRC32}, so a
 * chart's PNG costs about a third as much (docs/decisions.md, "A PNG encoder of our own").
 * PngEncoderTest holds it to the runtime's bytes.
 */
final class PngEncoder {
  /** The runtime's PNG writer deflates at this level unless asked otherwise. */
  private static final int DEFLATE_LEVEL = 4;

  /** The runtime's PNG writer cuts the deflated rows into IDAT chunks of this many bytes. */
  private static final int IDAT_LENGTH = 32_768;

  private static final byte[] SIGNATURE = {(byte) 137, 'P', 'N', 'G', '\r', '\n', 26, '\n'};
  private static final int BIT_DEPTH = 8;
  private static final int COLOR_TYPE_RGB = 2;

  private PngEncoder() {}

  /**
   * The image as PNG bytes.
   *
   * @throws IllegalArgumentException when the image is not of type {@code TYPE_INT_RGB}
   */
  static byte[] encode(BufferedImage image) {
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("not an RGB image of int pixels: type " + image.getType());
    }
    int width = image.getWidth();
    int height = image.getHeight();
    // an image made with `new BufferedImage` keeps its rows one after the other in one array; a
    // part of a larger image (getSubimage) does not
    if (image.getRaster().getParent() != null
        || !(image.getSampleModel() instanceof SinglePixelPackedSampleModel packed)
        || packed.getScanlineStride() != width) {
      throw new IllegalArgumentException("not an image of its own rows: a part of a larger one");
    }
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    byte[] deflated = deflatedRows(pixels, width, height);

    ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length + 128);
    out.writeBytes(SIGNATURE);
    ByteBuffer header = ByteBuffer.allocate(13);
    header.putInt(width).putInt(height).put((byte) BIT_DEPTH).put((byte) COLOR_TYPE_RGB);
    // compression method 0, filter method 0, not interlaced
    header.put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", header.array(), 0, 13);
    for (int offset = 0; offset < deflated.length; offset += IDAT_LENGTH) {
      chunk(out, "IDAT", deflated, offset, Math.min(IDAT_LENGTH, deflated.length - offset));
    }
    chunk(out, "IEND", new byte[0], 0, 0);
    return out.toByteArray();
  }

  /** Each row as its filter type (0) and its pixels' red, green and blue bytes, deflated. */
  private static byte[] deflatedRows(int[] pixels, int width, int height) {
    Deflater deflater = new Deflater(DEFLATE_LEVEL);
    try {
      ByteArrayOutputStream deflated = new ByteArrayOutputStream(width * height / 4 + 64);
      byte[] row = new byte[1 + 3 * width]; // row[0] stays 0: filter type none
      byte[] buffer = new byte[64 * 1024];
      for (int y = 0; y < height; y++) {
        int pixel = y * width;
        for (int i = 1; i < row.length; i += 3, pixel++) {
          int rgb = pixels[pixel];
          row[i] = (byte) (rgb >> 16);
          row[i + 1] = (byte) (rgb >> 8);
          row[i + 2] = (byte) rgb;
        }
        deflater.setInput(row);
        while (!deflater.needsInput()) {
          deflated.write(buffer, 0, deflater.deflate(buffer));
        }
      }
      deflater.finish();
      while (!deflater.finished()) {
        deflated.write(buffer, 0, deflater.deflate(buffer));
      }
      return deflated.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /** A chunk: its length, type, data and the CRC-32 of its type and data. */
  private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int off, int len) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data, off, len);
    out.writeBytes(ByteBuffer.allocate(4).putInt(len).array());
    out.writeBytes(typeBytes);
    out.write(data, off, len);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}

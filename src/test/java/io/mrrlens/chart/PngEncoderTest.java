package io.mrrlens.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.stream.LongStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The chart PNG encoder gives the Java runtime's own PNG writer's bytes, so that charts, pages and
 * PDFs that embed them stay what they were: on seeded pictures like charts (flat colours,
 * anti-aliased lines and text) and on noise, of sizes from one pixel to several IDAT chunks.
 */
class PngEncoderTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void givesTheRuntimesBytesForAChartLikePicture(long seed) throws IOException {
    Random random = new Random(seed);
    BufferedImage image = image(random, 900, 600);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setColor(Color.WHITE);
      g2.fillRect(0, 0, image.getWidth(), image.getHeight());
      for (int i = random.nextInt(30); i > 0; i--) {
        g2.setColor(new Color(random.nextInt(0x1000000)));
        g2.setStroke(new BasicStroke(0.5f + random.nextFloat() * 3));
        int x = random.nextInt(image.getWidth());
        int y = random.nextInt(image.getHeight());
        switch (random.nextInt(3)) {
          case 0 -> g2.fillRect(x, y, random.nextInt(200), random.nextInt(200));
          case 1 -> g2.drawLine(x, y, random.nextInt(image.getWidth()), random.nextInt(900));
          default -> {
            g2.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 8 + random.nextInt(20)));
            g2.drawString("Revenue " + random.nextInt(100_000) + " ÆØÅ", x, y);
          }
        }
      }
    } finally {
      g2.dispose();
    }
    assertSameAsRuntime(image);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void givesTheRuntimesBytesForNoise(long seed) throws IOException {
    Random random = new Random(seed);
    // noise barely deflates: a few hundred pixels square is several IDAT chunks
    BufferedImage image = image(random, 300, 300);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, random.nextInt());
      }
    }
    assertSameAsRuntime(image);
  }

  @ParameterizedTest
  @ValueSource(ints = {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_3BYTE_BGR})
  void refusesAnImageOfAnotherType(int type) {
    BufferedImage image = new BufferedImage(4, 4, type);
    assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(image));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void refusesAPartOfALargerImage(int x) {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    BufferedImage part = image.getSubimage(x, 1, 4, 4);
    assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(part));
  }

  /** An RGB image of 1 to {@code width} x 1 to {@code height} pixels. */
  private static BufferedImage image(Random random, int width, int height) {
    return new BufferedImage(
        1 + random.nextInt(width), 1 + random.nextInt(height), BufferedImage.TYPE_INT_RGB);
  }

  private static void assertSameAsRuntime(BufferedImage image) throws IOException {
    ByteArrayOutputStream runtime = new ByteArrayOutputStream();
    assertEquals(true, ImageIO.write(image, "png", runtime));
    byte[] encoded = PngEncoder.encode(image);
    assertArrayEquals(runtime.toByteArray(), encoded);
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(encoded));
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        assertEquals(image.getRGB(x, y), decoded.getRGB(x, y), "pixel " + x + "," + y);
      }
    }
  }
}

package io.mrrlens.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The SVG writer gives the JDK serializer's bytes whenever it writes a tree, and writes the trees
 * of real charts; a tree it cannot vouch for (a control character, a line separator, a comment) it
 * leaves to the JDK's serializer.
 */
class SvgSerializerTest {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  /** Plain characters, the ones escaped, and some the JDK's serializer may write as references. */
  private static final String[] PIECES = {
    "a",
    "Z",
    "0",
    " ",
    "'",
    ".",
    "-",
    "é",
    "Ø",
    "€",
    "中",
    "Ω",
    "\u00a0", // plain
    "&",
    "<",
    ">",
    "\"", // escaped
    "\n",
    "\t",
    "\r",
    "\u0001",
    "\u007f",
    "\u0085",
    "\u2028",
    "\ud83d\ude00" // left to the JDK
  };

  @Test
  void writesTheTreesOfRealChartsAsTheJdkDoes() throws IOException {
    for (NamedChart chart : ChartWriterTest.charts()) {
      Element root = ChartWriter.svgTree(chart.chart(), 640, 360);
      Optional<byte[]> written = SvgSerializer.bytes(root);
      assertTrue(written.isPresent(), chart.name() + ": written");
      assertArrayEquals(jdk(root), written.get(), chart.name());
    }
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  @Test
  void leavesANamespaceDeclarationAsSuchToTheJdk() throws Exception {
    Element root = svgRoot();
    root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", SVG_NS);
    assertTrue(SvgSerializer.bytes(root).isEmpty());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void anyTreeItWritesIsWhatTheJdkWrites(long seed) throws Exception {
    Random random = new Random(seed);
    Element root = svgRoot();
    boolean plain = fill(root, random, 3);
    Optional<byte[]> written = SvgSerializer.bytes(root);
    if (plain) {
      assertTrue(written.isPresent(), "a plain tree is written");
    }
    if (written.isPresent()) {
      assertArrayEquals(jdk(root), written.get());
    }
  }

  /** Adds random children, attributes and text; whether all its text is plain. */
  private static boolean fill(Element element, Random random, int depth) {
    boolean plain = true;
    Document document = element.getOwnerDocument();
    for (int i = random.nextInt(4); i > 0; i--) {
      String value = text(random);
      plain &= isPlain(value);
      element.setAttributeNS(null, "a" + random.nextInt(6), value);
    }
    if (random.nextInt(8) == 0) {
      element.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
    }
    for (int i = depth > 0 ? random.nextInt(4) : 0; i > 0; i--) {
      if (random.nextBoolean()) {
        Element child = document.createElementNS(SVG_NS, random.nextBoolean() ? "g" : "text");
        element.appendChild(child);
        plain &= fill(child, random, depth - 1);
      } else {
        String value = text(random);
        plain &= isPlain(value) && !value.isEmpty();
        element.appendChild(document.createTextNode(value));
      }
    }
    return plain;
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(8); i > 0; i--) {
      // mostly plain pieces, so that many trees are written
      int piece = random.nextInt(4) > 0 ? random.nextInt(17) : random.nextInt(PIECES.length);
      text.append(PIECES[piece]);
    }
    return text.toString();
  }

  private static boolean isPlain(String value) {
    for (int i = 17; i < PIECES.length; i++) {
      if (value.contains(PIECES[i])) {
        return false;
      }
    }
    return true;
  }

  /** An SVG root as the SVG generator's: a width, no namespace declaration of its own. */
  private static Element svgRoot() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document =
        factory.newDocumentBuilder().getDOMImplementation().createDocument(SVG_NS, "svg", null);
    Element root = document.getDocumentElement();
    root.setAttributeNS(null, "width", "640");
    return root;
  }

  private static byte[] jdk(Element root) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ChartWriter.serialize(root, out);
    return out.toByteArray();
  }
}

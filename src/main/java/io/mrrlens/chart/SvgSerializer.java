package io.mrrlens.chart;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Writes a chart's SVG tree as the JDK's XML serializer (an identity {@code Transformer} with UTF-8
 * output) writes it, for the plain trees the SVG generator builds: elements of the SVG namespace
 * with attributes and non-empty text, no comments, no character that the serializer might write as
 * a reference.
 *
 * <p>The JDK's serializer costs a chart more than its drawing's tree does (a new factory and
 * transformer each time, its character tables on the first use). Any tree outside that plain shape
 * gets {@link Optional#empty()}, and the caller hands it to the JDK's serializer, so the bytes are
 * that serializer's either way (SvgSerializerTest compares the two; docs/decisions.md, "A PNG
 * encoder and an SVG writer of our own").
 */
final class SvgSerializer {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

  private SvgSerializer() {}

  /**
   * The tree as UTF-8 bytes, the XML declaration first, or empty when the tree holds anything but
   * plain elements, attributes and text.
   */
  static Optional<byte[]> bytes(Element root) {
    if (root.getParentNode() != null && root.getParentNode().getNodeType() != Node.DOCUMENT_NODE) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder(64 * 1024).append(DECLARATION);
    if (!element(root, true, text)) {
      return Optional.empty();
    }
    return Optional.of(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static boolean element(Element element, boolean root, StringBuilder out) {
    if (!SVG_NS.equals(element.getNamespaceURI()) || element.getPrefix() != null) {
      return false;
    }
    String name = element.getTagName();
    out.append('<').append(name);
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String namespace = attribute.getNamespaceURI();
      String attributeName = attribute.getName();
      boolean plainName =
          namespace == null
              ? attributeName.indexOf(':') < 0 && !attributeName.equals("xmlns")
              : XML_NS.equals(namespace) && attributeName.startsWith("xml:");
      if (!plainName) {
        // a namespace declaration or another prefix, which the JDK's serializer writes first
        return false;
      }
      out.append(' ').append(attributeName).append("=\"");
      if (!escaped(attribute.getValue(), true, out)) {
        return false;
      }
      out.append('"');
    }
    if (root) {
      // the JDK's serializer declares the root's namespace after its attributes; the elements
      // inside are in it already
      out.append(" xmlns=\"").append(SVG_NS).append('"');
    }
    NodeList children = element.getChildNodes();
    if (children.getLength() == 0) {
      out.append("/>");
      return true;
    }
    out.append('>');
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child instanceof Element e) {
        if (!element(e, false, out)) {
          return false;
        }
      } else if (child.getNodeType() == Node.TEXT_NODE && !child.getNodeValue().isEmpty()) {
        if (!escaped(child.getNodeValue(), false, out)) {
          return false;
        }
      } else {
        return false; // a comment, CDATA, an empty text: left to the JDK's serializer
      }
    }
    out.append("</").append(name).append('>');
    return true;
  }

  /**
   * Appends the text with {@code &}, {@code <}, {@code >} (and in an attribute {@code "}) as
   * entities; false for a character outside printable ASCII and the plain letters and signs above
   * it, which the JDK's serializer may write otherwise.
   */
  private static boolean escaped(String value, boolean attribute, StringBuilder out) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        default -> {
          if (!plain(c)) {
            return false;
          }
          out.append(c);
        }
      }
    }
    return true;
  }

  /** Printable ASCII, or a character of U+00A0 to U+D7FF but the line and paragraph separators. */
  private static boolean plain(char c) {
    return (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c < 0xd800 && c != 0x2028 && c != 0x2029);
  }
}

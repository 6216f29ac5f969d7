package io.mrrlens.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML document as plain values (maps in file order, lists, and every scalar as the text written,
 * so {@code Yes}, {@code 01} and {@code 1.50} stay as they are), for data files such as import
 * mappings.
 */
public final class YamlTree {
  private YamlTree() {}

  /**
   * Parses YAML text; {@code name} locates messages.
   *
   * @return a {@code Map<String, Object>}, {@code List<Object>} or {@code String}; null when empty
   * @throws ConfigException when the text is not valid YAML or a key is repeated
   */
  public static Object parse(String name, String text) {
    Node root = compose(name, text, "fix the file's indentation and punctuation");
    return root == null ? null : value(name, root);
  }

  /**
   * The YAML node tree of a small file (a config or a mapping); every failure a located {@link
   * ConfigException}: a file over {@value #MAX_CHARS} characters is refused before it is parsed, a
   * syntax error names its line, and an alias bomb (anchors expanded past SnakeYAML's limit) names
   * the line of the first alias.
   *
   * @param fix the fix of a syntax error
   * @return the root node, or null when the text is empty
   */
  static Node compose(String name, String text, String fix) {
    if (text.length() > MAX_CHARS) {
      throw tooLarge(name, text.length());
    }
    LoaderOptions options = new LoaderOptions();
    // each alias of a list or map can double what the file expands to: 10 keep that small
    options.setMaxAliasesForCollections(MAX_ALIASES);
    try (Reader reader = new StringReader(text)) {
      return new Yaml(options).compose(reader);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new ConfigException(name + ":" + line + ": not valid YAML: " + e.getProblem(), fix);
    } catch (YAMLException e) {
      String detail = String.valueOf(e.getMessage());
      if (detail.contains("aliases")) {
        throw new ConfigException(
            name
                + ":"
                + firstAlias(text)
                + ": too many aliases (*name) of lists or maps: the file expands to more than"
                + " mrrlens reads (a YAML \"billion laughs\")",
            "write the values out instead of repeating anchors (&name) through aliases (*name)");
      }
      throw new ConfigException(name + ": not valid YAML: " + detail, fix);
    } catch (IOException e) {
      throw new ConfigException(name + ": not valid YAML: " + e.getMessage(), fix);
    }
  }

  /** The aliases of lists and maps a file may hold (SnakeYAML allows 50). */
  static final int MAX_ALIASES = 10;

  /** The characters a config or mapping file may hold: a few KB are usual, 1 M is plenty. */
  static final int MAX_CHARS = 1 << 20;

  /** A file too large to be a config or a mapping, refused before it is read or parsed. */
  static ConfigException tooLarge(String name, long size) {
    return new ConfigException(
        name
            + ": the file is "
            + String.format(Locale.ROOT, "%.1f", size / (double) (1 << 20))
            + " MB; a config or mapping file is a few KB (mrrlens reads up to 1 MB)",
        "check that the path names the YAML file (mrrlens.yaml, a mapping), not a book or another"
            + " file");
  }

  /** The line of the first alias ({@code *name}) of the text, or 0 when none is found. */
  private static long firstAlias(String text) {
    Matcher m = ALIAS.matcher(text);
    if (!m.find()) {
      return 0;
    }
    return text.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
  }

  private static final Pattern ALIAS = Pattern.compile("(?m)(?:^|[\\s\\[{,:-])(\\*[\\w-]+)");

  private static Object value(String name, Node node) {
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue();
    }
    if (node instanceof SequenceNode sequence) {
      List<Object> list = new ArrayList<>();
      sequence.getValue().forEach(item -> list.add(value(name, item)));
      return list;
    }
    MappingNode mapping = (MappingNode) node;
    Map<String, Object> map = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node key = tuple.getKeyNode();
      if (!(key instanceof ScalarNode scalar)) {
        throw new ConfigException(
            name + ":" + (key.getStartMark().getLine() + 1) + ": a key must be plain text", null);
      }
      if (map.put(scalar.getValue(), value(name, tuple.getValueNode())) != null) {
        throw new ConfigException(
            name
                + ":"
                + (key.getStartMark().getLine() + 1)
                + ": \""
                + scalar.getValue()
                + "\" is set twice",
            "keep one of the two");
      }
    }
    return map;
  }
}

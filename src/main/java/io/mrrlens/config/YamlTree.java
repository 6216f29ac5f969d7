package io.mrrlens.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    Node root;
    try (Reader reader = new StringReader(text)) {
      root = new Yaml(new LoaderOptions()).compose(reader);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new ConfigException(
          name + ":" + line + ": not valid YAML: " + e.getProblem(),
          "fix the file's indentation and punctuation");
    } catch (YAMLException | IOException e) {
      throw new ConfigException(name + ": not valid YAML: " + e.getMessage(), null);
    }
    return root == null ? null : value(name, root);
  }

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

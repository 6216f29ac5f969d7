package io.mrrlens.config;

import io.mrrlens.model.ClientName;
import io.mrrlens.model.Spelling;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code mrrlens.yaml}: every key must be a known setting (an unknown one is an error naming
 * the nearest valid key), every value must fit its setting, and {@code aliases} maps a client's
 * name to its other spellings.
 */
public final class ConfigLoader {
  private static final String ALIASES = "aliases";

  private final String name;
  private final Map<String, Object> values = new LinkedHashMap<>();
  private final Map<String, String> sources = new LinkedHashMap<>();
  private final Map<String, String> aliases = new LinkedHashMap<>();
  private final Set<String> setPaths = new HashSet<>();

  private ConfigLoader(String name) {
    this.name = name;
    Config defaults = Config.defaults();
    SettingCatalogue.all()
        .keySet()
        .forEach(
            path -> {
              values.put(path, defaults.value(path));
              sources.put(path, "default");
            });
  }

  /**
   * Loads a config file over the defaults.
   *
   * @throws ConfigException when the file is not valid YAML, has an unknown key or a bad value
   * @throws UncheckedIOException when it cannot be read
   */
  public static Config load(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    String text;
    try {
      long size = Files.size(file);
      if (size > YamlTree.MAX_CHARS * 4L) {
        // refused before it is read: a config is never this large
        throw YamlTree.tooLarge(name, size);
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the config file " + file, e);
    }
    return parse(name, text);
  }

  /** Parses config text; {@code name} locates messages. */
  public static Config parse(String name, String text) {
    ConfigLoader loader = new ConfigLoader(name);
    Node root =
        YamlTree.compose(
            name,
            text,
            "fix the file's indentation and punctuation (docs/config.md has an example)");
    if (root != null) {
      if (!(root instanceof MappingNode mapping)) {
        throw new ConfigException(
            loader.at(root) + ": the file must be a map of settings (key: value)", null);
      }
      loader.section("", mapping);
    }
    return new Config(loader.values, loader.sources, loader.aliases);
  }

  private String at(Node node) {
    return name + ":" + (node.getStartMark().getLine() + 1);
  }

  private void section(String prefix, MappingNode mapping) {
    Set<String> seen = new HashSet<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      String key = scalar(keyNode, "a key");
      String path = prefix.isEmpty() ? key : prefix + "." + key;
      if (!seen.add(key) || setPaths.contains(path)) {
        throw new ConfigException(
            at(keyNode) + ": \"" + path + "\" is set twice", "keep one of the two");
      }
      Node value = tuple.getValueNode();
      if (prefix.isEmpty() && key.equals(ALIASES)) {
        aliases(value);
      } else if (SettingCatalogue.all().containsKey(path)) {
        set(SettingCatalogue.all().get(path), value);
      } else if (isSection(path) && value instanceof MappingNode nested) {
        section(path, nested);
      } else {
        throw unknown(keyNode, path, value instanceof MappingNode);
      }
    }
  }

  private static boolean isSection(String path) {
    return SettingCatalogue.all().keySet().stream().anyMatch(p -> p.startsWith(path + "."));
  }

  private ConfigException unknown(Node keyNode, String path, boolean isMapping) {
    Set<String> candidates = new TreeSet<>();
    if (isMapping) {
      SettingCatalogue.all().values().forEach(s -> candidates.add(s.section()));
      candidates.remove("");
    } else {
      candidates.addAll(SettingCatalogue.all().keySet());
    }
    candidates.add(ALIASES);
    String nearest = Spelling.nearest(path, candidates);
    return new ConfigException(
        at(keyNode) + ": unknown key \"" + path + "\"; did you mean \"" + nearest + "\"?",
        "docs/config.md lists every setting");
  }

  private void set(Setting setting, Node node) {
    String where = at(node);
    Object value;
    if (setting.type() == SettingType.LIST || setting.type() == SettingType.PATHS) {
      value = words(setting.path(), node);
    } else {
      value = SettingValues.parse(setting, scalar(node, setting.path()), where);
    }
    values.put(setting.path(), value);
    sources.put(setting.path(), name);
    setPaths.add(setting.path());
  }

  private List<String> words(String path, Node node) {
    List<String> words = new ArrayList<>();
    if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        words.add(scalar(item, path).strip());
      }
    } else {
      String single = scalar(node, path).strip();
      if (!single.isEmpty()) {
        words.add(single);
      }
    }
    return List.copyOf(words);
  }

  private void aliases(Node node) {
    if (node instanceof ScalarNode scalar && scalar.getValue().isBlank()) {
      return;
    }
    if (!(node instanceof MappingNode mapping)) {
      throw new ConfigException(
          at(node) + ": aliases must map a client's name to its other spellings",
          "map each name to a list, e.g. aliases: {\"Acme Corporation\": [\"ACME Corp\"]}");
    }
    for (NodeTuple tuple : mapping.getValue()) {
      String client = ClientName.normalize(scalar(tuple.getKeyNode(), "a client name"));
      List<String> spellings = new ArrayList<>(words("aliases", tuple.getValueNode()));
      spellings.add(client);
      for (String spelling : spellings) {
        String key = ClientName.keyOf(spelling);
        String earlier = aliases.putIfAbsent(key, client);
        if (earlier != null && !earlier.equals(client)) {
          throw new ConfigException(
              at(tuple.getKeyNode())
                  + ": the alias \""
                  + spelling
                  + "\" is given for both \""
                  + earlier
                  + "\" and \""
                  + client
                  + "\"",
              "keep it under one client");
        }
      }
    }
  }

  private String scalar(Node node, String what) {
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue();
    }
    throw new ConfigException(at(node) + ": " + what + " must be a single value", null);
  }
}

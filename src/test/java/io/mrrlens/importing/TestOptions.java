package io.mrrlens.importing;

import io.mrrlens.model.FileKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Import options for tests: detection everywhere, a policy, a rejects folder, given files. */
final class TestOptions {
  private TestOptions() {}

  static ImportOptions of(ErrorPolicy policy, Path rejects, Map<FileKind, List<Path>> files) {
    return new ImportOptions(
        null, null, false, policy, rejects, Map.of(), files, List.of(), false, null);
  }

  /** Detection among the given profiles only, failing on a bad row. */
  static ImportOptions profiles(Path rejects, Profile... profiles) {
    return new ImportOptions(
        null,
        null,
        false,
        ErrorPolicy.FAIL,
        rejects,
        Map.of(),
        Map.of(),
        List.of(profiles),
        false,
        null);
  }

  /** A mapping file's text read as the mapping {@code mine.yaml}. */
  static Profile mapping(String yaml) {
    return Profile.parse("mine.yaml", io.mrrlens.config.YamlTree.parse("mine.yaml", yaml));
  }

  /** The message of the error a wrong mapping file's text gives. */
  static String mappingError(String yaml) {
    return org.junit.jupiter.api.Assertions.assertThrows(
            io.mrrlens.config.ConfigException.class, () -> mapping(yaml))
        .getMessage();
  }
}

package org.govnews.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ARCHITECTURE.md's package map lists every package of the main and benchmark sources, and names no
 * package that is gone.
 */
class ArchitectureDocTest {

  static Set<String> packagesUnder(Path root) throws IOException {
    Set<String> out = new TreeSet<>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals("module-info.java"))
          .map(p -> root.relativize(p.getParent()).toString().replace('/', '.').replace('\\', '.'))
          .forEach(out::add);
    }
    return out;
  }

  @Test
  void thePackageMapListsEveryPackageThereIs() throws IOException {
    String doc = Files.readString(Path.of("ARCHITECTURE.md"), StandardCharsets.UTF_8);
    Set<String> packages = packagesUnder(Path.of("src/main/java"));
    packages.addAll(packagesUnder(Path.of("src/jmh/java")));
    assertThat(packages).contains("org.govnews", "org.govnews.internal.extract");
    for (String p : packages) {
      assertThat(doc).as("ARCHITECTURE.md names package " + p).contains("| `" + p + "` |");
    }
  }

  @Test
  void thePackageMapNamesNoPackageThatIsGone() throws IOException {
    Set<String> packages = packagesUnder(Path.of("src/main/java"));
    packages.addAll(packagesUnder(Path.of("src/jmh/java")));
    for (String line : Files.readAllLines(Path.of("ARCHITECTURE.md"), StandardCharsets.UTF_8)) {
      if (line.startsWith("| `org.govnews")) {
        String p = line.substring(3, line.indexOf('`', 3));
        assertThat(packages).as("package in ARCHITECTURE.md exists").contains(p);
      }
    }
  }
}

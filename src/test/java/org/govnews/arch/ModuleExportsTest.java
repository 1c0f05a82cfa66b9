package org.govnews.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.govnews.GovNewsParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code module-info.java} exports the API (the facade, options, exception and records) and nothing
 * else: the internal packages stay closed to callers on the module path. Reads the compiled
 * descriptor next to the main classes, so it checks what ships.
 */
class ModuleExportsTest {

  static final Set<String> API = Set.of("org.govnews", "org.govnews.model");

  static Path classes;
  static ModuleDescriptor module;

  @BeforeAll
  static void readDescriptor() throws IOException, URISyntaxException {
    classes =
        Path.of(GovNewsParser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path info = classes.resolve("module-info.class");
    assertThat(info).as("module-info.java must be compiled with the library").exists();
    try (InputStream in = Files.newInputStream(info)) {
      module = ModuleDescriptor.read(in);
    }
  }

  @Test
  void theModuleIsNamedOrgGovnews() {
    assertThat(module.name()).isEqualTo("org.govnews");
  }

  @Test
  void exportsExactlyTheApiPackagesToEveryone() {
    Set<String> exported =
        module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertThat(exported).containsExactlyInAnyOrderElementsOf(API);
    assertThat(module.exports())
        .allSatisfy(e -> assertThat(e.isQualified()).as(e.toString()).isFalse());
  }

  @Test
  void noInternalPackageIsExportedOrOpened() throws IOException {
    Set<String> internal;
    try (Stream<Path> files = Files.walk(classes.resolve("org/govnews/internal"))) {
      internal =
          files
              .filter(p -> p.toString().endsWith(".class"))
              .map(
                  p ->
                      classes
                          .relativize(p.getParent())
                          .toString()
                          .replace('/', '.')
                          .replace('\\', '.'))
              .collect(Collectors.toSet());
    }
    assertThat(internal).contains("org.govnews.internal", "org.govnews.internal.extract");
    Set<String> exported =
        module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertThat(exported).as("exported packages").doesNotContainAnyElementsOf(internal);
    assertThat(module.isOpen()).as("open module").isFalse();
    assertThat(module.opens()).as("opens").isEmpty();
  }
}

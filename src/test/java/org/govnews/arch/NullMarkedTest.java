package org.govnews.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Every package of the library is {@code @NullMarked}: types are non-null unless annotated
 * {@code @Nullable}, which is what NullAway checks at compile time.
 */
class NullMarkedTest {

  @Test
  void everyMainPackageIsNullMarked() throws IOException, ClassNotFoundException {
    var packages = ArchitectureDocTest.packagesUnder(Path.of("src/main/java"));
    assertThat(packages)
        .contains("org.govnews", "org.govnews.model", "org.govnews.internal.extract");
    for (String p : packages) {
      Class<?> info = Class.forName(p + ".package-info");
      assertThat(info.isAnnotationPresent(NullMarked.class)).as(p + " is @NullMarked").isTrue();
    }
  }
}

package org.govnews.robust;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every input in {@code src/test/resources/org/govnews/robust/crashers/} (see its README):
 * each must get a documented outcome, forever. {@code open-*} files are bugs reported and not fixed
 * yet: skipped while they fail with the reported exception.
 */
class CrashersTest {

  @TestFactory
  Stream<DynamicTest> everyCrasherGetsADocumentedOutcome() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Robust.CRASHERS)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("README"))
              .sorted()
              .toList();
    }
    assertThat(files).as("crashers in %s", Robust.CRASHERS).isNotEmpty();
    return files.stream()
        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> replay(p)));
  }

  private static void replay(Path file) throws IOException {
    String name = file.getFileName().toString();
    boolean open = name.startsWith("open-");
    String kind = open ? name.substring("open-".length()) : name;
    byte[] bytes = Files.readAllBytes(file);
    try {
      if (!kind.startsWith("html-")) {
        Robust.parseCheckedBytes(bytes);
      }
      if (!kind.startsWith("bytes-")) {
        String s = new String(bytes, UTF_8);
        Robust.parseChecked(s);
        Robust.parseChecked("<!DOCTYPE html><html><head><title>标题</title></head><body>" + s);
      }
    } catch (RuntimeException e) {
      if (open && Robust.reported(e)) {
        Assumptions.abort("reported, not fixed yet: " + e);
      }
      throw e;
    }
  }
}

package org.govnews.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The library leaves the choice of logging backend to its users. Maven Enforcer bans slf4j bindings
 * in compile and runtime scope with one exception, the command line's slf4j-simple; this test holds
 * that exception to what makes it harmless: runtime scope and optional, so that no project
 * depending on govnews inherits it.
 */
class LoggingBindingTest {

  static final List<String> BINDINGS =
      List.of(
          "slf4j-simple",
          "slf4j-nop",
          "slf4j-jdk14",
          "slf4j-reload4j",
          "slf4j-log4j12",
          "logback-classic",
          "log4j-slf4j-impl",
          "log4j-slf4j2-impl");

  static String child(Element e, String name) {
    NodeList l = e.getElementsByTagName(name);
    return l.getLength() == 0 ? "" : l.item(0).getTextContent().strip();
  }

  @Test
  void theOnlyLoggingBindingOutsideTestsIsTheOptionalOneOfTheCommandLine() throws Exception {
    Path pom = Path.of("pom.xml");
    assertThat(pom).exists();
    org.w3c.dom.Document doc =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(pom));
    Element project = doc.getDocumentElement();
    List<String> outsideTests = new ArrayList<>();
    NodeList children = project.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node n = children.item(i);
      if (!(n instanceof Element deps) || !deps.getTagName().equals("dependencies")) {
        continue; // the project's own dependencies, not a profile's or dependencyManagement's
      }
      NodeList list = deps.getElementsByTagName("dependency");
      for (int j = 0; j < list.getLength(); j++) {
        Element d = (Element) list.item(j);
        String artifact = child(d, "artifactId");
        String scope = child(d, "scope");
        if (!BINDINGS.contains(artifact) || scope.equals("test") || scope.equals("provided")) {
          continue;
        }
        outsideTests.add(artifact);
        assertThat(artifact).as("the one binding allowed outside tests").isEqualTo("slf4j-simple");
        assertThat(scope).as(artifact + " scope").isEqualTo("runtime");
        assertThat(child(d, "optional")).as(artifact + " must be optional").isEqualTo("true");
      }
    }
    assertThat(outsideTests).hasSizeLessThanOrEqualTo(1);
  }
}

package org.govnews.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The pipeline's shape as rules over the compiled main classes (tests excluded): decode → normalize
 * → segment → structure → extract, each stage a package that knows no later one; the lexicons are
 * data that only structure and extract read; jsoup stays in decode; the API ({@code org.govnews},
 * {@code org.govnews.model}) shows no ICU, jsoup or internal type.
 *
 * <p>A failure names the offending class and line. To see a rule fail, add to {@code
 * internal.normalize.MappedText} a field of type {@code
 * org.govnews.internal.extract.ArticleExtractor}.
 */
@AnalyzeClasses(packages = "org.govnews", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String ROOT = "org.govnews";
  static final String API = "org.govnews";
  static final String MODEL = "org.govnews.model..";
  static final String INTERNAL = "org.govnews.internal..";
  static final String LEXICON = "org.govnews.internal.lexicon..";
  static final String CLI = "org.govnews.cli..";

  /** The stages in pipeline order. */
  static final List<String> STAGES =
      List.of("decode", "normalize", "segment", "structure", "extract");

  static String stage(String name) {
    return "org.govnews.internal." + name + "..";
  }

  /** The packages that come after {@code stage} in the pipeline, plus the pipeline itself. */
  static String[] laterThan(int stage) {
    List<String> later = new ArrayList<>();
    for (int i = stage + 1; i < STAGES.size(); i++) {
      later.add(stage(STAGES.get(i)));
    }
    return later.toArray(String[]::new);
  }

  static ArchRule noStageKnowsALaterOne(int i) {
    String name = STAGES.get(i);
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage(stage(name))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(laterThan(i))
            .orShould()
            .dependOnClassesThat(THE_PIPELINE)
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage(CLI);
    return rule.because(
        "stage "
            + name
            + " comes before "
            + String.join(", ", STAGES.subList(i + 1, STAGES.size())));
  }

  static final DescribedPredicate<JavaClass> THE_PIPELINE =
      DescribedPredicate.describe(
          "are the pipeline (package org.govnews.internal itself)",
          c -> c.getPackageName().equals("org.govnews.internal"));

  @ArchTest static final ArchRule decodeKnowsNoLaterStage = noStageKnowsALaterOne(0);

  @ArchTest static final ArchRule normalizeKnowsNoLaterStage = noStageKnowsALaterOne(1);

  @ArchTest static final ArchRule segmentKnowsNoLaterStage = noStageKnowsALaterOne(2);

  @ArchTest static final ArchRule structureKnowsNoLaterStage = noStageKnowsALaterOne(3);

  @ArchTest static final ArchRule extractKnowsNoLaterStage = noStageKnowsALaterOne(4);

  @ArchTest
  static final ArchRule lexiconsAreReadOnlyByStructureExtractAndPipeline =
      classes()
          .that()
          .resideInAPackage(LEXICON)
          .should()
          .onlyBeAccessed()
          .byClassesThat()
          .resideInAnyPackage(LEXICON, stage("structure"), stage("extract"), "org.govnews.internal")
          .because("lexicons are data that document structure and extraction read");

  @ArchTest
  static final ArchRule lexiconKnowsNoStage =
      noClasses()
          .that()
          .resideInAPackage(LEXICON)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              stage("decode"),
              stage("normalize"),
              stage("segment"),
              stage("structure"),
              stage("extract"))
          .orShould()
          .dependOnClassesThat(THE_PIPELINE)
          .because("lexicons are data: loading them needs no pipeline stage");

  @ArchTest
  static final ArchRule modelIsALeaf =
      noClasses()
          .that()
          .resideInAPackage(MODEL)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(INTERNAL, CLI, "com.ibm.icu..", "org.jsoup..", "org.slf4j..")
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage(API)
          .because("the records are plain data that any stage and any caller may use");

  @ArchTest
  static final ArchRule nothingInTheLibraryKnowsTheCommandLine =
      noClasses()
          .that()
          .resideOutsideOfPackage(CLI)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(CLI)
          .because("the command line is one client of the library, not part of it");

  @ArchTest
  static final ArchRule commandLineUsesOnlyTheApi =
      noClasses()
          .that()
          .resideInAPackage(CLI)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(INTERNAL)
          .because("the command line is a client of the public API like any other");

  @ArchTest
  static final ArchRule jsoupOnlyInDecode =
      noClasses()
          .that()
          .resideOutsideOfPackage(stage("decode"))
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.jsoup..")
          .because("HTML is reduced to text in internal.decode; later stages see text only");

  @ArchTest
  static final ArchRule apiUsesNoIcuOrJsoup =
      noClasses()
          .that()
          .resideInAnyPackage(API, MODEL)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.ibm.icu..", "org.jsoup..")
          .because("the public API must not tie callers to ICU or jsoup");

  /** Types that must not show in a public signature of the API. */
  static final DescribedPredicate<JavaClass> HIDDEN_TYPES =
      DescribedPredicate.describe(
          "ICU, jsoup or internal types",
          c ->
              c.getPackageName().startsWith("com.ibm.icu")
                  || c.getPackageName().startsWith("org.jsoup")
                  || c.getPackageName().startsWith("org.govnews.internal")
                  || c.getPackageName().startsWith("org.govnews.cli"));

  static final ArchCondition<JavaClass> EXPOSE_NO_HIDDEN_TYPE =
      new ArchCondition<>("expose no " + HIDDEN_TYPES.getDescription() + " in a public signature") {
        @Override
        public void check(JavaClass c, ConditionEvents events) {
          if (!c.getModifiers().contains(JavaModifier.PUBLIC)) {
            return;
          }
          for (JavaCodeUnit m : c.getCodeUnits()) {
            if (!m.getModifiers().contains(JavaModifier.PUBLIC)) {
              continue;
            }
            List<JavaType> types = new ArrayList<>();
            types.add(m.getReturnType());
            types.addAll(m.getParameterTypes());
            m.getThrowsClause().getTypes().forEach(types::add);
            for (JavaType t : types) {
              report(events, c, m.getFullName(), t.getAllInvolvedRawTypes());
            }
          }
          for (JavaField f : c.getFields()) {
            if (f.getModifiers().contains(JavaModifier.PUBLIC)) {
              report(events, c, f.getFullName(), f.getType().getAllInvolvedRawTypes());
            }
          }
          c.getRawSuperclass()
              .ifPresent(s -> report(events, c, c.getName() + " extends", Set.of(s)));
          report(events, c, c.getName() + " implements", c.getRawInterfaces());
        }
      };

  static void report(
      ConditionEvents events, JavaClass owner, String where, Set<JavaClass> involved) {
    for (JavaClass t : involved) {
      if (HIDDEN_TYPES.test(t)) {
        events.add(SimpleConditionEvent.violated(owner, where + " exposes " + t.getName()));
      }
    }
  }

  @ArchTest
  static final ArchRule apiSignaturesExposeNoHiddenType =
      classes().that().resideInAnyPackage(API, MODEL).should(EXPOSE_NO_HIDDEN_TYPE);

  @ArchTest
  static final ArchRule onlyTheFacadeReachesIntoTheInternals =
      noClasses()
          .that()
          .resideInAPackage(API)
          .and()
          .doNotHaveFullyQualifiedName("org.govnews.GovNewsParser")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(INTERNAL)
          .because(
              "options and the exception are vocabulary the internals share; only the facade runs them");

  @ArchTest
  static final ArchRule internalsNeverCallTheFacade =
      noClasses()
          .that()
          .resideInAPackage(INTERNAL)
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.govnews.GovNewsParser")
          .because("the facade runs the pipeline, never the other way round");

  /**
   * One slice per stage package, lexicon, model and command line; the API package splits into the
   * facade ({@code GovNewsParser}) and the vocabulary every stage may use (options, the exception),
   * so that "internals throw the API's exception" is not counted as a cycle.
   */
  static final SliceAssignment PIPELINE_SLICES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
          String p = c.getPackageName();
          if (p.equals(ROOT)) {
            String top = c.getName().replaceFirst("\\$.*", "");
            return SliceIdentifier.of(
                top.equals("org.govnews.GovNewsParser") ? "facade" : "api vocabulary");
          }
          if (p.startsWith(ROOT + ".")) {
            String rest = p.substring(ROOT.length() + 1);
            if (rest.startsWith("internal.")) {
              return SliceIdentifier.of(
                  "internal." + rest.substring("internal.".length()).split("\\.", 0)[0]);
            }
            return SliceIdentifier.of(rest.split("\\.", 0)[0]);
          }
          return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
          return "govnews packages (facade and API vocabulary apart)";
        }
      };

  @ArchTest
  static final ArchRule noCycles = slices().assignedFrom(PIPELINE_SLICES).should().beFreeOfCycles();
}

package org.govnews.robust;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.charset.Charset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of every parse, over generated text and random slices and splices of testdata: no
 * undocumented exception (a {@code String} never fails under the size limit; bytes fail only with
 * NOT_TEXT), every span inside the input and quoting its record, every non-blank character in some
 * paragraph, and the same document from a second parse. Tries are kept small so that the whole
 * suite runs in well under a minute; jqwik picks new samples on every run.
 */
class ParserPropertiesTest {

  private static final List<String> TEXTS = Robust.corpusTexts();
  private static final Charset GB18030 = Charset.forName("GB18030");

  @Property(tries = 300)
  void generatedNewsText(@ForAll("newsText") String text) {
    Robust.unlessReported(() -> Robust.parseChecked(text));
  }

  @Property(tries = 200)
  void generatedNewsTextAsBytes(@ForAll("newsText") String text) {
    Robust.unlessReported(() -> Robust.parseCheckedBytes(text.getBytes(UTF_8)));
    Robust.unlessReported(() -> Robust.parseCheckedBytes(text.getBytes(GB18030)));
  }

  @Property(tries = 300)
  void anyString(@ForAll("anyString") String text) {
    Robust.unlessReported(() -> Robust.parseChecked(text));
  }

  @Property(tries = 300)
  void anyBytes(@ForAll("anyBytes") byte[] bytes) {
    Robust.unlessReported(() -> Robust.parseCheckedBytes(bytes));
  }

  @Property(tries = 80)
  void slicesOfTestdata(@ForAll("slices") String slice) {
    Robust.unlessReported(() -> Robust.parseChecked(slice));
    Robust.unlessReported(() -> Robust.parseChecked(Robust.toHtml(slice)));
  }

  @Property(tries = 80)
  void splicesOfTestdata(@ForAll("splices") String splice) {
    Robust.unlessReported(() -> Robust.parseChecked(splice));
  }

  /** Encoded articles cut at any byte: a character split in two at either end. */
  @Property(tries = 80)
  void byteSlicesOfEncodedTestdata(@ForAll("byteSlices") byte[] bytes) {
    Robust.unlessReported(() -> Robust.parseCheckedBytes(bytes));
  }

  @Provide
  Arbitrary<String> newsText() {
    return Arbitraries.of(Robust.PIECES).list().ofMaxSize(150).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> anyString() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(300),
        Arbitraries.strings()
            .withCharRange('\u4E00', '\u9FFF')
            .withChars("，。、：；“”（）\n ")
            .ofMaxLength(300),
        Arbitraries.strings().withCharRange('\u0000', '\u007F').ofMaxLength(300));
  }

  @Provide
  Arbitrary<byte[]> anyBytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
  }

  @Provide
  Arbitrary<String> slices() {
    return Arbitraries.integers()
        .between(0, TEXTS.size() - 1)
        .flatMap(
            i -> {
              String t = TEXTS.get(i);
              return Arbitraries.integers()
                  .between(0, t.length())
                  .flatMap(
                      a ->
                          Arbitraries.integers()
                              .between(a, t.length())
                              .map(b -> t.substring(a, b)));
            });
  }

  @Provide
  Arbitrary<String> splices() {
    return Combinators.combine(slices(), Arbitraries.of(Robust.PIECES), slices(), slices())
        .as((a, piece, b, c) -> a + piece + b + c);
  }

  @Provide
  Arbitrary<byte[]> byteSlices() {
    Arbitrary<byte[]> encoded =
        Arbitraries.integers()
            .between(0, TEXTS.size() - 1)
            .flatMap(
                i -> Arbitraries.of(UTF_8, GB18030, UTF_16LE).map(cs -> TEXTS.get(i).getBytes(cs)));
    return encoded.flatMap(
        b ->
            Arbitraries.integers()
                .between(0, b.length)
                .flatMap(
                    x ->
                        Arbitraries.integers()
                            .between(x, b.length)
                            .map(y -> java.util.Arrays.copyOfRange(b, x, y))));
  }
}

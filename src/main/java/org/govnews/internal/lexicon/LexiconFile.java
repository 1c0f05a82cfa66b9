package org.govnews.internal.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one lexicon resource: UTF-8, {@code #} comments, blank lines ignored, TAB-separated
 * columns. A malformed line fails the load with {@code file:line} in the message.
 */
final class LexiconFile {
  private LexiconFile() {}

  /** The rows of {@code name}, each with at least {@code minColumns} columns. */
  static List<String[]> read(String name, int minColumns) {
    String path = "/org/govnews/lexicon/" + name;
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = LexiconFile.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource missing: " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] cols = t.split("\t", -1);
        if (cols.length < minColumns) {
          throw new IllegalStateException(
              name + ":" + n + ": expected " + minColumns + " columns, got " + cols.length);
        }
        for (int i = 0; i < cols.length; i++) {
          cols[i] = cols[i].strip();
        }
        if (cols[0].isEmpty()) {
          throw new IllegalStateException(name + ":" + n + ": empty entry");
        }
        rows.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + path, e);
    }
    return rows;
  }

  /** The first column of every row of {@code name}. */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String[] row : read(name, 1)) {
      out.add(row[0]);
    }
    return out;
  }
}

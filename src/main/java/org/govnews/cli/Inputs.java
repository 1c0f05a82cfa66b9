package org.govnews.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The inputs of a run, one at a time, from the command line's arguments: a file as given; a folder
 * searched recursively for {@code .txt}, {@code .html}, {@code .htm} and {@code .xml} files in name
 * order, skipping hidden entries and not following links to folders; {@code -} for standard input.
 * Lazy: a folder is listed when the walk reaches it, so a run over millions of files holds one
 * listing per folder level.
 */
final class Inputs implements Iterator<Inputs.Input> {
  /** File name extensions a folder walk picks, lower case. */
  static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "xml");

  /**
   * One input.
   *
   * @param source the name its records carry: the argument for a named file, the path found for a
   *     file in a folder, {@code -} for standard input
   * @param path the file; null for standard input or a failed listing
   * @param failure why a folder could not be listed, or null
   */
  record Input(String source, @Nullable Path path, @Nullable String failure) {
    boolean stdin() {
      return path == null && failure == null;
    }
  }

  private final Iterator<String> args;
  private final Deque<Iterator<Path>> folders = new ArrayDeque<>();
  private @Nullable Input next;

  Inputs(List<String> args) {
    this.args = args.iterator();
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (!folders.isEmpty()) {
        Iterator<Path> top = folders.peek();
        if (!top.hasNext()) {
          folders.pop();
          continue;
        }
        Path p = top.next();
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          enter(p);
        } else if (wanted(p) && Files.isRegularFile(p)) {
          next = new Input(p.toString(), p, null);
        }
        continue;
      }
      if (!args.hasNext()) {
        return false;
      }
      String a = args.next();
      if (a.equals("-")) {
        next = new Input("-", null, null);
        continue;
      }
      Path p;
      try {
        p = Path.of(a);
      } catch (InvalidPathException e) {
        next = new Input(a, null, "not a path: " + e.getMessage());
        continue;
      }
      if (Files.isDirectory(p)) {
        enter(p);
      } else {
        next = new Input(a, p, null);
      }
    }
    return true;
  }

  @Override
  public Input next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Input r = Objects.requireNonNull(next); // hasNext() filled it
    next = null;
    return r;
  }

  /**
   * Pushes the folder's entries in name order; a folder that cannot be listed is an input that
   * failed.
   */
  private void enter(Path dir) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        if (!p.getFileName().toString().startsWith(".")) {
          entries.add(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      next = new Input(dir.toString(), null, "cannot list " + dir + ": " + e);
      return;
    }
    entries.sort((x, y) -> x.getFileName().toString().compareTo(y.getFileName().toString()));
    folders.push(entries.iterator());
  }

  static boolean wanted(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}

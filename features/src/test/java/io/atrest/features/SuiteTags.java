package io.atrest.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The {@code @req:} and {@code @control:} ids the bundled suite's feature files cite. */
final class SuiteTags {

  static final Path SUITE = Path.of("src/main/resources/io/atrest/features/suite");

  private SuiteTags() {}

  static Set<String> ids(String prefix) {
    Pattern tag = Pattern.compile("@" + prefix + ":([A-Za-z0-9-]+)");
    Set<String> ids = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SUITE)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".feature")).toList()) {
        Matcher m = tag.matcher(Files.readString(file));
        while (m.find()) {
          ids.add(m.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the suite's feature files under " + SUITE, e);
    }
    return ids;
  }
}

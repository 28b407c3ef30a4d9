package io.atrest.features.doc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the step classes of a package and its sub-packages on the class path, whether they sit in a
 * directory (the build) or in a jar (the CLI), so that step classes added later (the table steps)
 * join the vocabulary without a registry to keep up to date.
 */
public final class StepClasses {

  /** The package holding every step class of the atrest step library. */
  public static final String STEPS_PACKAGE = "io.atrest.features.steps";

  private StepClasses() {}

  /** The top-level classes of {@code packageName} and its sub-packages, sorted by name. */
  public static List<Class<?>> scan(ClassLoader loader, String packageName) {
    String folder = packageName.replace('.', '/') + "/";
    List<String> names = new ArrayList<>();
    try {
      for (URL url : Collections.list(loader.getResources(folder))) {
        names.addAll(classNames(url, folder));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the classes of package " + packageName, e);
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names.stream().distinct().sorted().toList()) {
      try {
        classes.add(Class.forName(name, false, loader));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("class " + name + " was listed but cannot be loaded", e);
      }
    }
    return classes;
  }

  private static List<String> classNames(URL url, String folder) throws IOException {
    return switch (url.getProtocol()) {
      case "file" -> fromDirectory(url, folder);
      case "jar" -> fromJar((JarURLConnection) url.openConnection(), folder);
      default ->
          throw new IllegalStateException(
              "step classes at " + url + " are neither in a directory nor a jar");
    };
  }

  private static List<String> fromDirectory(URL url, String folder) throws IOException {
    Path root;
    try {
      root = Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("malformed class path URL " + url, e);
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> isTopLevelClass(p.getFileName().toString()))
          .map(p -> folder + root.relativize(p).toString().replace('\\', '/'))
          .map(StepClasses::className)
          .toList();
    }
  }

  private static List<String> fromJar(JarURLConnection connection, String folder)
      throws IOException {
    connection.setUseCaches(false);
    try (JarFile jar = connection.getJarFile()) {
      return jar.stream()
          .map(JarEntry::getName)
          .filter(n -> n.startsWith(folder))
          .filter(n -> isTopLevelClass(n.substring(n.lastIndexOf('/') + 1)))
          .map(StepClasses::className)
          .toList();
    }
  }

  private static boolean isTopLevelClass(String fileName) {
    return fileName.endsWith(".class")
        && !fileName.contains("$")
        && !fileName.equals("package-info.class");
  }

  private static String className(String path) {
    return path.substring(0, path.length() - ".class".length()).replace('/', '.');
  }
}

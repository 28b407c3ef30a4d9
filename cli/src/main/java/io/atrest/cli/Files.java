package io.atrest.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the files a command is given, turning I/O failures into one-line input errors. */
final class Files {
  private Files() {}

  static String read(Path file) throws InputException {
    if (java.nio.file.Files.isDirectory(file)) {
      throw new InputException(file + ": is a directory, not a file");
    }
    try {
      return java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(file + ": permission denied");
    } catch (CharacterCodingException e) {
      throw new InputException(file + ": not UTF-8 text");
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read (" + e.getMessage() + ")");
    }
  }
}

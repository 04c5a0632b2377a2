package badaboum.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Paths from the command line, with a message a user can act on when the JVM cannot encode one: a
 * name with accents under a POSIX locale, where Java reads file names as ASCII.
 */
final class PathConverter implements ITypeConverter<Path> {

  @Override
  public Path convert(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new TypeConversionException(LocaleAdvice.unencodable(value));
    }
  }
}

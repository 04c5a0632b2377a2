package badaboum.cli;

import badaboum.language.Language;
import badaboum.language.Messages;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --lang en|fr}: the language of what a person reads (the report, the verdict, the tables
 * and progress lines); by default the locale's, English when it is neither. The files a program
 * reads (CSV, JSON, YAML) are the same in every language.
 */
final class LanguageOption {
  @Option(
      names = "--lang",
      paramLabel = "LANG",
      converter = Converter.class,
      description =
          "en or fr: the language of the report, the verdict and the tables (default: the"
              + " locale's language, English when it is neither)")
  Language chosen;

  /** The language given, else the JVM default locale's. */
  Language language() {
    return chosen != null ? chosen : Language.fromDefault();
  }

  Messages messages() {
    return Messages.of(language());
  }

  /** {@code --lang fr}, any case; anything else is a usage error naming the choices. */
  static final class Converter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      try {
        return Language.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}

/**
 * The language badaboum speaks to a person: {@link badaboum.language.Language} (English or French,
 * by default the JVM locale's) and {@link badaboum.language.Messages}, the words of the report, the
 * verdict and the terminal from resource bundles ({@code messages.properties}, {@code
 * messages_fr.properties}, UTF-8) with numbers and dates formatted for that language. Files a
 * program reads (CSV, JSON, YAML) never go through it: they stay locale-independent.
 *
 * <p>Imports only the JDK, so the report, the command line and the workshop console may all use it.
 */
package badaboum.language;

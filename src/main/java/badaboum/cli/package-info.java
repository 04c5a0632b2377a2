/**
 * Picocli commands: thin, testable in-process, output through the command line's writers and every
 * failure mapped to an exit code. The only package that wires the others together.
 */
package badaboum.cli;

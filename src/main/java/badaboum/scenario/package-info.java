/**
 * Scenario files: immutable records for everything a scenario says, and the strict YAML loading
 * that reports every problem at once with its position. Imports only the JDK and the YAML library.
 */
package badaboum.scenario;

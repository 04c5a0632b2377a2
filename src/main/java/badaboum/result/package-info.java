/**
 * What a run produces: daily traces and summaries, as plain records shared by the engine, the
 * sweep, the analysis and the report. Imports only the JDK, so every layer may use it.
 */
package badaboum.result;

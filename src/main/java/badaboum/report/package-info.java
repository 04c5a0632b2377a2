/**
 * The results folder and what is written in it: CSV tables whose headers and rows come from the
 * same metric lists, and (later) the manifest and the HTML report. Imports {@code result}, {@code
 * scenario} and {@code analysis}; never runs a simulation.
 */
package badaboum.report;

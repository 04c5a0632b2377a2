/**
 * The analysis of a results folder and its page: statistics.csv, comparison.csv, survival.csv,
 * sensitivity.csv and the self-contained report.html with its verdict and inline SVG charts
 * (JFreeChart drawn by JFreeSVG). CSV headers and rows come from the same column lists.
 *
 * <p>Reads the folder through {@code results} only (runs.csv, daily.csv, points.csv, the manifest),
 * streaming, so it works on any folder, finished or interrupted. Imports {@code results}, {@code
 * result}, {@code analysis} and, of {@code sweep}, only {@code sweep.design}'s point tags and how a
 * design regroups its outputs; never runs a simulation and never expands a design.
 */
package badaboum.report;

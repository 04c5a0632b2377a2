/**
 * The results folder and what is written in it: runs.csv, daily.csv and the manifest while a sweep
 * runs ({@link badaboum.report.SweepWriter}), and afterwards its analysis ({@link
 * badaboum.report.Report}): statistics.csv, comparison.csv, survival.csv, sensitivity.csv and the
 * self-contained report.html with its verdict and inline SVG charts (JFreeChart drawn by JFreeSVG).
 * CSV headers and rows come from the same column lists.
 *
 * <p>The analysis reads the folder's files only, streaming runs.csv and daily.csv, so it works on
 * any folder, finished or interrupted. Imports {@code result}, {@code scenario}, {@code analysis},
 * Jackson and JFreeChart; never runs a simulation and never expands a design: a sobol or morris
 * design reaches it as a {@link badaboum.report.SensitivityDesign} that the command line builds.
 */
package badaboum.report;

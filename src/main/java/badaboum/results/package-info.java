/**
 * The results folder and everything written in it, owned in one place: {@link
 * badaboum.results.ResultsFile} names every file; {@link badaboum.results.SweepSession} starts,
 * resumes and retries a sweep (lock, manifest, journals, Ctrl-C and faults); {@link
 * badaboum.results.SweepWriter} writes runs.csv, timings.csv, daily.csv and the trace journal as
 * runs end; {@link badaboum.results.RunsCsv} is the one reader and writer of runs.csv; {@link
 * badaboum.results.Manifest} is manifest.json as types; {@link badaboum.results.PointsCsv} the
 * design's points; {@link badaboum.results.RunTables} a run's traces, summaries and members.
 *
 * <p>Imports {@code result}, {@code scenario}, {@code sweep} (the plan, executors and design
 * points), {@code analysis} (the streaming daily aggregation), {@code engine} (only the memory
 * estimate, for messages) and Jackson; never the report or the command line.
 */
package badaboum.results;

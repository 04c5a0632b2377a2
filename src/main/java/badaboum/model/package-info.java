/**
 * The rules of one day: the audience, each brand's community state in arrays indexed by person id,
 * and the mechanisms that change it. Imports {@code scenario}, {@code result}, MASON's random
 * numbers and Commons Math; knows nothing of MASON's schedule, of files or of the command line.
 */
package badaboum.model;

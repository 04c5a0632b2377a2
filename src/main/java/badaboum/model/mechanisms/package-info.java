/**
 * One class per daily mechanism of DESIGN.md §2, each looping over the people it concerns. Their
 * order is fixed in {@link badaboum.model.DailyCycle}.
 */
package badaboum.model.mechanisms;

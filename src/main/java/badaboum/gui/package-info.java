/**
 * The workshop console: MASON's {@code GUIState} around the engine's {@code CommunitySimulation}
 * (MASON's {@code *WithUI} pattern), the network view of a sample of the audience coloured by
 * state, live charts, an event log and the strategy's parameters in the console's Model tab. It
 * only reads the model after each day, so a run here is exactly the run of {@code badaboum run}
 * with the same seed. Imports {@code engine}, {@code model}, {@code scenario}, MASON's display and
 * JFreeChart; nothing imports it but {@code cli}.
 */
package badaboum.gui;

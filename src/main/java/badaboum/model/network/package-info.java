/**
 * The friendship graph of an audience: who can hear about a brand from whom. {@link
 * badaboum.model.network.Graph} stores it as an immutable compressed sparse row (CSR) adjacency
 * over person ids {@code 0..n-1}, or as complete mixing without stored edges; {@link
 * badaboum.model.network.NetworkGenerators} builds Erdős–Rényi, Watts–Strogatz and Barabási–Albert
 * graphs deterministically from an explicitly passed random stream; {@link
 * badaboum.model.network.EdgeListReader} loads a graph from an edge-list file and reports every
 * problem at once. It imports only the JDK and MASON's {@code ec.util.MersenneTwisterFast}, so the
 * rest of the model can depend on it without dragging anything along.
 */
package badaboum.model.network;

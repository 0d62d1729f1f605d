namespace CryoWeb.Controller.Wiring;

/// <summary>The wiring a configuration gives the console (<see cref="WiringTable.Read"/>).</summary>
/// <param name="Rows">One row per connection in wiring order; empty when the console has no wiring.</param>
/// <param name="NoWiring">Why there are no rows (the plant is simulated), naming the key; null when there are.</param>
public sealed record ConsoleWiring(IReadOnlyList<WiringRow> Rows, string? NoWiring);

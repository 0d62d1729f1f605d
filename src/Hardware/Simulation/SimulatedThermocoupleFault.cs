namespace CryoWeb.Hardware.Simulation;

/// <summary>A fault injected into one simulated thermocouple channel.</summary>
public enum SimulatedThermocoupleFault
{
    None,

    /// <summary>Broken wire: the amplifier flags an open circuit.</summary>
    OpenCircuit,

    /// <summary>Shorted leads: the junction moves to the short, so the channel reads about the console's inside temperature with no fault bit.</summary>
    Shorted,
}

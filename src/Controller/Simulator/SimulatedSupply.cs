namespace CryoWeb.Controller.Simulator;

/// <summary>A gas supply of the simulated plant, for a pressure-loss fault (the same names as the plant's supplies).</summary>
public enum SimulatedSupply
{
    Argon,
    ThawGas,
}

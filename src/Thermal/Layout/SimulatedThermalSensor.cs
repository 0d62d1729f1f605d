using System.Numerics;

namespace CryoWeb.Thermal.Layout;

/// <summary>A thermal sensor (TS) needle thermocouple placed in the simulated tissue.</summary>
public sealed record SimulatedThermalSensor
{
    public string Name { get; init; } = "TS";

    public Vector3 PositionMm { get; init; }

    /// <summary>First-order response time of the needle thermocouple.</summary>
    public double LagSeconds { get; init; } = 1.5;
}

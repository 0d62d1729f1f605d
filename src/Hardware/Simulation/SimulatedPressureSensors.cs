using CryoWeb.Hardware.Pressure;

namespace CryoWeb.Hardware.Simulation;

/// <summary>Supply pressure transducers of a simulated plant (0.5-4.5 V = 0-6000 psi), reading the tanks.</summary>
public sealed class SimulatedPressureSensors(SimulatedPlant plant, TimeProvider? time = null) : ISupplyPressureSensors
{
    private const double MinVolts = 0.5;
    private const double VoltsPerPsi = 4.0 / 6000;

    public PressureReading Read(GasSupply supply)
    {
        double psi = plant.TankPsi(supply);
        return new PressureReading(psi, MinVolts + (psi * VoltsPerPsi), PressureFault.None, time?.GetUtcNow() ?? plant.Now);
    }

    public void Dispose()
    {
    }
}

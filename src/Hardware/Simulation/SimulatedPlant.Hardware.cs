namespace CryoWeb.Hardware.Simulation;

/// <summary>The plant seen through the same interfaces as the real console.</summary>
public sealed partial class SimulatedPlant
{
    /// <summary>Wraps this plant in the hardware interfaces the controller uses; valves start closed.</summary>
    internal PlantHardware CreateHardware(TimeProvider time)
    {
        var channels = Layout.Probes.Select((p, i) => new ThermocoupleChannelInfo($"{p.Name} tip", i))
            .Concat(Layout.Sensors.Select(s => new ThermocoupleChannelInfo(s.Name, null)))
            .ToList();
        return new PlantHardware(
            $"Simulated plant: {ProbeCount} probe(s), {Layout.Sensors.Count} thermal sensor(s), {Tissue.Geometry.SpacingMm} mm grid",
            new SimulatedValveBank(this, time),
            new SimulatedThermocoupleBank(this, time),
            new SimulatedPressureSensors(this, time),
            new SimulatedHeartbeat(),
            channels);
    }
}

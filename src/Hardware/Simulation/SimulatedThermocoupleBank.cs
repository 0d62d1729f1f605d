using CryoWeb.Hardware.Thermocouples;

namespace CryoWeb.Hardware.Simulation;

/// <summary>Thermocouple channels of a simulated plant: probe tips first, then thermal sensors.</summary>
/// <remarks>With a <see cref="TimeProvider"/>, readings are stamped with its clock (as the real drivers do); without, with simulated time.</remarks>
public sealed class SimulatedThermocoupleBank(SimulatedPlant plant, TimeProvider? time = null) : IThermocoupleBank
{
    public int ChannelCount => plant.ChannelCount;

    public ThermocoupleReading Read(int channel)
    {
        if ((uint)channel >= (uint)plant.ChannelCount)
        {
            throw new ArgumentOutOfRangeException(nameof(channel), channel, $"Channels are 0..{plant.ChannelCount - 1}.");
        }

        var reading = plant.ReadThermocouple(channel);
        return time is null ? reading : reading with { Timestamp = time.GetUtcNow() };
    }

    public void Dispose()
    {
    }
}

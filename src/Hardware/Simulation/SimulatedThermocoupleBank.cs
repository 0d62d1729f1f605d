using CryoWeb.Hardware.Thermocouples;

namespace CryoWeb.Hardware.Simulation;

/// <summary>Thermocouple channels of a simulated plant: probe tips first, then thermal sensors.</summary>
public sealed class SimulatedThermocoupleBank(SimulatedPlant plant) : IThermocoupleBank
{
    public int ChannelCount => plant.ChannelCount;

    public ThermocoupleReading Read(int channel)
    {
        if ((uint)channel >= (uint)plant.ChannelCount)
        {
            throw new ArgumentOutOfRangeException(nameof(channel), channel, $"Channels are 0..{plant.ChannelCount - 1}.");
        }

        return plant.ReadThermocouple(channel);
    }

    public void Dispose()
    {
    }
}

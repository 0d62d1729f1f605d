using CryoWeb.Hardware.Heartbeat;
using CryoWeb.Hardware.Pressure;
using CryoWeb.Hardware.Thermocouples;
using CryoWeb.Hardware.Valves;

namespace CryoWeb.Hardware;

/// <summary>
/// Everything the controller drives and reads, real or simulated, with the wiring of the thermocouple channels.
/// Disposing closes every valve first, then disposes each part. It owns nothing else: in particular not the GPIO
/// controller of the real console, whose disposal would release the valve lines (see <see cref="PhysicalPlantFactory"/>).
/// </summary>
internal sealed class PlantHardware : IDisposable
{
    private bool _disposed;

    public PlantHardware(
        string description,
        IValveBank valves,
        IThermocoupleBank thermocouples,
        ISupplyPressureSensors pressures,
        IHeartbeat heartbeat,
        IReadOnlyList<ThermocoupleChannelInfo> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        if (channels.Count != thermocouples.ChannelCount)
        {
            throw new ArgumentException(
                $"{channels.Count} channel descriptions for a bank of {thermocouples.ChannelCount} thermocouple channels.",
                nameof(channels));
        }

        Description = description;
        Valves = valves;
        Thermocouples = thermocouples;
        Pressures = pressures;
        Heartbeat = heartbeat;
        Channels = channels;
    }

    /// <summary>Human-readable summary, e.g. "Simulated plant, 3 probes, 4 thermal sensors".</summary>
    public string Description { get; }

    public IValveBank Valves { get; }

    public IThermocoupleBank Thermocouples { get; }

    public ISupplyPressureSensors Pressures { get; }

    public IHeartbeat Heartbeat { get; }

    public IReadOnlyList<ThermocoupleChannelInfo> Channels { get; }

    public int ProbeCount => Valves.ProbeCount;

    /// <summary>
    /// Commands every valve closed, then disposes the valves, the thermocouples, the pressure sensors and the heartbeat,
    /// each even if an earlier one throws. Only the first call does anything.
    /// </summary>
    /// <exception cref="AggregateException">One or more parts threw; all of them were still disposed.</exception>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        List<Exception>? failures = null;
        Attempt(Valves.CloseAll, ref failures);
        Attempt(Valves.Dispose, ref failures);
        Attempt(Thermocouples.Dispose, ref failures);
        Attempt(Pressures.Dispose, ref failures);
        Attempt(Heartbeat.Dispose, ref failures);
        if (failures is not null)
        {
            throw new AggregateException($"Releasing the plant hardware ({Description}) failed.", failures);
        }
    }

    private static void Attempt(Action step, ref List<Exception>? failures)
    {
        try
        {
            step();
        }
#pragma warning disable CA1031 // Keep going so every part is released; rethrown together by Dispose.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            (failures ??= []).Add(ex);
        }
    }
}

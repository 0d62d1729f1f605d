using CryoWeb.Controller.Setup;
using System.Globalization;
using CryoWeb.Hardware;

namespace CryoWeb.Controller.Naming;

/// <summary>
/// The names of every thermocouple channel and probe at one moment: the procedure's names ("TS1 urethra") for the
/// sensors it uses, the plant's wiring names elsewhere. Immutable, so a reader never sees half of a change.
/// </summary>
public sealed class NameSet
{
    private readonly string[] _channels;
    private readonly string[] _probes;

    private NameSet(string[] channels, int probeCount)
    {
        _channels = channels;
        _probes = [.. Enumerable.Range(1, probeCount).Select(p => string.Create(CultureInfo.InvariantCulture, $"Probe {p}"))];
    }

    /// <summary>Channel names in channel order (sample row value i belongs to channel i).</summary>
    public IReadOnlyList<string> Channels => _channels;

    public int ProbeCount => _probes.Length;

    /// <summary>The plant's wiring names, used when no procedure runs.</summary>
    internal static NameSet Plant(PlantHardware plant)
    {
        ArgumentNullException.ThrowIfNull(plant);
        return new([.. plant.Channels.Select(c => c.Name)], plant.ProbeCount);
    }

    /// <summary>The names a procedure gave its sensors, the plant's for every other channel.</summary>
    internal static NameSet For(PlantHardware plant, ProcedureSetup setup)
    {
        ArgumentNullException.ThrowIfNull(plant);
        ArgumentNullException.ThrowIfNull(setup);
        return new([.. setup.ChannelNames(plant)], plant.ProbeCount);
    }

    /// <summary>The name of thermocouple channel <paramref name="channel"/> (zero-based); "channel N" past the end.</summary>
    public string SensorName(int channel) =>
        (uint)channel < (uint)_channels.Length ? _channels[channel] : string.Create(CultureInfo.InvariantCulture, $"channel {channel}");

    /// <summary>"Probe 2" for zero-based probe 1: probes are named by their number on the console (the set-up gives
    /// them no other name).</summary>
    public string ProbeName(int probe) =>
        (uint)probe < (uint)_probes.Length ? _probes[probe] : string.Create(CultureInfo.InvariantCulture, $"Probe {probe + 1}");
}

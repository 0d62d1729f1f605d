using CryoWeb.Controller.Configuration;
using CryoWeb.Hardware;

namespace CryoWeb.Controller.Contract;

/// <summary>
/// The console's static description, what the web needs to draw and check without a control object: the probes, the
/// thermocouple channels with their wiring names, the supply minimums below which gas is refused, the tick period.
/// Fixed for the life of the controller; a plain serialisable record.
/// </summary>
/// <param name="ProbeCount">Probes are numbered 1 to this on the wire (zero-based inside frames).</param>
public sealed record ConsoleDescription(int ProbeCount, IReadOnlyList<ChannelDescription> Channels, double ArgonMinPsi, double ThawMinPsi, TimeSpan TickPeriod)
{
    /// <summary>The description of <paramref name="plant"/> driven with <paramref name="options"/>.</summary>
    internal static ConsoleDescription Of(PlantHardware plant, ControllerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plant);
        options ??= new ControllerOptions();
        return new(plant.ProbeCount, [.. plant.Channels.Select((c, i) => new ChannelDescription(i, c.Name, c.TipOfProbe))], options.ArgonMinPsi, options.ThawMinPsi, options.TickPeriod);
    }

    /// <summary>The tip channel of zero-based <paramref name="probeIndex"/>, or -1 when it has none.</summary>
    public int TipChannel(int probeIndex)
    {
        for (int c = 0; c < Channels.Count; c++)
        {
            if (Channels[c].TipOfProbe == probeIndex)
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The tip channel of each probe (index 0 = probe 1), -1 where a probe has none.</summary>
    public IReadOnlyList<int> ProbeTipChannels() => [.. Enumerable.Range(0, ProbeCount).Select(TipChannel)];

    /// <summary>Null when 1-based <paramref name="probe"/> exists, else the reason naming the field.</summary>
    public string? ProbeProblem(int probe) =>
        probe >= 1 && probe <= ProbeCount ? null : $"probe: {probe} is not a probe of this console (1 to {ProbeCount}).";
}

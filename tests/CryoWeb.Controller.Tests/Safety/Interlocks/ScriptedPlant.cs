using CryoWeb.Controller.Conditions;
using CryoWeb.Controller.Configuration;
using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Sensors;

namespace CryoWeb.Controller.Tests.Safety.Interlocks;

/// <summary>
/// Scripted inputs for one interlock: two probes (tips on channels 0 and 1), two thermal sensors (channels 2 and 3),
/// readings set by hand, and the verdict and conditions the interlock writes. No plant, no physics, no tick.
/// </summary>
internal sealed class ScriptedPlant
{
    public const int Channels = 4;

    public ScriptedPlant(ControllerOptions? options = null)
    {
        Options = options ?? new ControllerOptions();
        Probes = [new ProbeController(0, Options), new ProbeController(1, Options)];
        Readings = new SensorReadings(Channels, [0, 1]);
        Array.Fill(Readings.Celsius, 37.0);
        (Readings.ArgonPsi, Readings.ThawPsi) = (4500, 2200);
        Gate = new SafetyGate(Probes.Length, (probe, reason) => $"probe {probe + 1}: {reason.Cause}");
    }

    public static DateTimeOffset Start { get; } = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public ControllerOptions Options { get; }

    public ProbeController[] Probes { get; }

    public SensorReadings Readings { get; }

    public SafetyGate Gate { get; }

    public ConditionSet Conditions { get; } = new();

    /// <summary>Puts a probe in a mode as an operator would (checked, full power unless given).</summary>
    public void Set(int probe, ProbeMode mode, DateTimeOffset at, double powerPercent = 100)
    {
        var outcome = Probes[probe].TrySet(mode, powerPercent, new SupplyState(Readings.ArgonPsi, Readings.ThawPsi, false), tipValid: true, at);
        Assert.True(outcome.Accepted, outcome.Reason);
    }

    /// <summary>Starts a tick's safety step: nothing limited, no condition present.</summary>
    public void NewTick()
    {
        Gate.Reset();
        Conditions.Clear();
    }
}

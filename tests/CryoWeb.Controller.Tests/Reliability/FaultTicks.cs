using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Tests.Control;
using CryoWeb.Controller.Frames;

namespace CryoWeb.Controller.Tests.Reliability;

/// <summary>Counts control ticks from a fault becoming visible to the controller until its reaction shows in a frame.</summary>
internal static class FaultTicks
{
    /// <summary>The target of issue 5: alarm and safe action within two control ticks of the fault.</summary>
    public const int Target = 2;

    /// <summary>Ticks (1 = the first tick after the fault) until <paramref name="reached"/> holds for the published frame.</summary>
    public static int Until(ConsoleHarness console, Func<ControlFrame, bool> reached, int limit)
    {
        for (int tick = 1; tick <= limit; tick++)
        {
            console.Tick();
            if (reached(console.LastFrame()))
            {
                return tick;
            }
        }

        Assert.Fail($"no reaction within {limit} ticks");
        return -1;
    }

    /// <summary>The listed probes (0-based) freezing at full power for <paramref name="seconds"/>.</summary>
    public static ConsoleHarness Freezing(int seconds, params int[] probes)
    {
        var console = new ConsoleHarness();
        console.RunFor(TimeSpan.FromSeconds(1));
        foreach (int p in probes)
        {
            var outcome = console.Send(new SetProbeModeCommand(p + 1, ProbeMode.Freeze, 100));
            Assert.True(outcome.Accepted, outcome.Reason);
        }

        console.RunFor(TimeSpan.FromSeconds(seconds));
        return console;
    }
}

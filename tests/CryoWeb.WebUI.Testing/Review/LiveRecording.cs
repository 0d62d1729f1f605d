using CryoWeb.Controller.Setup;
using CryoWeb.Controller.CommandService;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.WebUI.Tests.Review;

/// <summary>
/// Records a short procedure on the running console as an Operator would: create, start, freeze probe 1, stop, finish.
/// Channel 2, wired as "TS1 margin", is the team's "TS1 ureter", a protected structure whose limit (40 °C, alarm only)
/// body temperature passes: its alarm is raised at once and names it.
/// </summary>
internal static class LiveRecording
{
    public static readonly Caller Operator = new("anna", ConsoleRole.Operator, "127.0.0.1");

    public static readonly SensorSetup RenamedSensor = new(2, "TS1 ureter", CryoWeb.Controller.Safety.SensorRole.CriticalStructure, 40, CryoWeb.Controller.Safety.ProtectiveAction.AlarmOnly, []);

    /// <summary>Returns the finished record and its stored samples (at least <paramref name="minSamples"/>).</summary>
    public static async Task<(ProcedureRecord Record, IReadOnlyList<SampleRow> Samples)> RecordAsync(ConsoleServer server, string label, int minSamples)
    {
        var procedures = server.Services.GetRequiredService<ProcedureService>();
        var commands = server.Services.GetRequiredService<ConsoleCommandService>();
        var store = server.Services.GetRequiredService<ProcedureStore>();
        var (created, record) = await procedures.CreateAsync(Operator, new ProcedureSetup(label, "kidney", [1], [RenamedSensor]));
        Assert.True(created.Accepted, created.Reason);
        var started = await procedures.StartAsync(Operator, record!.Id);
        Assert.True(started.Accepted, started.Reason);
        var freeze = await commands.SetProbeMode(Operator, 1, ProbeMode.Freeze, 80);
        Assert.True(freeze.Accepted, freeze.Reason);

        // The control loop runs in real time: wait, with a deadline, until enough is recorded.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await store.ReadSamplesAsync(record.Id, DateTimeOffset.MinValue, DateTimeOffset.MaxValue)).Count < minSamples)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{minSamples} samples not recorded within 20 s");
            await Task.Delay(100);
        }

        var off = await commands.SetProbeMode(Operator, 1, ProbeMode.Off);
        Assert.True(off.Accepted, off.Reason);
        var finished = await procedures.FinishAsync(Operator, record.Id);
        Assert.True(finished.Accepted, finished.Reason);
        return ((await store.GetProcedureAsync(record.Id))!, await store.ReadSamplesAsync(record.Id, DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
    }
}

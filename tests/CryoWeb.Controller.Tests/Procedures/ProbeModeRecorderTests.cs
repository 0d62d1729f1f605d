using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using CryoWeb.Controller.Frames;

namespace CryoWeb.Controller.Tests.Procedures;

public sealed class ProbeModeRecorderTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cryoweb-modes-" + Guid.NewGuid().ToString("N"));
    private readonly ProcedureStore _store;
    private readonly SampleRecorder _samples;
    private readonly ProbeModeRecorder _modes;
    private readonly ControlFrame _frame = new(channels: 3, probes: 2);

    public ProbeModeRecorderTests()
    {
        Directory.CreateDirectory(_folder);
        _store = new ProcedureStore(Path.Combine(_folder, "m.db"), new FakeTimeProvider(T0), NullLogger<ProcedureStore>.Instance, new StorageOptions());
        _samples = new SampleRecorder(_store);
        _modes = new ProbeModeRecorder(_store, _samples);
    }

    [Fact]
    public async Task Each_mode_change_of_the_running_procedure_is_recorded_once_with_its_time_and_probe()
    {
        var id = Guid.NewGuid();
        Frame(0, ProbeMode.Off, ProbeMode.Off);
        _samples.Begin(id);
        Frame(1, ProbeMode.Off, ProbeMode.Off);
        Frame(2, ProbeMode.Freeze, ProbeMode.Off, power1: 80);
        Frame(3, ProbeMode.Freeze, ProbeMode.Off, power1: 80);
        Frame(4, ProbeMode.PassiveThaw, ProbeMode.Stick);
        _samples.End();
        Frame(5, ProbeMode.Off, ProbeMode.Off);

        var events = await Events(id);

        Assert.Equal(
            [(2, "probe=1 mode=Freeze power=80"), (4, "probe=1 mode=PassiveThaw"), (4, "probe=2 mode=Stick")],
            events.Select(e => ((int)(e.Time - T0).TotalSeconds, e.Parameters)).ToArray());
        Assert.All(events, e => Assert.Equal((ProbeModeRecorder.User, ProbeModeRecorder.Command), (e.User, e.Command)));
    }

    [Fact]
    public async Task A_probe_already_freezing_when_recording_begins_is_recorded_at_the_first_frame()
    {
        var first = Guid.NewGuid();
        _samples.Begin(first);
        Frame(0, ProbeMode.Freeze, ProbeMode.Off, power1: 50);
        _samples.End();
        var second = Guid.NewGuid();
        _samples.Begin(second);
        Frame(1, ProbeMode.Freeze, ProbeMode.Off, power1: 50);

        Assert.Single(await Events(first));
        var again = Assert.Single(await Events(second));
        Assert.Equal("probe=1 mode=Freeze power=50", again.Parameters);
    }

    [Theory]
    [InlineData("probe=2 mode=ActiveThaw", true, 2, ProbeMode.ActiveThaw)]
    [InlineData("probe=1 mode=Freeze power=40", true, 1, ProbeMode.Freeze)]
    [InlineData("probe=1 mode=Melt", false, 0, ProbeMode.Off)]
    [InlineData("probe=x mode=Off", false, 0, ProbeMode.Off)]
    [InlineData("label=Case 1", false, 0, ProbeMode.Off)]
    public void Parameters_read_back_only_when_written_by_the_recorder(string parameters, bool ok, int probe, ProbeMode mode)
    {
        Assert.Equal(ok, ProbeModeRecorder.TryParse(parameters, out int readProbe, out var readMode));
        if (ok)
        {
            Assert.Equal((probe, mode), (readProbe, readMode));
        }
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<IReadOnlyList<AuditEvent>> Events(Guid id)
    {
        Assert.True(await _store.FlushAsync());
        return await _store.ReadEventsAsync(id);
    }

    private void Frame(int second, ProbeMode probe1, ProbeMode probe2, double power1 = 0)
    {
        _frame.Time = T0.AddSeconds(second);
        _frame.ProbeModes[0] = probe1;
        _frame.ProbeModes[1] = probe2;
        _frame.ProbeDutyPercent[0] = power1;
        _modes.OnFrame(_frame);
    }
}

using CryoWeb.Controller.Alarms;
using Microsoft.Extensions.Time.Testing;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Tests.Alarms;

/// <summary>An <see cref="AlarmManager"/> on a fake clock, with what its log sink received and a few keys.</summary>
internal sealed class AlarmRig
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public static readonly AlarmKey EStop = AlarmKey.Console(AlarmCondition.EmergencyStop);
    public static readonly AlarmKey BusFailure = AlarmKey.Console(AlarmCondition.SensorBusFailure);
    public static readonly AlarmKey LowPressure = AlarmKey.Console(AlarmCondition.LowSupplyPressure);

    public AlarmRig(AlarmCatalog? catalog = null, bool escalation = true, int? maxLogEntries = null)
    {
        Manager = new AlarmManager(Time, new AlarmManagerOptions
        {
            Catalog = catalog ?? AlarmCatalog.Default,
            EscalationDelay = escalation ? TimeSpan.FromMinutes(2) : null,
            MaxLogEntries = maxLogEntries,
            LogSink = Sunk.Add,
        });
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public AlarmManager Manager { get; }

    public List<AlarmLogEntry> Sunk { get; } = [];

    public static AlarmKey Tc(int channel) => new(AlarmCondition.ThermocoupleFault, channel);

    public static AlarmKey Margin20(int channel) => new(AlarmCondition.MarginReachedMinus20, channel);

    /// <summary>A catalog where ThermocoupleFault has another priority or latches (for Low and latching Medium).</summary>
    public static AlarmCatalog WithThermocoupleFault(AlarmPriority priority, bool latching) =>
        AlarmCatalog.Default.With(new(AlarmCondition.ThermocoupleFault, priority, latching, "Temperature sensor fault"));

    public AlarmSnapshot Snapshot => Manager.Snapshot();

    public AudioState Audio => Manager.Snapshot().Audio;

    public Alarm Single() => Assert.Single(Manager.Snapshot().Alarms);

    public Alarm Find(AlarmKey key) => Assert.Single(Manager.Snapshot().Alarms, a => a.Key == key);

    /// <summary>Moves the fake clock and lets the manager apply what fell due, as the consumer does each tick.</summary>
    public void Advance(TimeSpan by)
    {
        Time.Advance(by);
        Manager.Tick();
    }

    public void AdvanceTo(TimeSpan sinceStart) => Advance(Start + sinceStart - Time.GetUtcNow());

    public AlarmLogEvent[] Events() => [.. Manager.Log.Select(e => e.Event)];
}

using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Tests.Alarms;

/// <summary>The default catalog is the table of DESIGN.md, and every catalog keeps its rules.</summary>
public class AlarmCatalogTests
{
    [Theory]
    [InlineData(AlarmCondition.EmergencyStop, AlarmPriority.High, true)]
    [InlineData(AlarmCondition.SupplyOverPressure, AlarmPriority.High, true)]
    [InlineData(AlarmCondition.ProbeNotCooling, AlarmPriority.High, true)]
    [InlineData(AlarmCondition.GasWithValveClosed, AlarmPriority.High, true)]
    [InlineData(AlarmCondition.CriticalStructureLimit, AlarmPriority.High, true)]
    [InlineData(AlarmCondition.ControlLoopOverrun, AlarmPriority.High, true)]
    [InlineData(AlarmCondition.SensorBusFailure, AlarmPriority.High, true)]
    [InlineData(AlarmCondition.StorageFailure, AlarmPriority.High, true)]
    [InlineData(AlarmCondition.LowSupplyPressure, AlarmPriority.Medium, false)]
    [InlineData(AlarmCondition.ThermocoupleFault, AlarmPriority.Medium, false)]
    [InlineData(AlarmCondition.TankNearlyEmpty, AlarmPriority.Medium, false)]
    [InlineData(AlarmCondition.MarginReachedMinus20, AlarmPriority.Information, false)]
    [InlineData(AlarmCondition.MarginReachedMinus40, AlarmPriority.Information, false)]
    [InlineData(AlarmCondition.ProbeNotThawing, AlarmPriority.High, true)]
    public void Default_catalog_is_the_design_table(AlarmCondition condition, AlarmPriority priority, bool latching)
    {
        var entry = AlarmCatalog.Default[condition];
        Assert.Equal(condition, entry.Condition);
        Assert.Equal(priority, entry.Priority);
        Assert.Equal(latching, entry.Latching);
        Assert.False(string.IsNullOrWhiteSpace(entry.Title));
    }

    [Fact]
    public void Every_condition_has_one_entry_in_enum_order_and_the_enum_is_numbered_from_zero()
    {
        var conditions = Enum.GetValues<AlarmCondition>();
        Assert.Equal(conditions, AlarmCatalog.Default.Entries.Select(e => e.Condition));
        Assert.Equal(Enumerable.Range(0, conditions.Length), conditions.Select(c => (int)c));
        Assert.Equal(conditions.Length, AlarmCatalog.Default.Entries.Select(e => e.Title).Distinct().Count());
    }

    [Fact]
    public void Only_the_margin_signals_are_information_signals()
    {
        Assert.Equal(
            [AlarmCondition.MarginReachedMinus20, AlarmCondition.MarginReachedMinus40],
            AlarmCatalog.Default.Entries.Where(e => e.IsInformationSignal).Select(e => e.Condition));
    }

    [Fact]
    public void Undefined_condition_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AlarmCatalog.Default[(AlarmCondition)99]);
    }

    [Fact]
    public void With_replaces_one_entry_and_leaves_the_default_alone()
    {
        var catalog = AlarmCatalog.Default.With(new(AlarmCondition.ThermocoupleFault, AlarmPriority.Low, true, "TC"));
        Assert.Equal(AlarmPriority.Low, catalog[AlarmCondition.ThermocoupleFault].Priority);
        Assert.True(catalog[AlarmCondition.ThermocoupleFault].Latching);
        Assert.Equal(AlarmPriority.Medium, AlarmCatalog.Default[AlarmCondition.ThermocoupleFault].Priority);
        Assert.Same(AlarmCatalog.Default[AlarmCondition.EmergencyStop], catalog[AlarmCondition.EmergencyStop]);
    }

    [Fact]
    public void High_priority_must_latch()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            AlarmCatalog.Default.With(new(AlarmCondition.EmergencyStop, AlarmPriority.High, false, "E-stop")));
        Assert.Contains("EmergencyStop", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Information_signal_cannot_latch()
    {
        Assert.Throws<ArgumentException>(() =>
            AlarmCatalog.Default.With(new(AlarmCondition.MarginReachedMinus20, AlarmPriority.Information, true, "-20")));
    }

    [Fact]
    public void Missing_duplicate_and_untitled_entries_are_refused()
    {
        var entries = AlarmCatalog.Default.Entries;
        var missing = Assert.Throws<ArgumentException>(() => new AlarmCatalog(entries.Skip(1)));
        Assert.Contains("no entry for EmergencyStop", missing.Message, StringComparison.Ordinal);
        var twice = Assert.Throws<ArgumentException>(() => new AlarmCatalog(entries.Append(entries[0])));
        Assert.Contains("EmergencyStop twice", twice.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => AlarmCatalog.Default.With(entries[7] with { Title = " " }));
    }
}

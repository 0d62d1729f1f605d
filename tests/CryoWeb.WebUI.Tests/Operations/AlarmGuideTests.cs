using CryoWeb.Controller.Alarms;
using CryoWeb.WebUI.Cli.Operations;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.WebUI.Tests.Operations;

public sealed class AlarmGuideTests
{
    public static TheoryData<AlarmCondition> Conditions => [.. Enum.GetValues<AlarmCondition>()];

    [Theory]
    [MemberData(nameof(Conditions))]
    public void Every_alarm_condition_has_guidance(AlarmCondition condition)
    {
        var guidance = AlarmGuide.For(condition);

        Assert.False(string.IsNullOrWhiteSpace(guidance.ConsoleAction), $"{condition}: no console action.");
        Assert.False(string.IsNullOrWhiteSpace(guidance.WhatToDo), $"{condition}: nothing to do.");
    }

    [Fact]
    public void An_undefined_condition_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AlarmGuide.For((AlarmCondition)999));
    }

    [Fact]
    public void The_table_has_one_row_per_catalog_entry_with_its_priority_latching_and_title()
    {
        string[] lines = AlarmGuide.ToMarkdown(AlarmCatalog.Default).TrimEnd('\n').Split('\n');

        Assert.Equal(Enum.GetValues<AlarmCondition>().Length + 2, lines.Length);
        Assert.StartsWith("| SupplyOverPressure | Gas supply pressure too high | High | yes | That supply valve closed", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("| LowSupplyPressure | Gas supply pressure low | Medium | no |", lines[10], StringComparison.Ordinal);
        Assert.StartsWith("| MarginReachedMinus40 | Margin sensor reached -40 °C | information signal | no |", lines[^2], StringComparison.Ordinal);
        Assert.StartsWith("| ProbeNotThawing | Probe not thawing: freeze valve may be stuck open | High | yes | The argon supply is held closed", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_follows_a_changed_catalog()
    {
        var catalog = AlarmCatalog.Default.With(new AlarmCatalogEntry(AlarmCondition.TankNearlyEmpty, AlarmPriority.High, true, "Argon almost gone"));

        Assert.Contains("| TankNearlyEmpty | Argon almost gone | High | yes |", AlarmGuide.ToMarkdown(catalog), StringComparison.Ordinal);
    }
}

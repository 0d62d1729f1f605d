using CryoWeb.Controller.Safety;

namespace CryoWeb.WebUI.Components.Console;

/// <summary>One thermal sensor channel as edited on the set-up page.</summary>
public sealed class SetupSensorRow
{
    public required int Channel { get; init; }

    /// <summary>The wiring name ("TS3 critical"), offered as the default name.</summary>
    public required string WiringName { get; init; }

    public bool InUse { get; set; }

    public string Name { get; set; } = "";

    public SensorRole Role { get; set; } = SensorRole.Margin;

    /// <summary>As typed; parsed (invariant culture) when the form is sent.</summary>
    public string LimitCelsius { get; set; } = "0";

    public ProtectiveAction Action { get; set; } = ProtectiveAction.AlarmOnly;

    /// <summary>1-based probes the protective action applies to; none = every probe in use.</summary>
    public HashSet<int> LinkedProbes { get; } = [];
}

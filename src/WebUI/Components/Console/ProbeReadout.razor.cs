using System.Globalization;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.WebUI.Live;
using Microsoft.AspNetCore.Components;

namespace CryoWeb.WebUI.Components.Console;

/// <summary>
/// What a probe's tile reads out: its power, its valves as commanded (labelled so: there is no valve position
/// sensing), the safety gate's limit and why, its protocol and step in words, and, prominently, what the measurements
/// say against the mode (a tip that does not warm in a thaw, or the argon closed by another probe's fault).
/// </summary>
public partial class ProbeReadout
{
    [Parameter, EditorRequired]
    public ProbeStatus Probe { get; set; } = default!;

    private int N => Probe.Number;

    private bool HasStep => Probe.ProtocolState is ProtocolState.Running or ProtocolState.Paused && Probe.StepIndex >= 0 && Probe.StepIndex < Probe.StepCount;

    /// <summary>"commanded: freeze pulsed at 50 %, thaw closed" (there is no valve position sensing): at partial power the duty, not a flicker.</summary>
    private string ValvesText => $"commanded: freeze {FreezeValveText}, thaw {(Probe.ThawValveOpen ? "open" : "closed")}";

    private string FreezeValveText =>
        Probe.Mode is ProbeMode.Freeze or ProbeMode.Stick && Probe.PowerPercent is > 0 and < 100
            ? string.Create(CultureInfo.InvariantCulture, $"pulsed at {Probe.PowerPercent:0} %")
            : Probe.FreezeValveOpen ? "open" : "closed";

    private string StateText => Probe.ProtocolState switch
    {
        ProtocolState.Running => "running",
        ProtocolState.Paused => "paused",
        ProtocolState.Completed => "completed",
        ProtocolState.Aborted => "stopped before its end",
        _ => "not started",
    };
}

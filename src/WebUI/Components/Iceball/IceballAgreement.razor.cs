using CryoWeb.Controller.Iceball;
using Microsoft.AspNetCore.Components;

namespace CryoWeb.WebUI.Components.Iceball;

/// <summary>
/// The live estimate's check against the thermal sensors: the RMS difference over the recent past for the fitted and
/// the uncorrected (nominal tissue) model, the tissue the fit chose, and each sensor now, measured and modelled.
/// Anything not compared yet (NaN) says so in words.
/// </summary>
public sealed partial class IceballAgreement
{
    public const string NotCompared = "not yet compared";

    [Parameter, EditorRequired]
    public ModelAgreement Agreement { get; set; } = default!;

    /// <summary>Sensor names by channel; a sensor without one is called "TS ch N".</summary>
    [Parameter]
    public IReadOnlyDictionary<int, string>? SensorNames { get; set; }

    /// <summary>"conductivity ×1.15, perfusion ×2" (scales of the nominal tissue).</summary>
    private string Tissue => $"conductivity {IceballFormat.Scale(Agreement.ConductivityScale)}, perfusion {IceballFormat.Scale(Agreement.PerfusionScale)}";

    private static string Compared(double celsius) => IceballFormat.Celsius(celsius, NotCompared);

    private string Name(int channel) => IceballFormat.Sensor(channel, SensorNames);
}

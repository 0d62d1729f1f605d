namespace CryoWeb.WebUI.Components.Pages.Plan;

/// <summary>One placed probe as typed on the plan page; the numbers stay text until the layout is read.</summary>
public sealed class PlanProbeRow
{
    /// <summary>1-based probe number on the console.</summary>
    public int Probe { get; set; } = 1;

    public string TipXMm { get; set; } = "0";

    public string TipYMm { get; set; } = "0";

    public string TipZMm { get; set; } = "-15";

    public string ActiveLengthMm { get; set; } = "30";

    public string DiameterMm { get; set; } = "1.5";
}

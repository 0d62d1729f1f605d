namespace CryoWeb.WebUI.Components.Pages.Plan;

/// <summary>One placed thermal sensor as typed on the plan page; the numbers stay text until the layout is read.</summary>
public sealed class PlanSensorRow
{
    /// <summary>0-based thermocouple channel of the sensor.</summary>
    public int Channel { get; set; }

    public string XMm { get; set; } = "0";

    public string YMm { get; set; } = "0";

    public string ZMm { get; set; } = "0";
}

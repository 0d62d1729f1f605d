namespace CryoWeb.Hardware.Configuration;

/// <summary>The two valves of one probe.</summary>
public sealed class ProbeValveOptions
{
    public ValvePinOptions Freeze { get; set; } = new();

    public ValvePinOptions Thaw { get; set; } = new();
}

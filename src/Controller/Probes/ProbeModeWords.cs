namespace CryoWeb.Controller.Probes;

/// <summary>A probe mode as a clinician reads it ("Passive thaw", never "PassiveThaw"). Constant strings: safe in the tick.</summary>
public static class ProbeModeWords
{
    public static string Of(ProbeMode mode) => mode switch
    {
        ProbeMode.Off => "Off",
        ProbeMode.Freeze => "Freeze",
        ProbeMode.Stick => "Stick",
        ProbeMode.PassiveThaw => "Passive thaw",
        ProbeMode.ActiveThaw => "Active thaw",
        _ => "Unknown mode",
    };
}

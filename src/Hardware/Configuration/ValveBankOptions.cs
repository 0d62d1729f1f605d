namespace CryoWeb.Hardware.Configuration;

/// <summary>Section Hardware:Valves.</summary>
public sealed class ValveBankOptions
{
    /// <summary>One entry per probe, in probe order (probe 1 first).</summary>
    public IList<ProbeValveOptions> Probes { get; } = [];

    public ValvePinOptions ArgonSupply { get; set; } = new();

    public ValvePinOptions ThawSupply { get; set; } = new();

    public ValvePinOptions Vent { get; set; } = new();
}

namespace CryoWeb.WebUI.Live;

/// <summary>A gas supply: pressure, its fault if the reading is bad, and the estimated minutes of gas left.</summary>
/// <param name="MinutesLeft">Null when unknown (no gas used yet or no estimate for this supply).</param>
public sealed record SupplyStatus(double Psi, string? Fault, double? MinutesLeft)
{
    public static SupplyStatus Unknown { get; } = new(double.NaN, "no reading yet", null);
}

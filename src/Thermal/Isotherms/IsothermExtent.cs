namespace CryoWeb.Thermal.Isotherms;

/// <summary>
/// Size of the tissue at or below one temperature: the widest extent across the probe axis, the extent along it,
/// and the volume. Zero when no tissue is that cold.
/// </summary>
public readonly record struct IsothermExtent(double Celsius, double DiameterMm, double LengthMm, double VolumeMilliliters);

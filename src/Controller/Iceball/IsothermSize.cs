namespace CryoWeb.Controller.Iceball;

/// <summary>
/// One isotherm of an estimate or plan: its extents, its volume, and how it covers the planned target.
/// </summary>
/// <param name="WidthMm">Widest extent across the insertion axis.</param>
/// <param name="LengthMm">Longest extent along the insertion axis.</param>
/// <param name="TargetCoveredPercent">Share of the target-plus-margin volume at or below this temperature.</param>
/// <param name="SmallestMarginMm">
/// Over all directions from the target centre, the least distance the isotherm reaches beyond the target's surface
/// without a gap; negative where the surface is warmer (how far inside it the isotherm lies on that side).
/// </param>
public sealed record IsothermSize(double Celsius, double WidthMm, double LengthMm, double VolumeMilliliters, double TargetCoveredPercent, double SmallestMarginMm);

namespace CryoWeb.Controller.Iceball;

/// <summary>
/// Where a probe sits, in millimetres relative to the target's centre. Probes are inserted along the layout's
/// insertion axis (+Z points from the tip back toward the handle), as with a guide template; x and y are across it.
/// </summary>
/// <param name="Probe">1-based probe number on the console.</param>
public sealed record ProbePlacement(int Probe, double TipXMm, double TipYMm, double TipZMm, double ActiveLengthMm = 30, double DiameterMm = 1.5)
{
    /// <summary>Null when the placement is usable, else the reason naming the field under <paramref name="key"/>.</summary>
    public string? Problem(string key, int probeCount)
    {
        if (Probe < 1 || Probe > probeCount)
        {
            return $"{key}.probe: {Probe} is not a probe of this console (1 to {probeCount}).";
        }

        if (!IceballLayout.InReach(TipXMm) || !IceballLayout.InReach(TipYMm) || !IceballLayout.InReach(TipZMm))
        {
            return $"{key}.tip: give x, y and z within {IceballLayout.ReachMm} mm of the target centre.";
        }

        if (!(ActiveLengthMm is >= 5 and <= 60))
        {
            return $"{key}.activeLengthMm: must be 5 to 60 mm, not {ActiveLengthMm}.";
        }

        return DiameterMm is >= 0.8 and <= 3 ? null : $"{key}.diameterMm: must be 0.8 to 3 mm, not {DiameterMm}.";
    }
}

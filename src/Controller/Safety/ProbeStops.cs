using CryoWeb.Controller.Probes;

namespace CryoWeb.Controller.Safety;

/// <summary>The interlocks' way to stop gas on every probe at once (stopping gas needs no checks).</summary>
internal static class ProbeStops
{
    /// <summary>
    /// Forces every probe using gas (freeze, stick, active thaw) into <paramref name="mode"/>; with
    /// <see cref="ProbeMode.Off"/>, every probe not yet off.
    /// </summary>
    public static void StopAll(ProbeController[] probes, ProbeMode mode, DateTimeOffset now, string reason)
    {
        for (int p = 0; p < probes.Length; p++)
        {
            if (probes[p].Mode is ProbeMode.Freeze or ProbeMode.Stick or ProbeMode.ActiveThaw || (mode == ProbeMode.Off && probes[p].Mode != ProbeMode.Off))
            {
                probes[p].Force(mode, now, reason);
            }
        }
    }

    public static bool UsesArgon(ProbeMode mode) => mode is ProbeMode.Freeze or ProbeMode.Stick;
}

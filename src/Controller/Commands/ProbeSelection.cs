namespace CryoWeb.Controller.Commands;

/// <summary>Checks a 1-based probe number from a command against the plant.</summary>
internal static class ProbeSelection
{
    /// <summary>Zero-based index, or throws an <see cref="ArgumentException"/> naming the field.</summary>
    public static int Index(int probeNumber, int probeCount) =>
        probeNumber >= 1 && probeNumber <= probeCount
            ? probeNumber - 1
            : throw new ArgumentException($"probe: {probeNumber} does not exist; the console has probes 1 to {probeCount}.");
}

namespace CryoWeb.Hardware.Valves;

/// <summary>
/// Names one valve of the bank: a per-probe valve (<see cref="ValveKind.Freeze"/>, <see cref="ValveKind.Thaw"/>)
/// with its zero-based probe index, or a shared valve with <see cref="ProbeIndex"/> = -1.
/// </summary>
public readonly record struct ValveId(ValveKind Kind, int ProbeIndex)
{
    public static ValveId FreezeOf(int probeIndex) => new(ValveKind.Freeze, probeIndex);

    public static ValveId ThawOf(int probeIndex) => new(ValveKind.Thaw, probeIndex);

    public static ValveId ArgonSupply { get; } = new(ValveKind.ArgonSupply, -1);

    public static ValveId ThawSupply { get; } = new(ValveKind.ThawSupply, -1);

    public static ValveId Vent { get; } = new(ValveKind.Vent, -1);

    public bool IsPerProbe => Kind is ValveKind.Freeze or ValveKind.Thaw;

    public override string ToString() => IsPerProbe ? $"{Kind} valve of probe {ProbeIndex + 1}" : $"{Kind} valve";
}

namespace CryoWeb.Controller.Protocols;

/// <summary>The protocols a new console offers (kept in settings, where they can be edited).</summary>
public static class ProtocolPresets
{
    public static ProtocolDefinition DoubleFreeze { get; } = new(
        "Double freeze 10-8-10",
        [ProtocolStep.Freeze(10), ProtocolStep.PassiveThaw(8), ProtocolStep.Freeze(10), ProtocolStep.ActiveThaw()]);

    public static ProtocolDefinition TripleFreeze { get; } = new(
        "Triple freeze 3-3-7-7-10",
        [ProtocolStep.Freeze(3), ProtocolStep.PassiveThaw(3), ProtocolStep.Freeze(7), ProtocolStep.PassiveThaw(7), ProtocolStep.Freeze(10), ProtocolStep.ActiveThaw()]);

    public static ProtocolDefinition SingleFreeze15 { get; } = new(
        "Single freeze 15 min",
        [ProtocolStep.Freeze(15), ProtocolStep.ActiveThaw()]);

    public static IReadOnlyList<ProtocolDefinition> All { get; } = [DoubleFreeze, TripleFreeze, SingleFreeze15];
}

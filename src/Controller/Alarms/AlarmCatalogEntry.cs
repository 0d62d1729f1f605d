using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Alarms;

/// <summary>
/// How the console treats one alarm condition: its IEC 60601-1-8 priority, whether it latches (stays shown until
/// acknowledged after its condition clears) and the plain-language title shown to OR staff.
/// </summary>
public sealed record AlarmCatalogEntry(AlarmCondition Condition, AlarmPriority Priority, bool Latching, string Title)
{
    /// <summary>Information signals are shown and logged but never sound and need no acknowledgement.</summary>
    public bool IsInformationSignal => Priority == AlarmPriority.Information;
}

using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Alarms;

/// <summary>
/// Priority, latching and title of every <see cref="AlarmCondition"/>. <see cref="Default"/> is the table of
/// DESIGN.md (reviewed in README.md next to this file); a modified catalog is only for tests and reviewed site
/// configuration, and is held to the same rules.
/// </summary>
public sealed class AlarmCatalog
{
    // The table to review. High latches (DESIGN.md); Medium does not latch; information signals never latch
    // (they cannot be acknowledged, so a latched one could never end).
    private static readonly AlarmCatalogEntry[] DefaultTable =
    [
        //  condition                                     priority                     latching  title
        new(AlarmCondition.EmergencyStop,          AlarmPriority.High,        true,  "Emergency stop pressed"),
        new(AlarmCondition.SupplyOverPressure,     AlarmPriority.High,        true,  "Gas supply pressure too high"),
        new(AlarmCondition.ProbeNotCooling,        AlarmPriority.High,        true,  "Probe not cooling: possible leak or blocked probe"),
        new(AlarmCondition.GasWithValveClosed,     AlarmPriority.High,        true,  "Probe cooling with its freeze valve closed: valve stuck open, argon supply closed"),
        new(AlarmCondition.CriticalStructureLimit, AlarmPriority.High,        true,  "Protected structure sensor past its limit"),
        new(AlarmCondition.ControlLoopOverrun,     AlarmPriority.High,        true,  "Console control running late"),
        new(AlarmCondition.SensorBusFailure,       AlarmPriority.High,        true,  "Temperature sensors not responding"),
        new(AlarmCondition.StorageFailure,         AlarmPriority.High,        true,  "Procedure data cannot be saved"),
        new(AlarmCondition.LowSupplyPressure,      AlarmPriority.Medium,      false, "Gas supply pressure low"),
        new(AlarmCondition.ThermocoupleFault,      AlarmPriority.Medium,      false, "Temperature sensor fault"),
        new(AlarmCondition.TankNearlyEmpty,        AlarmPriority.Medium,      false, "Gas tank nearly empty"),
        new(AlarmCondition.MarginReachedMinus20,   AlarmPriority.Information, false, "Margin sensor reached -20 °C"),
        new(AlarmCondition.MarginReachedMinus40,   AlarmPriority.Information, false, "Margin sensor reached -40 °C"),
        new(AlarmCondition.ProbeNotThawing,        AlarmPriority.High,        true,  "Probe not thawing: freeze valve may be stuck open"),
    ];

    private readonly AlarmCatalogEntry[] _byCondition;

    /// <summary>Builds a catalog with exactly one entry per condition; see <see cref="Validate"/> for the rules.</summary>
    public AlarmCatalog(IEnumerable<AlarmCatalogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var conditions = Enum.GetValues<AlarmCondition>();
        _byCondition = new AlarmCatalogEntry[conditions.Length];
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(entries));
            Validate(entry);
            int index = Array.IndexOf(conditions, entry.Condition);
            if (_byCondition[index] is not null)
            {
                throw new ArgumentException($"The alarm catalog lists {entry.Condition} twice.", nameof(entries));
            }

            _byCondition[index] = entry;
        }

        for (int i = 0; i < conditions.Length; i++)
        {
            if (_byCondition[i] is null)
            {
                throw new ArgumentException($"The alarm catalog has no entry for {conditions[i]}.", nameof(entries));
            }
        }

        Entries = Array.AsReadOnly(_byCondition);
    }

    /// <summary>The catalog of DESIGN.md.</summary>
    public static AlarmCatalog Default { get; } = new(DefaultTable);

    /// <summary>One entry per condition, in the order of <see cref="AlarmCondition"/>.</summary>
    public IReadOnlyList<AlarmCatalogEntry> Entries { get; }

    /// <summary>The entry of <paramref name="condition"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined condition.</exception>
    public AlarmCatalogEntry this[AlarmCondition condition]
    {
        get
        {
            // The conditions are numbered 0..n-1 (checked by the tests), so the enum value is the index.
            int index = (int)condition;
            if ((uint)index >= (uint)_byCondition.Length || _byCondition[index].Condition != condition)
            {
                throw new ArgumentOutOfRangeException(nameof(condition), condition, "Not a defined alarm condition.");
            }

            return _byCondition[index];
        }
    }

    /// <summary>A copy of this catalog with the entry of <paramref name="replacement"/>'s condition replaced.</summary>
    public AlarmCatalog With(AlarmCatalogEntry replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        return new AlarmCatalog(_byCondition.Select(e => e.Condition == replacement.Condition ? replacement : e));
    }

    /// <summary>
    /// The rules every catalog keeps: a defined condition and priority, a title, high-priority alarms latch
    /// (DESIGN.md), information signals do not (they cannot be acknowledged, so a latched one would never end).
    /// </summary>
    private static void Validate(AlarmCatalogEntry entry)
    {
        if (!Enum.IsDefined(entry.Condition))
        {
            throw new ArgumentException($"Alarm catalog entry for undefined condition {(int)entry.Condition}.", nameof(entry));
        }

        if (!Enum.IsDefined(entry.Priority))
        {
            throw new ArgumentException($"{entry.Condition}: undefined priority {(int)entry.Priority}.", nameof(entry));
        }

        if (string.IsNullOrWhiteSpace(entry.Title))
        {
            throw new ArgumentException($"{entry.Condition}: the title is empty.", nameof(entry));
        }

        if (entry.Priority == AlarmPriority.High && !entry.Latching)
        {
            throw new ArgumentException($"{entry.Condition}: high-priority alarms latch.", nameof(entry));
        }

        if (entry.IsInformationSignal && entry.Latching)
        {
            throw new ArgumentException($"{entry.Condition}: an information signal cannot latch.", nameof(entry));
        }
    }
}

namespace CryoWeb.Controller.Conditions;

/// <summary>
/// Which alarm conditions are present this tick, per subject (probe, channel or supply index; -1 = console).
/// A flat preallocated bool array: setting and copying allocate nothing.
/// </summary>
public sealed class ConditionSet
{
    /// <summary>Subjects -1..MaxSubject-2 (the console plus up to 16 channels).</summary>
    public const int SubjectSlots = 17;

    private static readonly int ConditionCount = Enum.GetValues<AlarmCondition>().Length;
    private readonly bool[] _present = new bool[ConditionCount * SubjectSlots];

    public bool this[AlarmCondition condition, int subject]
    {
        get => _present[Slot(condition, subject)];
        set => _present[Slot(condition, subject)] = value;
    }

    public void Clear() => Array.Clear(_present);

    public void CopyTo(ConditionSet target)
    {
        ArgumentNullException.ThrowIfNull(target);
        _present.AsSpan().CopyTo(target._present);
    }

    /// <summary>Every present key (allocates; for consumers and tests, not the control tick).</summary>
    public IReadOnlyList<AlarmKey> Present()
    {
        var keys = new List<AlarmKey>();
        for (int i = 0; i < _present.Length; i++)
        {
            if (_present[i])
            {
                keys.Add(new AlarmKey((AlarmCondition)(i / SubjectSlots), (i % SubjectSlots) - 1));
            }
        }

        return keys;
    }

    private static int Slot(AlarmCondition condition, int subject) => ((int)condition * SubjectSlots) + subject + 1;
}

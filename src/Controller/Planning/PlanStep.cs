namespace CryoWeb.Controller.Planning;

/// <summary>One step of a planned protocol, e.g. freeze at 100 % for 10 minutes.</summary>
public sealed record PlanStep
{
    public PlanMode Mode { get; init; }

    /// <summary>Freeze power (valve duty) for <see cref="PlanMode.Freeze"/>: 10 to 100 %.</summary>
    public double PowerPercent { get; init; } = 100;

    public double Minutes { get; init; }

    /// <summary>1-based probe numbers this step drives; empty = every probe. Probes not listed are off during the step.</summary>
    public IReadOnlyList<int> Probes { get; init; } = [];

    public string Describe() => Mode switch
    {
        PlanMode.Freeze => $"Freeze {PowerPercent:0}% {Minutes:0.##} min",
        PlanMode.Stick => $"Stick {Minutes:0.##} min",
        PlanMode.PassiveThaw => $"Passive thaw {Minutes:0.##} min",
        PlanMode.ActiveThaw => $"Active thaw {Minutes:0.##} min",
        _ => $"Off {Minutes:0.##} min",
    };

    /// <summary>Throws a <see cref="PlanException"/> naming the bad field of step <paramref name="index"/>.</summary>
    public void Validate(int index, int probeCount)
    {
        string path = $"protocol[{index}]";
        if (!Enum.IsDefined(Mode))
        {
            throw new PlanException($"{path}.mode: '{Mode}' is not a mode (Freeze, Stick, PassiveThaw, ActiveThaw, Off).");
        }

        if (!(Minutes is > 0 and <= 240))
        {
            throw new PlanException($"{path}.minutes: must be more than 0 and at most 240, not {Minutes}.");
        }

        if (Mode == PlanMode.Freeze && !(PowerPercent is >= 10 and <= 100))
        {
            throw new PlanException($"{path}.powerPercent: freeze power must be 10 to 100 %, not {PowerPercent}.");
        }

        foreach (int probe in Probes)
        {
            if (probe < 1 || probe > probeCount)
            {
                throw new PlanException($"{path}.probes: probe {probe} does not exist; the layout has probes 1 to {probeCount}.");
            }
        }
    }
}

namespace CryoWeb.Controller.Protocols;

/// <summary>A named, ordered list of steps that a probe runs through.</summary>
public sealed record ProtocolDefinition(string Name, IReadOnlyList<ProtocolStep> Steps)
{
    /// <summary>Null when the protocol can run, else the reason naming the field.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            return "name: a protocol needs a name.";
        }

        if (Steps is null || Steps.Count is 0 or > 20)
        {
            return "steps: a protocol has 1 to 20 steps.";
        }

        for (int i = 0; i < Steps.Count; i++)
        {
            if (Steps[i] is null)
            {
                return $"steps[{i}]: a step is needed, not null.";
            }

            if (Steps[i].Problem(i) is string problem)
            {
                return problem;
            }
        }

        return null;
    }
}

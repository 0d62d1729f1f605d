using CryoWeb.Controller.Text;

namespace CryoWeb.Controller.Protocols;

/// <summary>A named, ordered list of steps that a probe runs through.</summary>
public sealed record ProtocolDefinition(string Name, IReadOnlyList<ProtocolStep> Steps)
{
    /// <summary>Null when the protocol can run, else the reason naming the field.</summary>
    public string? Problem()
    {
        // The name is shown on every probe tile and in every status, and stored with the procedure: a 20 MB name
        // made every status 20 MB and the record too large to store.
        if (ClinicalText.ProtocolName.Problem(Name) is string name)
        {
            return name;
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

using CryoWeb.Thermal.Layout;

namespace CryoWeb.Controller.Planning;

/// <summary>A planning run: where the probes and sensors are, the tissue, and the protocol to simulate.</summary>
public sealed record PlanFile
{
    public SimulationLayout Layout { get; init; } = new();

    public IReadOnlyList<PlanStep> Protocol { get; init; } = [];

    /// <summary>Simulated time between two reports (default one minute).</summary>
    public double ReportEverySeconds { get; init; } = 60;

    public IReadOnlyList<double> IsothermsCelsius { get; init; } = [0, -20, -40];

    /// <summary>Throws a <see cref="PlanException"/> naming the first bad field.</summary>
    public void Validate()
    {
        try
        {
            Layout.Validate();
        }
        catch (ArgumentException e)
        {
            throw new PlanException($"layout: {e.Message}", e);
        }

        if (Protocol.Count == 0)
        {
            throw new PlanException("protocol: at least one step is needed.");
        }

        for (int i = 0; i < Protocol.Count; i++)
        {
            if (Protocol[i] is null)
            {
                throw new PlanException($"protocol[{i}]: a step is needed, not null.");
            }

            Protocol[i].Validate(i, Layout.Probes.Count);
        }

        if (!(ReportEverySeconds is >= 1 and <= 3600))
        {
            throw new PlanException($"reportEverySeconds: must be 1 to 3600, not {ReportEverySeconds}.");
        }

        if (IsothermsCelsius.Count == 0 || IsothermsCelsius.Any(c => !(c is >= -190 and < 37)))
        {
            throw new PlanException("isothermsCelsius: give one or more temperatures between -190 and 37 C.");
        }

        if (Protocol.Sum(s => s.Minutes) > 24 * 60)
        {
            throw new PlanException("protocol: the steps add up to more than 24 hours.");
        }
    }
}

using CryoWeb.Controller.Iceball;
using CryoWeb.Controller.Planning;
using CryoWeb.Controller.Protocols;

namespace CryoWeb.Controller.Tests.Iceball;

/// <summary>Limits that keep the estimate and the plan inside the controller's memory and the procedure's records.</summary>
public class IceballLayoutSizeTests
{
    private static readonly IReadOnlyList<bool> Channels = [false, true, true, true];

    [Fact]
    public void Sensors_spread_too_far_for_the_estimates_memory_are_refused_naming_sensors()
    {
        var near = new IceballLayout([new ProbePlacement(1, 0, 0, -15)], [new SensorPlacement(1, 40, 0, 0)], new TargetShape(10, 10, 10, 5));
        var far = near with { Sensors = [new SensorPlacement(1, -78, -78, -78), new SensorPlacement(2, 78, 78, 78)] };

        Assert.Null(near.Problem(1, Channels));
        string? problem = far.Problem(1, Channels);
        Assert.NotNull(problem);
        Assert.StartsWith("sensors: the probes and sensors spread over", problem, StringComparison.Ordinal);
        Assert.Contains($"at most {ThermalModel.MaxCells}", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_protocol_longer_than_a_plan_can_keep_is_refused_before_simulating()
    {
        var layout = new IceballLayout([new ProbePlacement(1, 0, 0, -15)], [], new TargetShape(10, 10, 10, 5));
        var marathon = new ProtocolDefinition("Marathon", [.. Enumerable.Repeat(ProtocolStep.Freeze(100), 3)]);

        var refused = Assert.Throws<PlanException>(() => IceballPlanner.Predict(layout, marathon));

        Assert.Equal($"protocol.steps: the steps add up to 300 min; a plan covers at most {IceballPlanner.MaxMinutes} min.", refused.Message);
    }
}

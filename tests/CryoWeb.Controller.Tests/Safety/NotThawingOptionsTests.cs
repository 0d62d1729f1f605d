using CryoWeb.Controller.Configuration;

namespace CryoWeb.Controller.Tests.Safety;

/// <summary>The not-thawing numbers are checked at start-up; each bad one is named by its key.</summary>
public sealed class NotThawingOptionsTests
{
    [Fact]
    public void The_defaults_pass()
    {
        Assert.True(new ControllerOptionsValidator().Validate(null, new ControllerOptions()).Succeeded);
    }

    [Theory]
    [InlineData("NotThawingDeadline", 30, 10, 0, -50)]
    [InlineData("NotThawingDeadline", 0.5, 10, 0, -50)]
    [InlineData("NotThawingMinWarmingCelsius", 5, 0, 0, -50)]
    [InlineData("NotThawingActiveThawCelsius", 5, 10, 20, -50)]
    [InlineData("NotThawingJudgeBelowCelsius", 5, 10, 0, 0)]
    [InlineData("NotThawingJudgeBelowCelsius", 5, 10, -40, -30)]
    public void A_deadline_warming_or_threshold_out_of_range_is_refused_by_name(string key, double deadlineSeconds, double warming, double activeCelsius, double judgeBelow)
    {
        var options = new ControllerOptions
        {
            NotThawingDeadline = TimeSpan.FromSeconds(deadlineSeconds),
            NotThawingMinWarmingCelsius = warming,
            NotThawingActiveThawCelsius = activeCelsius,
            NotThawingJudgeBelowCelsius = judgeBelow,
        };

        var result = new ControllerOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith($"Controller:{key}:", StringComparison.Ordinal));
    }
}

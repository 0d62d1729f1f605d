using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Safety;
using CryoWeb.WebUI.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CryoWeb.WebUI.Tests.Api;

/// <summary>
/// What the running console's tick answers, mapped the one way REST maps it: bad input found in the tick is 400 naming
/// the field (whatever the command kind), a command the state forbids is 409 with the reason.
/// </summary>
public sealed class TickOutcomeHttpTests(ApiConsoleFixture fixture) : IClassFixture<ApiConsoleFixture>
{
    public static TheoryData<string, ControllerCommand, string> BadInput => new()
    {
        { "mode", new SetProbeModeCommand(1, ProbeMode.Stick, 40), "powerPercent" },
        { "mode on a missing probe", new SetProbeModeCommand(7, ProbeMode.Off), "probe" },
        { "start", new StartProtocolCommand(new ProtocolDefinition("x", [ProtocolStep.Freeze(10, 150)]), [1]), "protocol.steps[0].powerPercent" },
        { "action", new ProtocolActionCommand(1, ProtocolAction.ExtendStep, TimeSpan.FromHours(2)), "extendBy" },
        { "guards", new SetSensorGuardsCommand([new SensorGuard(99, SensorRole.Margin, 0, ProtectiveAction.AlarmOnly, [])]), "sensors[0].channel" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_the_tick_finds_is_400_naming_the_field(string kind, ControllerCommand command, string field)
    {
        var outcome = await fixture.Console.Core.Submit(command).WaitAsync(TimeSpan.FromSeconds(10));

        var http = Assert.IsType<ValidationProblem>(ApiResults.Outcome(outcome));
        Assert.Equal(CommandOutcomeKind.Invalid, outcome.Kind);
        Assert.Equal(StatusCodes.Status400BadRequest, http.StatusCode);
        Assert.True(http.ProblemDetails.Errors.ContainsKey(field), $"{kind}: {string.Join(", ", http.ProblemDetails.Errors.Keys)}");
        fixture.Console.AssertUntouched();
    }

    [Fact]
    public async Task A_command_the_state_forbids_stays_409()
    {
        var outcome = await fixture.Console.Core.Submit(new ProtocolActionCommand(1, ProtocolAction.Pause)).WaitAsync(TimeSpan.FromSeconds(10));

        var http = Assert.IsType<ProblemHttpResult>(ApiResults.Outcome(outcome));
        Assert.Equal((CommandOutcomeKind.Refused, StatusCodes.Status409Conflict), (outcome.Kind, http.StatusCode));
        Assert.Equal("Probe 1: no running protocol to pause.", http.ProblemDetails.Detail);
    }
}

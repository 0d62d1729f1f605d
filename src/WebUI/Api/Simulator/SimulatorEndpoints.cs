using CryoWeb.Controller.Simulator;
using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Accounts;

namespace CryoWeb.WebUI.Api.Simulator;

/// <summary>
/// Fault injection into the simulated plant, for tests, demos and training (Admins; 404 on a real console). Each
/// injection is audited, so it shows in the running procedure's record.
/// </summary>
public static class SimulatorEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var administer = api.MapGroup("/simulator/faults").RequireAuthorization(ConsolePolicies.Administer).WithTags("Simulator");

        administer.MapPost("/", (JsonBody<SimulatorFaultRequest> body, HttpContext http, IConsoleSimulator simulator, IAuditSink audit, TimeProvider time) =>
        {
            if (!simulator.IsSimulated)
            {
                return NotSimulated();
            }

            var fault = body.Value.ToFault();
            if (simulator.Problem(fault) is string problem)
            {
                return ApiResults.Invalid(problem);
            }

            simulator.Inject(fault);
            audit.Record(AuditEntry.For(time, ApiCaller.Of(http), "InjectSimulatorFault", body.Value.ToString(), CommandOutcome.Ok));
            return ApiResults.Outcome(CommandOutcome.Ok);
        })
            .WithSummary("Break the simulated plant: open-thermocouple or shorted-thermocouple (channel), stuck-valve (valve, stuckOpen), pressure-loss (supply), spi-failure.")
            .Accepts<SimulatorFaultRequest>("application/json")
            .Produces<CommandOutcome>()
            .WithName("injectSimulatorFault").CommandAnswers().ProducesProblem(StatusCodes.Status404NotFound);

        administer.MapDelete("/", (HttpContext http, IConsoleSimulator simulator, IAuditSink audit, TimeProvider time) =>
        {
            if (!simulator.IsSimulated)
            {
                return NotSimulated();
            }

            simulator.ClearFaults();
            audit.Record(AuditEntry.For(time, ApiCaller.Of(http), "ClearSimulatorFaults", string.Empty, CommandOutcome.Ok));
            return ApiResults.Outcome(CommandOutcome.Ok);
        })
            .WithSummary("Repair every injected fault (a lost supply stays lost: gas does not come back).")
            .Produces<CommandOutcome>()
            .WithName("clearSimulatorFaults").CommandAnswers().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult NotSimulated() => ApiResults.NotFound("This console drives real hardware; faults can only be injected into the simulator.");
}

using CryoWeb.Controller.Simulator;
using System.Net;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Iceball;
using CryoWeb.Controller.Protocols;
using CryoWeb.Thermal.Layout;
using CryoWeb.WebUI.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.WebUI.Tests.Plan;

/// <summary>GET /api/procedures/{id}/iceball/plan on a whole console.</summary>
public sealed class PlanEndpointTests
{
    [Fact]
    public async Task A_saved_plan_is_read_back_by_a_reviewer_and_a_procedure_without_one_is_404()
    {
        await using var console = await ApiConsole.StartAsync();
        var created = await console.CommandAsync("/api/procedures", """{"label":"Case 31","organ":"kidney","probesInUse":[1,2],"sensors":[]}""");
        string id = created.GetProperty("procedureId").GetString()!;
        await console.CommandAsync($"/api/procedures/{id}/start");
        var reviewer = console.As(ConsoleRole.Reviewer);
        using (var none = await reviewer.GetAsync($"/api/procedures/{id}/iceball/plan"))
        {
            Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
            Assert.Contains("has no saved plan", (await ApiConsole.ReadJsonAsync(none)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var layout = SimulatorPositions.From(SimulationLayout.Default, out _)!;
        var protocol = new ProtocolDefinition("Quick freeze 1 min", [ProtocolStep.Freeze(1)]);
        var predicted = IceballPlanner.Predict(layout, protocol);
        var records = console.Server.Services.GetRequiredService<IceballRecords>();
        var saved = await records.SavePlanAsync(new Caller("operator", ConsoleRole.Operator, "127.0.0.1"), Guid.Parse(id), new IceballPlan(layout, protocol, predicted.Timeline, predicted.Peak, DateTimeOffset.UtcNow, "operator"));
        Assert.True(saved.Accepted, saved.Reason);

        using var read = await reviewer.GetAsync($"/api/procedures/{id}/iceball/plan");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var plan = await ApiConsole.ReadJsonAsync(read);
        Assert.Equal("Quick freeze 1 min", plan.GetProperty("protocol").GetProperty("name").GetString());
        Assert.Equal("Freeze", plan.GetProperty("protocol").GetProperty("steps")[0].GetProperty("mode").GetString());
        Assert.Equal(-7.5, plan.GetProperty("layout").GetProperty("probes")[0].GetProperty("tipXMm").GetDouble());
        Assert.Equal(1, plan.GetProperty("timeline").GetArrayLength());
        Assert.Equal("operator", plan.GetProperty("createdBy").GetString());

        using (var bad = await reviewer.GetAsync("/api/procedures/not-a-guid/iceball/plan"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        using var anonymous = await console.Anonymous.GetAsync($"/api/procedures/{id}/iceball/plan");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}

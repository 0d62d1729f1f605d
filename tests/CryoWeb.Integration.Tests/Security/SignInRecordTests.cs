using CryoWeb.Controller.Setup;
using System.Net;
using System.Net.Http.Json;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.WebUI.Tests.Security;

/// <summary>
/// Issue 13, finding 3: 14,352 anonymous "SignIn refused" events went into the running procedure's record. Security
/// events go to the console's audit log; the patient's record keeps the procedure's own commands.
/// </summary>
public sealed class SignInRecordTests
{
    [Fact]
    public async Task Sign_ins_during_a_procedure_stay_out_of_its_record()
    {
        await using var server = await ConsoleServer.StartAsync();
        await server.AddUserAsync("olivia", ConsoleRole.Operator, "correct horse battery");
        var procedures = server.Services.GetRequiredService<ProcedureService>();
        var olivia = new Caller("olivia", ConsoleRole.Operator, "127.0.0.1");
        var (created, record) = await procedures.CreateAsync(olivia, new ProcedureSetup("Case 13", "Kidney", [1], []));
        Assert.True(created.Accepted, created.Reason);
        Assert.True((await procedures.StartAsync(olivia, record!.Id)).Accepted);

        using var attacker = SignInLoopbackClient.From(server, "127.0.0.2");
        for (int i = 0; i < 8; i++)
        {
            using var refused = await attacker.PostAsJsonAsync("/api/token", new { userName = i % 2 == 0 ? "olivia" : "nobody", password = "junk password " + i });
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        await server.BearerTokenAsync("olivia", "correct horse battery");
        var store = server.Services.GetRequiredService<ProcedureStore>();
        Assert.True(await store.FlushAsync());

        var events = await store.ReadEventsAsync(record.Id);
        Assert.Contains(events, e => e.Command == "StartProcedure" || e.Command.Contains("Start", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Command.StartsWith("SignIn", StringComparison.Ordinal));
        Assert.Contains(server.Services.GetRequiredService<MemoryAuditTrail>().Entries, e => e.Command == "SignIn" && e.Accepted);
    }
}

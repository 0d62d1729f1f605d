using CryoWeb.Controller.CommandService;
using CryoWeb.Controller.Outcomes;
using System.Text.Json;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Storage;

namespace CryoWeb.Controller.Iceball;

/// <summary>
/// Saves a procedure's layout and plan (Operator only, checked against the console, audited) and reads them and the
/// last live estimate back for the live page and the review. A saved layout is handed to the live estimator at once
/// when its procedure runs, or when it starts.
/// </summary>
public sealed class IceballRecords(ProcedureStore store, ProcedureService procedures, ConsoleDescription console, IceballEstimator estimator, IAuditSink audit, TimeProvider time)
{
    public const string LayoutKind = "layout";

    /// <summary>Uses <paramref name="layout"/> for the procedure's live estimate and keeps it with the procedure.</summary>
    public Task<CommandOutcome> SaveLayoutAsync(Caller caller, Guid procedureId, IceballLayout layout) =>
        SaveAsync(caller, "SaveIceballLayout", procedureId, layout, null);

    /// <summary>Keeps <paramref name="plan"/> with the procedure, and uses its layout for the live estimate.</summary>
    public Task<CommandOutcome> SavePlanAsync(Caller caller, Guid procedureId, IceballPlan plan) =>
        SaveAsync(caller, "SaveIceballPlan", procedureId, plan?.Layout, plan);

    public Task<IceballLayout?> GetLayoutAsync(Guid procedureId) => ReadAsync<IceballLayout>(procedureId, LayoutKind);

    public Task<IceballPlan?> GetPlanAsync(Guid procedureId) => ReadAsync<IceballPlan>(procedureId, IceballPlan.Kind);

    /// <summary>The last live estimate saved with the procedure (every 30 s while it ran, and at its end).</summary>
    public Task<IceballEstimate?> GetEstimateAsync(Guid procedureId) => ReadAsync<IceballEstimate>(procedureId, IceballEstimator.EstimateKind);

    /// <summary>The largest live estimate of the procedure (by -20 C volume), saved with the last one.</summary>
    public Task<IceballEstimate?> GetPeakEstimateAsync(Guid procedureId) => ReadAsync<IceballEstimate>(procedureId, IceballEstimator.PeakKind);

    private async Task<CommandOutcome> SaveAsync(Caller caller, string command, Guid procedureId, IceballLayout? layout, IceballPlan? plan)
    {
        var outcome = ConsoleCommandService.Authorise(caller, command, ConsoleRole.Operator)
            ?? (layout is null ? CommandOutcome.Refused("layout: missing.") : null)
            ?? (layout!.Problem(console) is string problem ? CommandOutcome.Refused(problem) : null)
            ?? (plan is not null && (plan.Protocol is null ? "steps: missing." : plan.Protocol.Problem()) is string protocolProblem ? CommandOutcome.Refused($"protocol.{protocolProblem}") : null)
            ?? ProcedureProblem(procedureId, layout);
        if (outcome is null)
        {
            var now = time.GetUtcNow();
            string layoutJson = JsonSerializer.Serialize(layout, IceballJson.Options);
            string? planJson = plan is null ? null : JsonSerializer.Serialize(plan, IceballJson.Options);
            if (planJson is { Length: > ProcedureAttachment.MaxJsonLength })
            {
                outcome = CommandOutcome.Refused($"plan: {planJson.Length} characters is more than the {ProcedureAttachment.MaxJsonLength} a procedure keeps.");
            }
            else
            {
                bool layoutQueued = store.SaveAttachment(new ProcedureAttachment(procedureId, LayoutKind, layoutJson, now));
                bool planQueued = planJson is null || (layoutQueued && store.SaveAttachment(new ProcedureAttachment(procedureId, IceballPlan.Kind, planJson, now)));
                string why = store.Health.Reason ?? "queue full";
                outcome = !layoutQueued ? CommandOutcome.Refused($"storage: the layout could not be saved ({why}).")
                    : !planQueued ? CommandOutcome.Refused($"storage: the plan could not be saved ({why}); the layout was, and the live estimate uses it.")
                    : await store.FlushAsync().ConfigureAwait(false) ? CommandOutcome.Ok

                    // Queued but not on disk: the store keeps it and writes it when it recovers, so it is not refused.
                    : new CommandOutcome(true, $"storage: saved, but not yet on disk ({why}); it is written when storage recovers.");

                // Whatever was queued is kept: the estimate must use the layout the records will show.
                if (layoutQueued && procedures.Running == procedureId)
                {
                    estimator.UseLayout(procedureId, layout!);
                }
            }
        }

        string detail = $"procedureId={procedureId} probes={layout?.Probes?.Count} sensors={layout?.Sensors?.Count}" + (plan is null ? "" : $" protocol={plan.Protocol?.Name}");
        audit.Record(AuditEntry.For(time, caller, command, detail, outcome));
        return outcome;
    }

    /// <summary>The procedure must be running or waiting to start, and use every probe the layout places.</summary>
    private CommandOutcome? ProcedureProblem(Guid procedureId, IceballLayout layout)
    {
        var setup = procedures.Running == procedureId ? procedures.RunningSetup : procedures.WaitingSetup(procedureId);
        if (setup is null)
        {
            return CommandOutcome.Refused($"procedureId: {procedureId} is neither running nor waiting to start; a finished procedure's plan cannot change.");
        }

        int unused = layout.Probes.FirstOrDefault(p => !setup.ProbesInUse.Contains(p.Probe))?.Probe ?? 0;
        return unused == 0 ? null : CommandOutcome.Refused($"probes: probe {unused} is placed but not in use in this procedure (in use: {string.Join(", ", setup.ProbesInUse)}).");
    }

    private async Task<T?> ReadAsync<T>(Guid procedureId, string kind)
        where T : class
    {
        var attachment = await store.GetAttachmentAsync(procedureId, kind).ConfigureAwait(false);
        return attachment is null ? null : JsonSerializer.Deserialize<T>(attachment.Json, IceballJson.Options);
    }
}

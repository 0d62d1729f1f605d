using System.Text.Json;
using CryoWeb.Controller.Procedures;
using CryoWeb.WebUI.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CryoWeb.WebUI.Api.Health;

/// <summary>
/// The /healthz body. Anyone gets the overall status (Healthy, Degraded or Unhealthy; 503 when unhealthy): all a load
/// balancer or a service check needs. Callers on the console itself (loopback: the installer, the backup, the bench
/// scripts) and signed-in users who may watch the live console also get whether a procedure is running (so maintenance
/// scripts never stop the console mid-procedure) and per check its status, description and data; a stranger on the
/// LAN learns nothing about the procedure, the plant or its faults.
/// </summary>
public static class HealthResponseWriter
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        object body = await MaySeeDetailsAsync(context).ConfigureAwait(false)
            ? new
            {
                status = report.Status.ToString(),
                procedureRunning = context.RequestServices.GetRequiredService<ProcedureService>().Running is not null,
                checks = report.Entries.ToDictionary(
                    e => e.Key,
                    e => new { status = e.Value.Status.ToString(), description = e.Value.Description ?? e.Value.Exception?.Message, data = e.Value.Data }),
            }
            : new { status = report.Status.ToString() };
        await JsonSerializer.SerializeAsync(context.Response.Body, body, ApiJson.Options, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>A loopback caller, or a user (cookie or bearer token) whom the Watch policy admits.</summary>
    public static async Task<bool> MaySeeDetailsAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (LocalCaller.IsLoopback(context.Connection.RemoteIpAddress))
        {
            return true;
        }

        var services = context.RequestServices;
        var policy = await services.GetRequiredService<IAuthorizationPolicyProvider>().GetPolicyAsync(ConsolePolicies.Watch).ConfigureAwait(false);
        if (policy is null)
        {
            return false;
        }

        var evaluator = services.GetRequiredService<IPolicyEvaluator>();
        var authentication = await evaluator.AuthenticateAsync(policy, context).ConfigureAwait(false);
        var authorization = await evaluator.AuthorizeAsync(policy, authentication, context, resource: null).ConfigureAwait(false);
        return authorization.Succeeded;
    }
}

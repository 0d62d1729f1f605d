using System.Text.Json;
using CryoWeb.Controller.Procedures;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CryoWeb.WebUI.Api.Health;

/// <summary>
/// The /healthz body: overall status, whether a procedure is running (so maintenance scripts such as the backup never
/// stop the console mid-procedure), and per check its status, description and data.
/// </summary>
public static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var body = new
        {
            status = report.Status.ToString(),
            procedureRunning = context.RequestServices.GetRequiredService<ProcedureService>().Running is not null,
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description ?? e.Value.Exception?.Message, data = e.Value.Data }),
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, body, ApiJson.Options, context.RequestAborted);
    }
}

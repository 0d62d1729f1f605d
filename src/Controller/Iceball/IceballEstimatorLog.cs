using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller.Iceball;

/// <summary>Log messages of the live iceball estimate (source-generated; the names keep their generated event ids).</summary>
internal static partial class IceballEstimatorLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Iceball estimate stopped for procedure {ProcedureId}; the console is unaffected")]
    public static partial void LogFailed(ILogger logger, Guid? procedureId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An iceball estimate subscriber failed")]
    public static partial void LogHandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Iceball estimate for procedure {ProcedureId} uses a new layout: {Probes} probe(s), {Sensors} sensor(s), replaying {Seconds} s")]
    public static partial void LogLayout(ILogger logger, Guid procedureId, int probes, int sensors, int seconds);
}

using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller.Control;

/// <summary>The journal line for a valve output the bank could not drive (the alarm is the latched emergency stop).</summary>
public static partial class ValveFaultLog
{
    [LoggerMessage(Level = LogLevel.Critical, Message = "Valve output fault: {Reason}. Every valve the bank could drive is closed and the emergency stop is latched; check the valve driver and its wiring before resetting")]
    public static partial void Faulted(ILogger logger, string reason, Exception fault);
}

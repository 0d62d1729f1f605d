namespace CryoWeb.WebUI.Accounts;

/// <summary>
/// Ends idle sessions every second (<see cref="SessionRegistry.EndExpired"/>), so a page or hub connection of a session
/// that timed out closes within a second, not at its next request or periodic re-check.
/// </summary>
public sealed partial class SessionExpiryWatch(SessionRegistry sessions, TimeProvider time, ILogger<SessionExpiryWatch> logger) : IHostedService, IDisposable
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    private ITimer? _timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = time.CreateTimer(_ => Check(), null, Every, Every);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _timer?.Dispose();
        _timer = null;
    }

    private void Check()
    {
        try
        {
            sessions.EndExpired();
        }
#pragma warning disable CA1031 // A timer callback that throws would end the process (and the control loop in it): log and go on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Failed(logger, e);
        }
    }

    [LoggerMessage(EventId = 4010, Level = LogLevel.Error, Message = "Ending idle sessions failed; trying again in a second.")]
    private static partial void Failed(ILogger logger, Exception exception);
}

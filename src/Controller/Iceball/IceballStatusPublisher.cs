using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller.Iceball;

/// <summary>
/// The estimate's latest <see cref="IceballStatus"/> (read from any thread) and its subscribers, told of each new
/// status on the estimator's thread, each on its own: a throwing handler is logged and never reaches that thread's loop.
/// </summary>
internal sealed class IceballStatusPublisher(object sender, ILogger logger)
{
    private IceballStatus _current = IceballStatus.Idle;

    public event EventHandler<IceballStatus>? Changed;

    public IceballStatus Current => Volatile.Read(ref _current);

    public int SubscriberCount => Changed?.GetInvocationList().Length ?? 0;

    public void Publish(IceballStatus status)
    {
        Volatile.Write(ref _current, status);
        foreach (var handler in Changed?.GetInvocationList() ?? [])
        {
            try
            {
                ((EventHandler<IceballStatus>)handler)(sender, status);
            }
#pragma warning disable CA1031 // A subscriber's failure is its own; the estimate goes on.
            catch (Exception e)
#pragma warning restore CA1031
            {
                IceballEstimatorLog.LogHandlerFailed(logger, e);
            }
        }
    }
}

using System.Threading.RateLimiting;

namespace CryoWeb.WebUI.Accounts;

/// <summary>
/// Sign-in attempts per client address (issue 13: 250 concurrent junk sign-ins delayed a real Operator's by 15 s): one
/// at a time with a short queue, and at most <see cref="AttemptsPerMinute"/> a minute; beyond that refused at once
/// (429) without hashing anything, so a flooder waits in its own queue and other clients do not wait behind it.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    public const int QueuePerClient = 2;
    public const int AttemptsPerMinute = 30;

    /// <summary>What a refused client is told (page and API).</summary>
    public const string TooMany = "Too many sign-in attempts from this device at once; wait a minute and try again.";

    private readonly PartitionedRateLimiter<string> _oneAtATime = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetConcurrencyLimiter(client, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = 1,
            QueueLimit = QueuePerClient,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));

    private readonly PartitionedRateLimiter<string> _perMinute = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = AttemptsPerMinute,
            TokensPerPeriod = AttemptsPerMinute,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    private readonly PartitionedRateLimiter<string> _perClient;

    public SignInThrottle() => _perClient = PartitionedRateLimiter.CreateChained(_oneAtATime, _perMinute);

    /// <summary>Runs <paramref name="attempt"/> in <paramref name="client"/>'s turn, or answers Throttled at once.</summary>
    public async Task<(bool Throttled, T? Value)> RunAsync<T>(string client, Func<Task<T>> attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        using var lease = await _perClient.AcquireAsync(client).ConfigureAwait(false);
        return lease.IsAcquired ? (false, await attempt().ConfigureAwait(false)) : (true, default);
    }

    public void Dispose()
    {
        _perClient.Dispose();
        _oneAtATime.Dispose();
        _perMinute.Dispose();
    }
}

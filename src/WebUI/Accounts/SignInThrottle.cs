using System.Threading.RateLimiting;

namespace CryoWeb.WebUI.Accounts;

/// <summary>
/// Bounds sign-in attempts so that a flood never holds back the console's own screen (issue 13: 250 concurrent junk
/// sign-ins delayed a real Operator's by 15 s; from 250 addresses at once they still delayed the kiosk by 13 s).
/// The kiosk (<see cref="SignInLockouts.IsConsole"/>) is never throttled. Every other attempt needs, at once or from a
/// short queue, all of: a place of its client (one at a time, <see cref="AttemptsPerMinute"/> a minute), a place among
/// all clients (<see cref="AtOnceForAll"/> at a time, <see cref="QueueForAll"/> waiting) and a token of the account it
/// names (<see cref="AttemptsPerAccountPerMinute"/> a minute, whatever the address: spraying addresses buys no more
/// guesses, and one address alone cannot use them up). Beyond that it is refused at once (429) without hashing anything.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    public const int QueuePerClient = 2;
    public const int AttemptsPerMinute = 30;
    public const int AtOnceForAll = 2;
    public const int QueueForAll = 8;
    public const int AttemptsPerAccountPerMinute = 60;

    /// <summary>What a refused client is told (page and API).</summary>
    public const string TooMany = "Too many sign-in attempts from this device or for this account; wait a minute and try again, or sign in at the console's own screen.";

    private readonly PartitionedRateLimiter<string> _oneAtATime = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetConcurrencyLimiter(client, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = 1,
            QueueLimit = QueuePerClient,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));

    private readonly PartitionedRateLimiter<string> _perMinute = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetTokenBucketLimiter(client, _ => PerMinute(AttemptsPerMinute)));

    private readonly ConcurrencyLimiter _everyone = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = AtOnceForAll,
        QueueLimit = QueueForAll,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    private readonly PartitionedRateLimiter<string> _perAccount = PartitionedRateLimiter.Create<string, string>(account =>
        RateLimitPartition.GetTokenBucketLimiter(account, _ => PerMinute(AttemptsPerAccountPerMinute)));

    private readonly PartitionedRateLimiter<string> _perClient;

    public SignInThrottle() => _perClient = PartitionedRateLimiter.CreateChained(_oneAtATime, _perMinute);

    /// <summary>
    /// Runs <paramref name="attempt"/> (a sign-in from <paramref name="client"/> as <paramref name="userName"/>) in its turn,
    /// or answers Throttled at once. The kiosk's attempts run at once.
    /// </summary>
    public async Task<(bool Throttled, T? Value)> RunAsync<T>(string client, string? userName, Func<Task<T>> attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        if (SignInLockouts.IsConsole(client))
        {
            return (false, await attempt().ConfigureAwait(false));
        }

        // The client's own place first: one address alone (30 a minute) cannot use up the account's 60.
        using var own = await _perClient.AcquireAsync(client).ConfigureAwait(false);
        if (!own.IsAcquired)
        {
            return (true, default);
        }

        using var account = _perAccount.AttemptAcquire(AccountKey(userName));
        if (!account.IsAcquired)
        {
            return (true, default);
        }

        using var shared = await _everyone.AcquireAsync().ConfigureAwait(false);
        return shared.IsAcquired ? (false, await attempt().ConfigureAwait(false)) : (true, default);
    }

    /// <summary>The account an attempt names, as the directory would look it up (bounded, so a long name is one key).</summary>
    private static string AccountKey(string? userName)
    {
        string name = UserRules.Normalise(userName);
        return name.Length <= 64 ? name : name[..64];
    }

    private static TokenBucketRateLimiterOptions PerMinute(int attempts) => new()
    {
        TokenLimit = attempts,
        TokensPerPeriod = attempts,
        ReplenishmentPeriod = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };

    public void Dispose()
    {
        _perClient.Dispose();
        _oneAtATime.Dispose();
        _perMinute.Dispose();
        _everyone.Dispose();
        _perAccount.Dispose();
    }
}

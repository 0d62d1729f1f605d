using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace CryoWeb.WebUI.Prerendering;

/// <summary>
/// Hands what a page read while it was prerendered to the same page's interactive circuit, so the circuit's first
/// render shows that content at once instead of a "Loading…" line in its place. The value stays on the server: the
/// prerender keeps it here under a random token and the page persists only the token (<c>[PersistentState]</c>, a few
/// dozen bytes), because Blazor sends persisted state back in the circuit's start message and a start message over
/// SignalR's 32 KB limit kills the circuit without a word (dotnet/aspnetcore#65101); a long procedure's detail or an
/// iceball estimate is bigger than that. Taken once; kept at most <see cref="Lifetime"/>, at most
/// <see cref="MaxEntries"/> at a time (beyond that nothing is kept and the page loads as it would without it).
/// </summary>
public sealed class PrerenderHandoff(TimeProvider time)
{
    public const int MaxEntries = 256;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private sealed record Entry(object Value, DateTimeOffset ExpiresAt);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Keeps <paramref name="value"/>; returns the token to persist, or null when the hand-off is full.</summary>
    public string? Keep(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var now = time.GetUtcNow();
        foreach (var (token, entry) in _entries)
        {
            if (entry.ExpiresAt <= now)
            {
                _entries.TryRemove(token, out _);
            }
        }

        if (_entries.Count >= MaxEntries)
        {
            return null;
        }

        string key = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _entries[key] = new Entry(value, now + Lifetime);
        return key;
    }

    /// <summary>The value kept under <paramref name="token"/>, once; null when unknown, taken, expired or of another type.</summary>
    public T? Take<T>(string? token)
        where T : class =>
        token is not null && _entries.TryRemove(token, out var entry) && entry.ExpiresAt > time.GetUtcNow() ? entry.Value as T : null;
}

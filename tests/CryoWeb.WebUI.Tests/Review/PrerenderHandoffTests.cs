using CryoWeb.WebUI.Prerendering;
using Microsoft.Extensions.Time.Testing;

namespace CryoWeb.WebUI.Tests.Review;

/// <summary>
/// What a prerendered page hands to its circuit stays on the server; the page persists only a short token, because a
/// circuit whose start message passes 32 KB never starts.
/// </summary>
public class PrerenderHandoffTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_large_value_is_handed_over_by_a_short_token_once()
    {
        var handoff = new PrerenderHandoff(_time);
        string large = new('x', 200_000);

        string? token = handoff.Keep(large);

        Assert.NotNull(token);
        Assert.True(token.Length <= 32, $"token of {token.Length} characters");
        Assert.Same(large, handoff.Take<string>(token));
        Assert.Null(handoff.Take<string>(token));
    }

    [Fact]
    public void Nothing_is_handed_over_after_its_lifetime_for_an_unknown_token_or_as_another_type()
    {
        var handoff = new PrerenderHandoff(_time);
        string? late = handoff.Keep("late");
        string? other = handoff.Keep("other type");

        _time.Advance(PrerenderHandoff.Lifetime);

        Assert.Null(handoff.Take<string>(late));
        Assert.Null(handoff.Take<string>("0123456789ABCDEF0123456789ABCDEF"));
        Assert.Null(handoff.Take<string>(null));
        Assert.Null(handoff.Take<Uri>(handoff.Keep("a string")));
        Assert.NotNull(other);
    }

    [Fact]
    public void It_keeps_a_bounded_number_and_frees_expired_ones_before_refusing()
    {
        var handoff = new PrerenderHandoff(_time);
        for (int i = 0; i < PrerenderHandoff.MaxEntries; i++)
        {
            Assert.NotNull(handoff.Keep(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Null(handoff.Keep("one too many"));
        _time.Advance(PrerenderHandoff.Lifetime);
        Assert.NotNull(handoff.Keep("after the others expired"));
    }
}

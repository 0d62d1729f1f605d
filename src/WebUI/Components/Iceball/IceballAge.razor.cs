using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace CryoWeb.WebUI.Components.Iceball;

/// <summary>
/// "Model estimate as of 12:00:05 (3 s ago)", kept current by a one-second timer on the injected clock; while the
/// estimator should be publishing (<see cref="Live"/>), an estimate older than <see cref="StaleAfter"/> is marked STALE.
/// Only this line re-renders each second, not the drawings around it.
/// </summary>
public sealed partial class IceballAge : IDisposable
{
    /// <summary>The estimator publishes every 5 s of procedure; four missed estimates make it stale.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    private ITimer? _timer;

    [Inject]
    private CryoWeb.WebUI.Clock.ConsoleTimeZone Zone { get; set; } = default!;

    private bool _disposed;

    /// <summary>The tissue time the estimate describes.</summary>
    [Parameter, EditorRequired]
    public DateTimeOffset AsOf { get; set; }

    [Parameter]
    public double? ModelMinutes { get; set; }

    /// <summary>New estimates are expected (the estimator follows a procedure), so an old one is stale.</summary>
    [Parameter]
    public bool Live { get; set; }

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private TimeSpan Age => Time.GetUtcNow() - AsOf is { Ticks: > 0 } age ? age : TimeSpan.Zero;

    private bool Stale => Live && Age > StaleAfter;

    /// <summary>"23 s", or whole minutes from two minutes on.</summary>
    private string AgeText => Age.TotalSeconds < 120
        ? string.Create(CultureInfo.InvariantCulture, $"{(long)Age.TotalSeconds} s")
        : string.Create(CultureInfo.InvariantCulture, $"{(long)Age.TotalMinutes} min");

    protected override void OnInitialized()
    {
        // The prerender is a one-off page: only the live circuit keeps the age current.
        if (RendererInfo.IsInteractive)
        {
            _timer = Time.CreateTimer(_ => _ = RenderQuietly(), null, Period, Period);
        }
    }

    private async Task RenderQuietly()
    {
        try
        {
            if (!_disposed)
            {
                await InvokeAsync(StateHasChanged);
            }
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away between the tick and the render.
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _timer?.Dispose();
    }
}

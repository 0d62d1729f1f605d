using CryoWeb.Controller.Alarms;
using CryoWeb.WebUI.Live;

namespace CryoWeb.WebUI.Components.Console;

/// <summary>
/// Asks a live component to re-render when the status board or the alarm manager changed, at most
/// <see cref="RendersPerSecond"/> times a second, and at least once a second (clocks, countdowns, and the link-lost
/// check, which only a fresh read of <see cref="LiveStatusBoard.Current"/> notices). The events arrive on the frame
/// feed thread: they only set a flag, so the feed never waits for a circuit.
/// </summary>
public sealed class LiveFeed : IDisposable
{
    public const int RendersPerSecond = 4;

    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1.0 / RendersPerSecond);

    private readonly LiveStatusBoard _board;
    private readonly AlarmManager _alarms;
    private readonly Func<Task> _render;
    private readonly ITimer _timer;
    private int _dirty = 1;
    private int _quietPeriods;
    private int _disposed;

    /// <param name="render">Re-renders the component (e.g. <c>() =&gt; InvokeAsync(StateHasChanged)</c>); called on a timer thread.</param>
    public LiveFeed(LiveStatusBoard board, AlarmManager alarms, TimeProvider time, Func<Task> render)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(alarms);
        ArgumentNullException.ThrowIfNull(time);
        _board = board;
        _alarms = alarms;
        _render = render ?? throw new ArgumentNullException(nameof(render));
        _board.Changed += OnStatus;
        _alarms.Changed += OnAlarms;
        _timer = time.CreateTimer(_ => OnPeriod(), null, Period, Period);
    }

    /// <summary>How many renders were asked for so far (for tests and diagnostics).</summary>
    public long Renders { get; private set; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _board.Changed -= OnStatus;
        _alarms.Changed -= OnAlarms;
        _timer.Dispose();
    }

    private void OnStatus(LiveStatus status) => Volatile.Write(ref _dirty, 1);

    private void OnAlarms() => Volatile.Write(ref _dirty, 1);

    private void OnPeriod()
    {
        bool dirty = Interlocked.Exchange(ref _dirty, 0) == 1;
        bool secondDue = ++_quietPeriods >= RendersPerSecond;
        if (Volatile.Read(ref _disposed) == 1 || !(dirty || secondDue))
        {
            return;
        }

        _quietPeriods = 0;
        Renders++;
        _ = RenderQuietly();
    }

    private async Task RenderQuietly()
    {
        try
        {
            await _render().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away between the tick and the render: nothing left to show.
        }
    }
}

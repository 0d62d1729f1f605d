using CryoWeb.Controller.Setup;
using CryoWeb.Controller.Iceball;
using CryoWeb.Controller.Procedures;
using Microsoft.AspNetCore.Components;

namespace CryoWeb.WebUI.Components.Iceball;

/// <summary>
/// The live iceball panel. It has no parameters, so the live page's frequent renders pass it by: it renders only when
/// the <see cref="IceballEstimator"/> publishes (every few seconds at most), plus the estimate's age line each second.
/// The estimator raises <see cref="IceballEstimator.Changed"/> on its own thread; the handler hands the render to the
/// thread pool and returns, so the estimator never waits for a circuit. Only the interactive circuit listens (the
/// prerender is a one-off page), and it stops listening when disposed.
/// </summary>
public sealed partial class IceballPanel : IDisposable
{
    public const string Caveat = "Model estimate from the tip and sensor temperatures. Confirm the iceball with imaging.";

    private IceballStatus _status = IceballStatus.Idle;
    private IReadOnlyDictionary<int, string>? _names;
    private ProcedureSetup? _namesFrom;
    private bool _listening;
    private volatile bool _disposed;

    [Inject]
    private IceballEstimator Estimator { get; set; } = default!;

    [Inject]
    private ProcedureService Procedures { get; set; } = default!;

    protected override void OnInitialized()
    {
        if (RendererInfo.IsInteractive)
        {
            // Listen first, then read: a status published in between is not lost.
            Estimator.Changed += OnChanged;
            _listening = true;
        }

        Read();
    }

    private void Read()
    {
        _status = Estimator.Status;
        var setup = Procedures.RunningSetup;
        if (!ReferenceEquals(setup, _namesFrom))
        {
            _namesFrom = setup;
            _names = setup?.Sensors?.ToDictionary(s => s.Channel, s => s.Name);
        }
    }

    private void OnChanged(object? sender, IceballStatus status) => _ = Task.Run(RefreshAsync);

    private async Task RefreshAsync()
    {
        try
        {
            if (!_disposed)
            {
                await InvokeAsync(() =>
                {
                    Read();
                    StateHasChanged();
                });
            }
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away between the estimate and the render.
        }
    }

    public void Dispose()
    {
        _disposed = true;
        if (_listening)
        {
            _listening = false;
            Estimator.Changed -= OnChanged;
        }
    }
}

namespace CryoWeb.WebUI.Api;

/// <summary>Body of POST /api/probes/{probe}/protocol/extend.</summary>
public sealed record ExtendStepRequest(int? ExtendSeconds)
{
    /// <summary>The controller allows 30 minutes of extension in all; one request may not ask for more.</summary>
    public const int MaxSeconds = 30 * 60;

    public string? Problem() => ExtendSeconds switch
    {
        null => $"extendSeconds: required (1 to {MaxSeconds}).",
        < 1 or > MaxSeconds => $"extendSeconds: must be 1 to {MaxSeconds}, not {ExtendSeconds}.",
        _ => null,
    };
}

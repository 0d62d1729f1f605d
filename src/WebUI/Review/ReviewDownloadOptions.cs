namespace CryoWeb.WebUI.Review;

/// <summary>Section <c>Review</c>: how long a review download may stand still before the console drops it.</summary>
public sealed class ReviewDownloadOptions
{
    public const string SectionName = "Review";
    public const int DefaultStalledWriteSeconds = 30;

    /// <summary>
    /// Seconds one write of a review response may wait for the client to read (1..600). A tablet that reads, even over
    /// poor Wi-Fi, never waits that long on one write; an export opened and left unread is dropped and frees its place.
    /// </summary>
    public int StalledWriteSeconds { get; set; } = DefaultStalledWriteSeconds;

    public TimeSpan StalledWriteLimit => TimeSpan.FromSeconds(StalledWriteSeconds);
}

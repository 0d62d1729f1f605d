using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Tests.Integration;

namespace CryoWeb.WebUI.Tests.Review;

/// <summary>
/// One running console for a test class, with a Reviewer "rita" (signed in as <see cref="Reviewer"/>) and one
/// procedure recorded in real time by <see cref="LiveRecording"/>. Tests only read from it.
/// </summary>
public sealed class RecordedConsole : IAsyncLifetime
{
    public const string ReviewerName = "rita";
    public const string ReviewerPassword = "review password 1";

    public ConsoleServer Server { get; private set; } = null!;

    public HttpClient Reviewer { get; private set; } = null!;

    public ProcedureRecord Record { get; private set; } = null!;

    public IReadOnlyList<SampleRow> Samples { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Server = await ConsoleServer.StartAsync();
        await Server.AddUserAsync(ReviewerName, ConsoleRole.Reviewer, ReviewerPassword);
        (Record, Samples) = await LiveRecording.RecordAsync(Server, "IT case", minSamples: 30);
        (Reviewer, _) = await Server.SignedInClientAsync(ReviewerName, ReviewerPassword);
    }

    public async Task DisposeAsync()
    {
        Reviewer?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}

using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Tests.Control;

namespace CryoWeb.Controller.Tests.Fuzzing;

/// <summary>
/// One generated operation on a console: builds a fresh command each time it runs (a command answers once), so the
/// same operation can be replayed on the twin console. <see cref="Description"/> is what CsCheck prints on failure.
/// </summary>
internal sealed record FuzzOperation(string Description, Func<ConsoleHarness, CommandOutcome> Run)
{
    public override string ToString() => Description;
}

namespace CryoWeb.WebUI.Components.Console;

/// <summary>A dangerous action waiting for the user's "Yes" in a <see cref="ConfirmDialog"/>.</summary>
/// <param name="Question">The question, naming the probe and the action.</param>
/// <param name="YesText">What "Yes" does, in a few words.</param>
/// <param name="Action">Runs only after "Yes".</param>
public sealed record PendingConfirmation(string Question, string YesText, Func<Task> Action);

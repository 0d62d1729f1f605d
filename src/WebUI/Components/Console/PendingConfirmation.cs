using CryoWeb.WebUI.Live;

namespace CryoWeb.WebUI.Components.Console;

/// <summary>A dangerous action waiting for the user's "Yes" in a <see cref="ConfirmDialog"/>.</summary>
/// <param name="Question">The question, naming the probe and the action.</param>
/// <param name="YesText">What "Yes" does, in a few words.</param>
/// <param name="Action">Runs only after "Yes".</param>
/// <param name="Control">The gas control asked about, if the action starts gas: withdrawn when that control becomes refused.</param>
public sealed record PendingConfirmation(string Question, string YesText, Func<Task> Action, GasControl? Control = null);

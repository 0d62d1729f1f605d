namespace CryoWeb.WebUI.Cli.Operations;

/// <summary>What the console does by itself when an alarm condition arises, and what the OR team or the technician does.</summary>
/// <param name="ConsoleAction">The controller's own action (docs/controller.md, "Interlocks and alarm conditions").</param>
/// <param name="WhatToDo">Guidance for the OR team and, where the cause is in the equipment, for the technician.</param>
public sealed record AlarmGuidance(string ConsoleAction, string WhatToDo);

namespace CryoWeb.Testing.Console;

/// <summary>A user the launcher adds with the console's own `users add` command before the console starts.</summary>
public sealed record ConsoleUser(string Name, string Role);

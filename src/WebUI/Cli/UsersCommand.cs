namespace CryoWeb.WebUI.Cli;

/// <summary>`users add|list|disable|reset`. (Foundation stub; the accounts work fills it in.)</summary>
internal static class UsersCommand
{
    public const string Name = "users";

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        await error.WriteLineAsync("users: not built yet.").ConfigureAwait(false);
        return 2;
    }
}

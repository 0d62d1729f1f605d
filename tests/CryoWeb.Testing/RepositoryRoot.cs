namespace CryoWeb.Testing;

/// <summary>The clone's top folder (the one holding CryoWeb.sln), found from the running binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CryoWeb.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No CryoWeb.sln above {AppContext.BaseDirectory}.");
    }
}

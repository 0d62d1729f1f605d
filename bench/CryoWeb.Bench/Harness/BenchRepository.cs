namespace CryoWeb.Bench.Harness;

/// <summary>The repository root (the folder holding CryoWeb.sln), found upward from the working directory or the binary.</summary>
public static class BenchRepository
{
    public static string Root { get; } = Find();

    public static string LayoutFile(string name) => Path.Combine(Root, "bench", "layouts", name);

    private static string Find()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "CryoWeb.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the CryoWeb repository (no CryoWeb.sln found above here).");
    }
}

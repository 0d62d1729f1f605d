using CryoWeb.Testing;

namespace CryoWeb.Bench.Harness;

/// <summary>The bench's files in the repository (the folder holding CryoWeb.sln, found from the binary).</summary>
public static class BenchRepository
{
    public static string Root => RepositoryRoot.Path;

    public static string LayoutFile(string name) => Path.Combine(Root, "bench", "layouts", name);
}

using ArchUnitNET.Loader;
using CryoWeb.Controller.Control;

namespace CryoWeb.Controller.Tests.Architecture;

/// <summary>
/// The controller's namespaces form layers (configuration, conditions, verdict, probes, protocols, sensors, interlocks,
/// frames, command records, the core, then the services around it): no namespace may depend on one that depends back
/// on it, so a reader (or the next step, the control loop in its own process) can take one without the rest.
/// </summary>
public class NamespaceCycleTests
{
    private const string Root = "CryoWeb.Controller.";

    private static readonly Lazy<Dictionary<string, HashSet<string>>> Graph = new(BuildGraph);

    [Fact]
    public void The_controller_namespaces_have_no_cycle()
    {
        var cycles = NamespaceGraph.Cycles(Graph.Value).Select(c => string.Join(" <-> ", c)).ToList();
        Assert.True(cycles.Count == 0, "Namespace cycles inside CryoWeb.Controller:\n" + string.Join("\n", cycles.Select(c => c + "\n    " + Witness(c))));
    }

    /// <summary>
    /// The console's services (procedures, storage, alarms, iceball, commands) reach the core through the command channel
    /// and the read model only, as the web does: the namespace of the tick is used by its thread and by the read model.
    /// </summary>
    [Fact]
    public void Only_the_control_thread_and_the_read_model_use_the_tick_namespace()
    {
        var users = Graph.Value.Where(n => n.Value.Contains("Control")).Select(n => n.Key).Order(StringComparer.Ordinal).ToList();

        Assert.True(users.SequenceEqual(["ControlThread", "ReadModel"]), "Namespaces using CryoWeb.Controller.Control:\n" + string.Join("\n", Edges.Value.Where(e => e.To == "Control").Select(e => e.Why).Distinct()));
    }

    [Fact]
    public void The_cycle_check_finds_a_cycle_when_there_is_one()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["Control"] = ["Probes", "Safety"],
            ["Probes"] = ["Configuration"],
            ["Safety"] = ["Probes", "Control"],
            ["Configuration"] = [],
        };

        Assert.Equal(["Control <-> Safety"], NamespaceGraph.Cycles(graph).Select(c => string.Join(" <-> ", c)));
    }

    /// <summary>For a failing cycle: one type dependency per edge, so the message says what to move.</summary>
    private static string Witness(string cycle)
    {
        var members = cycle.Split(" <-> ").ToHashSet();
        return string.Join("\n    ", Edges.Value.Where(e => members.Contains(e.From) && members.Contains(e.To))
            .GroupBy(e => (e.From, e.To)).Select(g => $"{g.Key.From} -> {g.Key.To}: {string.Join(" | ", g.Select(x => x.Why.Replace("CryoWeb.Controller.", "")).Distinct())}"));
    }

    private static readonly Lazy<List<(string From, string To, string Why)>> Edges = new(() =>
    {
        var architecture = new ArchLoader().LoadAssemblies(typeof(ControlCore).Assembly).Build();
        var edges = new List<(string, string, string)>();
        foreach (var type in architecture.Types)
        {
            string? from = Slice(type.Namespace.FullName);
            if (from is null)
            {
                continue;
            }

            foreach (var dependency in type.Dependencies)
            {
                string? to = Slice(dependency.Target.Namespace.FullName);
                if (to is not null && to != from)
                {
                    edges.Add((from, to, $"{type.FullName} uses {dependency.Target.FullName}"));
                }
            }
        }

        return edges;
    });

    private static Dictionary<string, HashSet<string>> BuildGraph()
    {
        var graph = new Dictionary<string, HashSet<string>>();
        foreach (var (from, to, _) in Edges.Value)
        {
            (graph.TryGetValue(from, out var targets) ? targets : graph[from] = []).Add(to);
            graph.TryAdd(to, []);
        }

        return graph;
    }

    /// <summary>The first namespace segment under CryoWeb.Controller (null outside it, e.g. compiler-generated or Hardware).</summary>
    private static string? Slice(string space)
    {
        if (!space.StartsWith(Root, StringComparison.Ordinal))
        {
            return null;
        }

        string rest = space[Root.Length..];
        int dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }
}

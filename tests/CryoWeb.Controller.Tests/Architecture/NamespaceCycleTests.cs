using CryoWeb.Controller.Outcomes;
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

    /// <summary>
    /// Types whose move to another namespace is under way in another part of issue 15, counted where they are going.
    /// Delete a line once the type has moved.
    /// </summary>
    private static readonly Dictionary<string, string> Moving = new()
    {
    };

    /// <summary>
    /// Cycles among the services around the core (procedures, naming, storage, alarms), owned by other parts; each is
    /// written as its namespaces in order. The test fails if one disappears (shorten the list) or any other appears.
    /// </summary>
    private static readonly string[] KnownOutsideTheCore =
    [
        // The services around the core, not the core: Naming reads ProcedureSetup while Procedures use the naming;
        // Storage keeps alarm records; Alarms name sensors; Commands holds both the command records the core executes
        // and the console's command service (which uses alarms and the read model); Contract holds both plain records
        // and the read model built on ControlCore. Left for the next step (issue 16 needs it): command records and
        // read-model records alone in Contract, the service and the read model's implementation in namespaces above it.
        // Presets joins it because the command service now saves the presets (ProtocolLibrary keeps them in Storage).
        "Alarms <-> Commands <-> Contract <-> Control <-> Iceball <-> Naming <-> Planning <-> Presets <-> Procedures <-> Storage",
    ];

    private static readonly Lazy<Dictionary<string, HashSet<string>>> Graph = new(BuildGraph);

    [Fact]
    public void The_controller_namespaces_have_no_cycle_but_the_known_ones()
    {
        var cycles = NamespaceGraph.Cycles(Graph.Value).Select(c => string.Join(" <-> ", c)).ToList();
        Assert.True(cycles.Order().SequenceEqual(KnownOutsideTheCore.Order()), "Namespace cycles inside CryoWeb.Controller:\n" + string.Join("\n", cycles.Select(c => c + "\n    " + Witness(c))));
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
            .GroupBy(e => (e.From, e.To)).Select(g => $"{g.Key.From} -> {g.Key.To}: {g.First().Why}"));
    }

    private static readonly Lazy<List<(string From, string To, string Why)>> Edges = new(() =>
    {
        var architecture = new ArchLoader().LoadAssemblies(typeof(ControlCore).Assembly).Build();
        var edges = new List<(string, string, string)>();
        foreach (var type in architecture.Types)
        {
            string? from = Slice(type.FullName, type.Namespace.FullName);
            if (from is null)
            {
                continue;
            }

            foreach (var dependency in type.Dependencies)
            {
                string? to = Slice(dependency.Target.FullName, dependency.Target.Namespace.FullName);
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
    private static string? Slice(string typeName, string space)
    {
        int generic = typeName.IndexOf('<', StringComparison.Ordinal);
        string outer = (generic < 0 ? typeName : typeName[..generic]).Split('+')[0];
        if (Moving.TryGetValue(outer, out var moved))
        {
            return moved;
        }

        if (!space.StartsWith(Root, StringComparison.Ordinal))
        {
            return null;
        }

        string rest = space[Root.Length..];
        int dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }
}

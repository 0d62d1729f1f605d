using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Cli;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace CryoWeb.WebUI.Tests.Cli;

/// <summary>A command-line tool opens the records without building the console: no plant, control loop, watchdog or estimator.</summary>
public sealed class CliServicesTests
{
    private static readonly string[] ConsoleOnlyNamespaces =
    [
        "CryoWeb.Hardware", "CryoWeb.Controller.Control", "CryoWeb.Controller.ControlThread", "CryoWeb.Controller.Iceball",
        "CryoWeb.Controller.Alarms", "CryoWeb.Controller.Frames", "CryoWeb.Controller.Naming",
    ];

    [Fact]
    public void The_tools_register_the_storage_and_nothing_of_the_control_core()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Storage:DatabasePath", "/tmp/none.db")]).Build();

        var services = CliStore.Services(configuration);

        Assert.Contains(services, d => d.ServiceType == typeof(ProcedureStore));
        var consoleOnly = services
            .SelectMany(d => (Type?[])[d.ServiceType, d.ImplementationType, d.ImplementationInstance?.GetType()])
            .OfType<Type>()
            .Where(t => ConsoleOnlyNamespaces.Any(n => t.Namespace?.StartsWith(n, StringComparison.Ordinal) == true))
            .Select(t => t.FullName)
            .Distinct();
        Assert.Empty(consoleOnly);
        // Nothing runs in the background of a tool but the database gate it never starts; no loop, watchdog or estimator.
        Assert.All(services.Where(d => d.ServiceType == typeof(IHostedService)), d => Assert.Equal(typeof(StorageStartupGate), d.ImplementationType));
    }
}

using CryoWeb.Controller.Storage;
using CryoWeb.Hardware;
using CryoWeb.Hardware.Simulation;
using CryoWeb.WebUI.Hosting;
using CryoWeb.Testing.Console;
using CryoWeb.WebUI.Tests.Integration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryoWeb.WebUI.Tests.Storage;

/// <summary>
/// Issue 13: a console whose database cannot be used stops before it builds the plant (no plant running behind a
/// sign-in page that answers 500), and the process exits with code 3 and the message.
/// </summary>
public sealed class ConsoleStorageStartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "cryoweb-startup-" + Guid.NewGuid().ToString("N"))).FullName;

    private string Database => Path.Combine(_folder, "cryoweb.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_second_console_on_the_same_database_is_refused_before_it_builds_the_plant()
    {
        await using var first = await ConsoleServer.StartAsync();
        string database = first.Services.GetRequiredService<IConfiguration>()["Storage:DatabasePath"]!;
        var plantBuilt = false;

        await using var second = ConsoleHost.Build(["--urls", "http://127.0.0.1:0", "--Storage:DatabasePath", database], services => WatchPlant(services, () => plantBuilt = true));
        var error = await Assert.ThrowsAsync<StorageStartupException>(() => second.StartAsync());

        Assert.Contains("is in use by another CryoWeb process", error.Message, StringComparison.Ordinal);
        Assert.False(plantBuilt, "the second console built a plant");
    }

    [Fact]
    public async Task An_emptied_database_stops_the_console_before_it_builds_the_plant()
    {
        (await OpenAsync(password: null)).Dispose();
        await File.WriteAllBytesAsync(Database, []);
        var plantBuilt = false;

        await using var console = ConsoleHost.Build(["--urls", "http://127.0.0.1:0", "--Storage:DatabasePath", Database], services => WatchPlant(services, () => plantBuilt = true));
        var error = await Assert.ThrowsAsync<StorageStartupException>(() => console.StartAsync());

        Assert.Contains("is empty (0 bytes)", error.Message, StringComparison.Ordinal);
        Assert.False(plantBuilt, "the console built a plant on an empty database");

        // The watch does see a plant being built: a deliberate fresh start (empty file and marker removed) builds one.
        await console.DisposeAsync();
        File.Delete(Database);
        File.Delete(DatabaseMarker.PathOf(Database));
        await using var fresh = ConsoleHost.Build(["--urls", "http://127.0.0.1:0", "--Storage:DatabasePath", Database], services => WatchPlant(services, () => plantBuilt = true));
        await fresh.StartAsync();
        Assert.True(plantBuilt, "a normal start built no plant: the watch sees nothing");
        await fresh.StopAsync();
    }

    [Fact]
    public async Task A_wrong_key_exits_with_code_3_and_says_so()
    {
        (await OpenAsync("the-right-key")).Dispose();

        var (exitCode, error) = await RunConsoleAsync(new Dictionary<string, string?>(), "--Storage:Password", "a-wrong-key");

        Assert.Equal(3, exitCode);
        Assert.Contains("CryoWeb cannot start: The recording database", error, StringComparison.Ordinal);
        Assert.Contains("does not open with the configured key", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_key_credential_exits_with_code_3_and_the_message_not_an_abort()
    {
        string credentials = Directory.CreateDirectory(Path.Combine(_folder, "credentials")).FullName;
        await File.WriteAllTextAsync(Path.Combine(credentials, DatabaseKeySource.CredentialName), "\n");

        var (exitCode, error) = await RunConsoleAsync(new Dictionary<string, string?> { [DatabaseKeySource.CredentialsDirectoryVariable] = credentials });

        Assert.Equal(3, exitCode);
        Assert.Contains($"CryoWeb cannot start: The database key credential '{Path.Combine(credentials, DatabaseKeySource.CredentialName)}' is empty", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_setting_exits_with_code_3_naming_the_key_and_the_keys_there_are()
    {
        var (exitCode, error) = await RunConsoleAsync(new Dictionary<string, string?>(), "--Controller:SupplyMaxPsii", "6200", "--Storage:RetentionDays", "3O");

        Assert.Equal(3, exitCode);
        Assert.Contains("CryoWeb cannot start: the configuration is invalid.", error, StringComparison.Ordinal);
        Assert.Contains("  Controller:SupplyMaxPsii: not a setting of the console (misspelt?); known here: TickPeriod, ", error, StringComparison.Ordinal);
        Assert.Contains("SupplyMaxPsi, ", error, StringComparison.Ordinal);
        Assert.Contains("  Storage:RetentionDays: '3O' is not a whole number", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Database), "the database was created under refused settings");
    }

    /// <summary>Records when the plant (hardware or simulator) is built.</summary>
    private static void WatchPlant(IServiceCollection services, Action built)
    {
        foreach (var type in (Type[])[typeof(PlantHardware), typeof(SimulatedPlant)])
        {
            if (services.LastOrDefault(d => d.ServiceType == type) is { ImplementationFactory: { } factory })
            {
                services.AddSingleton(type, sp =>
                {
                    built();
                    return factory(sp);
                });
            }
        }
    }

    private async Task<ProcedureStore> OpenAsync(string? password)
    {
        var store = StorageStartup.Open(Database, password, TimeProvider.System, NullLogger<ProcedureStore>.Instance, new StorageOptions(), TimeSpan.FromSeconds(30));
        Assert.NotNull(store.CreateProcedure("Kidney L", "dr. Ana", "kidney", ["T1"]));
        Assert.True(await store.FlushAsync());
        return store;
    }

    private async Task<(int ExitCode, string Error)> RunConsoleAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        await using var launcher = await ConsoleLauncher.CreateAsync(new ConsoleLaunchOptions { DatabasePath = Database, Environment = environment });
        return await launcher.RunToExitAsync(null, TimeSpan.FromSeconds(90), ["--urls", "http://127.0.0.1:0", "--Storage:DatabasePath", Database, .. args]);
    }
}

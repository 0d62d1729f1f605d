using CryoWeb.Controller.Storage;
using Microsoft.Extensions.Configuration;

namespace CryoWeb.Controller.Tests.Storage;

/// <summary>Where the database lives: configuration first, then the systemd unit's state directory, then the user's folder.</summary>
public sealed class DatabasePathTests
{
    private static IConfiguration Configuration(string? databasePath) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = databasePath }).Build();

    [Fact]
    public void Under_systemd_the_database_is_in_the_units_state_directory()
    {
        string path = StorageOptions.DatabasePath(Configuration(null), name => name == "STATE_DIRECTORY" ? "/var/lib/cryoweb" : null);

        Assert.Equal("/var/lib/cryoweb/cryoweb.db", path);
    }

    [Fact]
    public void With_several_state_directories_the_first_is_taken()
    {
        string path = StorageOptions.DatabasePath(Configuration(null), name => name == "STATE_DIRECTORY" ? "/var/lib/cryoweb:/var/lib/other" : null);

        Assert.Equal("/var/lib/cryoweb/cryoweb.db", path);
    }

    [Fact]
    public void A_configured_path_wins_over_the_state_directory()
    {
        string path = StorageOptions.DatabasePath(Configuration("/data/records.db"), _ => "/var/lib/cryoweb");

        Assert.Equal("/data/records.db", path);
    }

    [Fact]
    public void Without_either_the_database_is_in_the_users_data_folder()
    {
        string path = StorageOptions.DatabasePath(Configuration(""), _ => null);

        Assert.Equal(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "cryoweb", "cryoweb.db"), path);
    }
}

using CryoWeb.WebUI.Hosting;
using Microsoft.Extensions.Configuration;

namespace CryoWeb.WebUI.Tests.Hosting;

/// <summary>The controller's own settings file: above appsettings.json, below environment and command line, never silently absent.</summary>
public sealed class SiteSettingsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cryoweb-site-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string json)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void The_site_file_overrides_appsettings_and_is_overridden_by_the_command_line()
    {
        string appsettings = Write("appsettings.json", """{ "Hardware": { "Mode": "Simulator", "GpioChip": 0 }, "Urls": "http://localhost:5080" }""");
        string site = Write("cryoweb.json", """{ "Hardware": { "Mode": "Physical", "GpioChip": 4 } }""");
        var builder = new ConfigurationBuilder()
            .AddJsonFile(appsettings)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Hardware:GpioChip"] = "7" });

        SiteSettings.Add(builder, name => name == SiteSettings.Variable ? site : null);
        var configuration = builder.Build();

        Assert.Equal("Physical", configuration["Hardware:Mode"]);
        Assert.Equal("7", configuration["Hardware:GpioChip"]);
        Assert.Equal("http://localhost:5080", configuration["Urls"]);
    }

    [Fact]
    public void A_named_file_that_does_not_exist_stops_start_up_naming_it()
    {
        var builder = new ConfigurationBuilder();
        string missing = Path.Combine(_directory, "nowhere.json");

        var error = Assert.Throws<SiteSettingsException>(() => SiteSettings.Add(builder, _ => missing));

        Assert.Contains($"CRYOWEB_SETTINGS names the settings file '{missing}', which does not exist", error.Message, StringComparison.Ordinal);
        Assert.Empty(builder.Sources);
    }

    [Fact]
    public void A_site_file_that_is_not_json_fails_naming_the_file()
    {
        string broken = Write("cryoweb.json", "{ \"Hardware\": { \"Mode\": ");
        var builder = new ConfigurationBuilder();
        SiteSettings.Add(builder, _ => broken);

        var error = Assert.Throws<InvalidDataException>(() => builder.Build());

        Assert.Contains("cryoweb.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_variable_nothing_is_added()
    {
        var builder = new ConfigurationBuilder();

        SiteSettings.Add(builder, _ => null);

        Assert.Empty(builder.Sources);
    }
}

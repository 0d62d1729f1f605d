using CryoWeb.WebUI.Cli;

namespace CryoWeb.WebUI.Tests.Operations;

/// <summary>The <c>wiring</c> command line: exit codes and messages. The table itself: <see cref="WiringTableTests"/>.</summary>
public sealed class WiringCommandTests : IDisposable
{
    private const string TwoProbes = """
        {
          "Hardware": {
            "Mode": "Physical",
            "Valves": {
              "Probes": [ { "Freeze": { "Pin": 5 }, "Thaw": { "Pin": 6 } } ],
              "ArgonSupply": { "Pin": 20 }, "ThawSupply": { "Pin": 21 }, "Vent": { "Pin": 26 }
            },
            "HeartbeatPin": 16,
            "Thermocouples": { "Channels": [ { "Name": "Probe 1 tip", "TipOfProbe": 1, "ChipSelectPin": 17 } ] }
          }
        }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("cryoweb-wiring-").FullName;
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose()
    {
        _output.Dispose();
        _error.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private string Write(string json)
    {
        string path = Path.Combine(_directory, "site.json");
        File.WriteAllText(path, json);
        return path;
    }

    private Task<int> RunAsync(params string[] args) => WiringCommand.RunAsync(args, _output, _error);

    [Fact]
    public async Task A_valid_settings_file_prints_the_table()
    {
        int code = await RunAsync("--settings", Write(TwoProbes));

        Assert.Equal(0, code);
        Assert.StartsWith("| Function | Connection | BCM GPIO | Header pin | Active level | Notes |\n", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("| Probe 1 freeze valve | GPIO output | 5 | 29 | high = open |", _output.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, _error.ToString());
    }

    [Fact]
    public async Task A_setting_on_the_command_line_overrides_the_file()
    {
        int code = await RunAsync("--settings", Write(TwoProbes), "--Hardware:HeartbeatPin=12");

        Assert.Equal(0, code);
        Assert.Contains("| Heartbeat (external watchdog) | GPIO output | 12 | 32 |", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_settings_the_simulator_has_no_wiring()
    {
        int code = await RunAsync();

        Assert.Equal(1, code);
        Assert.Contains("Hardware:Mode is Simulator: the simulator has no wiring", _error.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, _output.ToString());
    }

    [Fact]
    public async Task An_invalid_configuration_prints_the_validators_errors_naming_the_keys()
    {
        int code = await RunAsync("--settings", Write(TwoProbes), "--Hardware:HeartbeatPin", "5", "--Hardware:Valves:FreezPin", "3");

        Assert.Equal(1, code);
        Assert.Contains("Hardware:HeartbeatPin: GPIO 5 is already used by Hardware:Valves:Probes:0:Freeze:Pin", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Hardware:Valves:FreezPin: not a setting of the console", _error.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, _output.ToString());
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_names_its_key()
    {
        int code = await RunAsync("--settings", Write(TwoProbes), "--Hardware:HeartbeatPin=sixteen");

        Assert.Equal(1, code);
        Assert.Contains("Hardware:HeartbeatPin", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_settings_file_that_is_not_json_is_refused_with_its_name()
    {
        string path = Write("{ \"Hardware\": ");

        int code = await RunAsync("--settings", path);

        Assert.Equal(1, code);
        Assert.Contains(path, _error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wiring: --settings: file '/nonexistent/cryoweb.json' does not exist.", "--settings", "/nonexistent/cryoweb.json")]
    [InlineData("wiring: --settings: give the JSON file", "--settings")]
    [InlineData("wiring: unexpected argument 'extra'.", "extra")]
    [InlineData("wiring: --alarms prints the alarm reference", "--alarms", "--Hardware:Mode=Physical")]
    public async Task Bad_usage_exits_2_naming_the_problem(string message, params string[] args)
    {
        int code = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.StartsWith(message, _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alarms_prints_the_alarm_reference()
    {
        int code = await RunAsync("--alarms");

        Assert.Equal(0, code);
        Assert.StartsWith("| Alarm | Shown as | Priority | Latching |", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("| EmergencyStop | Emergency stop pressed | High | yes |", _output.ToString(), StringComparison.Ordinal);
    }
}

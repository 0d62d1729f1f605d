using CryoWeb.WebUI.Hosting;

namespace CryoWeb.WebUI.Tests.Hosting;

/// <summary>
/// A plant that cannot start stops the console with exit code 4 and the device's message, as systemd's unit and the
/// installer read them: the host catches the controller's own start-up failure, without knowing any hardware type.
/// </summary>
public sealed class ConsolePlantStartTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "cryoweb-plant-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Started_as_the_program_starts_it_a_missing_device_exits_4_with_its_message_on_stderr()
    {
        using var error = new StringWriter();
        // Valid settings for a console whose GPIO chip does not exist on this machine.
        string[] args =
        [
            "--urls", "http://127.0.0.1:0", "--Storage:DatabasePath", Path.Combine(_folder, "cryoweb.db"),
            "--Hardware:Mode", "Physical", "--Hardware:GpioDriver", "LibGpiod", "--Hardware:GpioChip", "99",
            "--Hardware:Valves:Probes:0:Freeze:Pin", "5", "--Hardware:Valves:Probes:0:Thaw:Pin", "6",
            "--Hardware:Valves:ArgonSupply:Pin", "20", "--Hardware:Valves:ThawSupply:Pin", "21", "--Hardware:Valves:Vent:Pin", "26",
            "--Hardware:HeartbeatPin", "16",
            "--Hardware:Thermocouples:Channels:0:Name", "Probe 1 tip", "--Hardware:Thermocouples:Channels:0:TipOfProbe", "1",
            "--Hardware:Thermocouples:Channels:0:ChipSelectLine", "0",
        ];

        int code = await ConsoleStart.RunAsync(args, error).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(4, ConsoleStart.PlantExitCode);
        Assert.Equal(ConsoleStart.PlantExitCode, code);
        Assert.StartsWith("CryoWeb cannot start: The plant hardware could not be started: ", error.ToString(), StringComparison.Ordinal);
    }
}

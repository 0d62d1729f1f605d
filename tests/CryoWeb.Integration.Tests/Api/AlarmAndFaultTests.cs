using System.Net;
using System.Text.Json;
using CryoWeb.Controller.Commands;

namespace CryoWeb.WebUI.Tests.Api;

/// <summary>Simulator fault injection raises the matching alarm; alarms are acknowledged and silenced through the API.</summary>
public sealed class AlarmAndFaultTests
{
    [Fact]
    public async Task An_open_thermocouple_raises_its_alarm_which_an_operator_acknowledges()
    {
        await using var console = await ApiConsole.StartAsync();
        await console.CommandAsync("/api/simulator/faults", """{"kind":"open-thermocouple","channel":2}""", ConsoleRole.Admin);

        var status = await console.WaitForStatusAsync(s => Alarm(s, "ThermocoupleFault", 2) is not null, "a thermocouple fault alarm on channel 2");
        var alarm = Alarm(status, "ThermocoupleFault", 2)!.Value;
        Assert.Equal("Medium", alarm.GetProperty("priority").GetString());
        var sensor = status.GetProperty("live").GetProperty("sensors").EnumerateArray().Single(s => s.GetProperty("channel").GetInt32() == 2);
        Assert.Equal(JsonValueKind.Null, sensor.GetProperty("celsius").ValueKind);
        Assert.Equal("Faulted", sensor.GetProperty("band").GetString());

        using (var metrics = await console.Anonymous.GetAsync("/metrics"))
        {
            Assert.True(OpenApiHealthMetricsTests.Value(await metrics.Content.ReadAsStringAsync(), "cryoweb_alarms_active{priority=\"medium\"}") >= 1);
        }

        long id = alarm.GetProperty("id").GetInt64();
        using (var bySupervisor = await ApiConsole.PostAsync(console.As(ConsoleRole.Supervisor), $"/api/alarms/{id}/acknowledge"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, bySupervisor.StatusCode);
        }

        await console.CommandAsync($"/api/alarms/{id}/acknowledge");
        using (var again = await ApiConsole.PostAsync(console.As(ConsoleRole.Operator), $"/api/alarms/{id}/acknowledge"))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }

        using (var unknown = await ApiConsole.PostAsync(console.As(ConsoleRole.Operator), "/api/alarms/999999/acknowledge"))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        var acknowledged = await console.StatusAsync();
        Assert.Equal("operator", Alarm(acknowledged, "ThermocoupleFault", 2)!.Value.GetProperty("acknowledgedBy").GetString());

        using var cleared = await ApiConsole.SendAsync(console.As(ConsoleRole.Admin), HttpMethod.Delete, "/api/simulator/faults");
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        await console.WaitForStatusAsync(s => Alarm(s, "ThermocoupleFault", 2) is null, "the alarm ends once the wire is repaired");
    }

    [Fact]
    public async Task Losing_the_argon_supply_raises_low_supply_pressure_and_the_audio_can_be_paused()
    {
        await using var console = await ApiConsole.StartAsync();
        await console.CommandAsync("/api/simulator/faults", """{"kind":"pressure-loss","supply":"Argon"}""", ConsoleRole.Admin);
        await console.WaitForStatusAsync(s => Alarm(s, "LowSupplyPressure", 0) is not null, "a low argon pressure alarm");

        var audio = await console.CommandAsync("/api/alarms/audio-pause");
        Assert.Equal("operator", audio.GetProperty("pausedBy").GetString());
        var status = await console.StatusAsync();
        Assert.Equal("operator", status.GetProperty("audio").GetProperty("pausedBy").GetString());
    }

    [Fact]
    public async Task A_dead_spi_bus_makes_healthz_503_naming_the_hardware()
    {
        await using var console = await ApiConsole.StartAsync();
        await console.CommandAsync("/api/simulator/faults", """{"kind":"spi-failure"}""", ConsoleRole.Admin);
        await console.WaitForStatusAsync(s => Alarm(s, "SensorBusFailure", -1) is not null, "a sensor bus failure alarm");

        using var response = await console.Anonymous.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await ApiConsole.ReadJsonAsync(response);
        var hardware = body.GetProperty("checks").GetProperty("hardware");
        Assert.Equal("Unhealthy", hardware.GetProperty("status").GetString());
        Assert.Contains("Every thermocouple channel", hardware.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("""{"kind":"melted-probe"}""", "kind")]
    [InlineData("""{"kind":"open-thermocouple","channel":5}""", "channel")]
    [InlineData("""{"kind":"stuck-valve","valve":"freeze-3","stuckOpen":true}""", "valve")]
    [InlineData("""{"kind":"stuck-valve","valve":"vent"}""", "stuckOpen")]
    [InlineData("""{"kind":"pressure-loss"}""", "supply")]
    public async Task A_bad_fault_is_400_naming_the_field(string body, string field)
    {
        await using var console = await ApiConsole.StartAsync();
        using var response = await ApiConsole.PostAsync(console.As(ConsoleRole.Admin), "/api/simulator/faults", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiConsole.ReadJsonAsync(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    private static JsonElement? Alarm(JsonElement status, string condition, int subject)
    {
        foreach (var alarm in status.GetProperty("alarms").EnumerateArray())
        {
            var key = alarm.GetProperty("key");
            if (key.GetProperty("condition").GetString() == condition && key.GetProperty("subject").GetInt32() == subject)
            {
                return alarm;
            }
        }

        return null;
    }
}

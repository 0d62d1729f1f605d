using CryoWeb.Controller.Timekeeping;
using CryoWeb.WebUI.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CryoWeb.WebUI.Tests.Hosting;

/// <summary>The console runs on the steady clock: every TimeProvider consumer (control loop, protocols, records) gets it, and its follower runs.</summary>
public sealed class ConsoleClockTests
{
    [Fact]
    public async Task The_consoles_time_provider_is_the_steady_clock_and_its_follower_is_hosted()
    {
        string folder = Directory.CreateTempSubdirectory("cryoweb-clock-").FullName;
        try
        {
            await using var app = ConsoleHost.Build(["--urls", "http://127.0.0.1:0", "--Storage:DatabasePath", Path.Combine(folder, "cryoweb.db")]);

            Assert.Same(app.Services.GetRequiredService<SteadyClock>(), app.Services.GetRequiredService<TimeProvider>());
            Assert.Contains(app.Services.GetServices<IHostedService>(), s => s is ClockFollower);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

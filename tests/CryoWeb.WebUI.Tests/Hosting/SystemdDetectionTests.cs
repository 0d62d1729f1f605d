using CryoWeb.WebUI.Hosting;

namespace CryoWeb.WebUI.Tests.Hosting;

public class SystemdDetectionTests
{
    private static Func<string, string?> Env(string? execPid, string? notifySocket) =>
        name => name switch { "SYSTEMD_EXEC_PID" => execPid, "NOTIFY_SOCKET" => notifySocket, _ => null };

    [Fact]
    public void The_service_process_is_recognised_by_SYSTEMD_EXEC_PID_without_reading_proc() =>
        Assert.True(SystemdDetection.IsMainProcessOfService(Env("4242", "/run/systemd/notify"), 4242));

    [Theory]
    [InlineData("4243", "/run/systemd/notify")]   // a child of the service (inherited variable, other pid)
    [InlineData("4242", null)]                    // no notify socket: nothing to tell systemd
    [InlineData(null, "/run/systemd/notify")]     // systemd < 248, or not systemd
    [InlineData("+4242", "/run/systemd/notify")]  // malformed
    [InlineData("", "")]
    public void Anything_else_is_not(string? execPid, string? notifySocket) =>
        Assert.False(SystemdDetection.IsMainProcessOfService(Env(execPid, notifySocket), 4242));
}

namespace CryoWeb.WebUI.Hosting;

/// <summary>
/// Whether systemd started this process as a service's main process, as systemd itself says it: since systemd 248 it
/// sets <c>SYSTEMD_EXEC_PID</c> to that process's pid. Microsoft.Extensions.Hosting.Systemd 10 instead reads
/// <c>/proc/&lt;parent&gt;/comm</c>, which the unit's <c>ProtectProc=invisible</c> hides from the cryoweb user (PID 1
/// belongs to root): it then registers no SystemdLifetime, READY=1 is never sent, and the Type=notify unit times out
/// after TimeoutStartSec and restarts (seen under a real systemd 252, scripts/systemd-boot-check.sh). Newer
/// Microsoft.Extensions.Hosting.Systemd checks SYSTEMD_EXEC_PID first, the same way.
/// </summary>
internal static class SystemdDetection
{
    public static bool IsMainProcessOfService(Func<string, string?> environment, int processId) =>
        int.TryParse(environment("SYSTEMD_EXEC_PID"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid)
        && pid == processId
        && !string.IsNullOrEmpty(environment("NOTIFY_SOCKET"));
}

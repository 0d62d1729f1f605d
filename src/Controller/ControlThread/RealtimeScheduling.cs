using System.Runtime.InteropServices;

namespace CryoWeb.Controller.ControlThread;

/// <summary>
/// Puts the calling thread (only) under SCHED_FIFO on Linux through pthread_setschedparam; Thread.Priority does
/// nothing there. Needs CAP_SYS_NICE (the systemd unit grants it); without it the call fails with EPERM and the
/// loop runs at normal priority.
/// </summary>
internal static partial class RealtimeScheduling
{
    private const int SchedFifo = 1;

    /// <summary>Tries SCHED_FIFO at <paramref name="priority"/>; returns null on success, else why it did not work.</summary>
    public static string? TryEnableForCurrentThread(int priority)
    {
        if (!OperatingSystem.IsLinux())
        {
            return "not Linux";
        }

        try
        {
            var parameters = new SchedParam { Priority = priority };
            int error = PthreadSetSchedParam(PthreadSelf(), SchedFifo, ref parameters);
            return error switch
            {
                0 => null,
                1 => "EPERM: the process lacks CAP_SYS_NICE (or an RLIMIT_RTPRIO of at least " + priority + ")",
                22 => "EINVAL: priority " + priority + " is not valid for SCHED_FIFO",
                _ => "pthread_setschedparam returned " + error,
            };
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return "libc not available: " + e.Message;
        }
    }

    [LibraryImport("libc", EntryPoint = "pthread_self")]
    private static partial nint PthreadSelf();

    [LibraryImport("libc", EntryPoint = "pthread_setschedparam")]
    private static partial int PthreadSetSchedParam(nint thread, int policy, ref SchedParam parameters);

    [StructLayout(LayoutKind.Sequential)]
    private struct SchedParam
    {
        public int Priority;
    }
}

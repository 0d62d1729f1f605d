using CryoWeb.Controller.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CryoWeb.Controller.Tests.Storage;

/// <summary>A temporary folder, a fake clock and helpers to open stores and feed them samples.</summary>
internal sealed class StoreHarness : IDisposable
{
    /// <summary>Guard against a hung writer only; tests wait on explicit signals, never on time passing.</summary>
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    private readonly List<ProcedureStore> _stores = [];

    public StoreHarness()
    {
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "cryoweb-storage-" + Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 14, 9, 0, 0, TimeSpan.Zero));

    public StorageOptions Options { get; } = new();

    /// <summary>
    /// Moves the clock on by days without firing the store's timers once per second of it (millions of commit
    /// ticks); the store only reads the time.
    /// </summary>
    public void SkipDays(int days) => Time.AdjustTime(Time.GetUtcNow().AddDays(days));

    public string PathOf(string file) => Path.Combine(Folder, file);

    public ProcedureStore Open(string file = "cryo.db", string? password = null)
    {
        var store = OpenUntracked(file, password);
        _stores.Add(store);
        return store;
    }

    /// <summary>A store the harness will not dispose: for crash simulations and tests of Dispose itself.</summary>
    public ProcedureStore OpenUntracked(string file = "cryo.db", string? password = null) =>
        new(PathOf(file), Time, NullLogger<ProcedureStore>.Instance, Options, password);

    public ProcedureStore Track(ProcedureStore store)
    {
        _stores.Add(store);
        return store;
    }

    public static string[] Channels(int count) => Enumerable.Range(1, count).Select(i => $"TC{i}").ToArray();

    /// <summary>A created and started procedure with <paramref name="channels"/> channels.</summary>
    public static ProcedureRecord Started(ProcedureStore store, int channels = 16)
    {
        var procedure = store.CreateProcedure("Kidney L", "dr. Ana", "kidney", Channels(channels))!;
        Assert.True(store.StartProcedure(procedure.Id));
        return procedure;
    }

    /// <summary>Deterministic temperature of channel c in sample n: a ramp per channel with 0.01 C resolution.</summary>
    public static float Value(int n, int c) => MathF.Round(37f - (0.13f * (n % 1000)) + (c * 1.01f), 2);

    /// <summary>
    /// Appends <paramref name="count"/> samples 100 ms apart starting at <paramref name="start"/> (sample index
    /// <paramref name="firstIndex"/> onwards). The fake clock is not moved, so no commit becomes due by itself.
    /// </summary>
    public static IReadOnlyList<DateTimeOffset> AppendSamples(ProcedureStore store, Guid id, DateTimeOffset start, int count, int channels = 16, int firstIndex = 0)
    {
        var times = new List<DateTimeOffset>();
        var row = new float[channels];
        for (var i = 0; i < count; i++)
        {
            var n = firstIndex + i;
            for (var c = 0; c < channels; c++)
            {
                row[c] = Value(n, c);
            }

            var time = start + TimeSpan.FromMilliseconds(100 * n);
            Assert.True(store.AppendSample(id, time, row));
            times.Add(time);
        }

        return times;
    }

    /// <summary>Asserts that <paramref name="rows"/> are exactly the samples <paramref name="first"/>.. of <see cref="AppendSamples"/>.</summary>
    public static void AssertSamples(IReadOnlyList<SampleRow> rows, DateTimeOffset start, int first, int count, int channels = 16)
    {
        Assert.Equal(count, rows.Count);
        for (var i = 0; i < count; i++)
        {
            var n = first + i;
            Assert.Equal(start + TimeSpan.FromMilliseconds(100 * n), rows[i].Time);
            Assert.Equal(channels, rows[i].ChannelCelsius.Count);
            for (var c = 0; c < channels; c++)
            {
                Assert.Equal(Value(n, c), rows[i].ChannelCelsius[c]);
            }
        }
    }

    /// <summary>Copies the database and its LiteDB log file as they are on disk right now.</summary>
    public string CopyFiles(string file, string copy)
    {
        File.Copy(PathOf(file), PathOf(copy));
        var log = LogFile(PathOf(file));
        if (File.Exists(log))
        {
            File.Copy(log, LogFile(PathOf(copy)));
        }

        return copy;
    }

    /// <summary>LiteDB 5 keeps its write-ahead log next to the data file as NAME-log.EXT.</summary>
    public static string LogFile(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

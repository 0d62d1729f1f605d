using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Accounts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CryoWeb.WebUI.Tests.Accounts;

/// <summary>A user directory over a real store in a temporary file, on fake time, auditing into memory.</summary>
internal sealed class DirectoryRig : IDisposable
{
    public static readonly Caller Admin = new("ada", ConsoleRole.Admin, "10.0.0.5");

    public DirectoryRig(AccountOptions? options = null)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cryoweb-accounts-" + Guid.NewGuid().ToString("N") + ".db");
        Store = new ProcedureStore(Path, Time, NullLogger<ProcedureStore>.Instance, new StorageOptions());
        Directory = new UserDirectory(Store, Audit, Time, options ?? new AccountOptions(), NullLogger<UserDirectory>.Instance);
    }

    public string Path { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));

    public MemoryAuditTrail Audit { get; } = new();

    public ProcedureStore Store { get; }

    public UserDirectory Directory { get; }

    public async Task AddAsync(string userName, ConsoleRole role, string password = "correct horse battery")
    {
        var outcome = await Directory.AddAsync(Admin, userName, role.ToString(), password);
        Assert.True(outcome.Accepted, outcome.Reason);
    }

    public void Dispose()
    {
        Directory.Dispose();
        Store.Dispose();
        File.Delete(Path);
    }
}

using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Accounts;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryoWeb.WebUI.Tests.Accounts;

public sealed class LockoutPersistenceTests
{
    [Fact]
    public async Task A_lockout_survives_reopening_the_database()
    {
        var rig = new DirectoryRig(new AccountOptions { LockoutAttempts = 2 });
        string copy = rig.Path + ".copy";
        try
        {
            await rig.AddAsync("olivia", ConsoleRole.Operator);
            await rig.Directory.SignInAsync("olivia", "wrong password!", "10.0.0.9");
            await rig.Directory.SignInAsync("olivia", "wrong password!", "10.0.0.9");
            rig.Store.Dispose();
            File.Copy(rig.Path, copy);

            using var reopened = new ProcedureStore(copy, rig.Time, NullLogger<ProcedureStore>.Instance, new StorageOptions());
            using var directory = new UserDirectory(reopened, new MemoryAuditTrail(), rig.Time, new AccountOptions { LockoutAttempts = 2 }, NullLogger<UserDirectory>.Instance);

            Assert.True((await directory.ListAsync()).Single().Locked);
            Assert.Null(await directory.SignInAsync("olivia", "correct horse battery", "10.0.0.9"));
        }
        finally
        {
            rig.Dispose();
            File.Delete(copy);
        }
    }

    [Fact]
    public async Task A_user_stored_before_the_lockout_fields_still_loads_and_signs_in()
    {
        using var rig = new DirectoryRig();
        rig.Store.Dispose();
        string path = rig.Path + ".old";
        try
        {
            using (var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }))
            {
                var user = new UserRecord { UserName = "olivia", DisplayName = "olivia", Role = "Operator", PasswordHash = string.Empty };
                string hash = new Microsoft.AspNetCore.Identity.PasswordHasher<UserRecord>().HashPassword(user, "correct horse battery");
                db.GetCollection("users").Insert(new BsonDocument
                {
                    ["_id"] = "olivia", ["DisplayName"] = "olivia", ["Role"] = "Operator", ["PasswordHash"] = hash, ["Enabled"] = true,
                });
            }

            using var store = new ProcedureStore(path, rig.Time, NullLogger<ProcedureStore>.Instance, new StorageOptions());
            using var directory = new UserDirectory(store, new MemoryAuditTrail(), rig.Time, new AccountOptions(), NullLogger<UserDirectory>.Instance);

            Assert.False((await directory.ListAsync()).Single().Locked);
            Assert.NotNull(await directory.SignInAsync("olivia", "correct horse battery", "10.0.0.9"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Accounts;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryoWeb.WebUI.Tests.Accounts;

/// <summary>
/// Issue 13: with a damaged users page every sign-in answered 500 while storage said Healthy. A user record that fails
/// its checksum (here: its role rewritten to Admin behind the console's back) signs nobody in, answers the ordinary
/// refusal instead of an error, and leaves storage Failed naming the record; the other users still sign in.
/// </summary>
public sealed class DamagedUserRecordTests
{
    [Fact]
    public async Task A_user_record_that_fails_its_checksum_is_refused_and_the_others_still_sign_in()
    {
        var rig = new DirectoryRig();
        string copy = rig.Path + ".tampered";
        try
        {
            await rig.AddAsync("olivia", ConsoleRole.Operator);
            await rig.AddAsync("oscar", ConsoleRole.Operator);
            rig.Store.Dispose();
            File.Copy(rig.Path, copy);
            using (var db = new LiteDatabase(new ConnectionString { Filename = copy, Connection = ConnectionType.Direct }))
            {
                var users = db.GetCollection("users");
                var olivia = users.FindById("olivia");
                olivia["Role"] = "Admin";
                users.Update(olivia);
            }

            using var reopened = new ProcedureStore(copy, rig.Time, NullLogger<ProcedureStore>.Instance, new StorageOptions());
            using var directory = new UserDirectory(reopened, new MemoryAuditTrail(), rig.Time, new AccountOptions(), NullLogger<UserDirectory>.Instance);

            Assert.Null(await directory.SignInAsync("olivia", "correct horse battery", "10.0.0.9"));
            Assert.NotNull(await directory.SignInAsync("oscar", "correct horse battery", "10.0.0.9"));
            Assert.Equal(StorageState.Failed, reopened.Health.State);
            Assert.Contains("'olivia' in users", reopened.Health.Reason, StringComparison.Ordinal);
        }
        finally
        {
            rig.Dispose();
            File.Delete(copy);
        }
    }
}

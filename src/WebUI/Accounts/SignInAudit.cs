using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Commands;

namespace CryoWeb.WebUI.Accounts;

/// <summary>
/// Sign-in events for the console's audit log, rate-limited (issue 13: 14,352 refused sign-ins in 20 s, one line each).
/// Accepted sign-ins and locks are written at once; of the refusals for one user name from one client, the first in a
/// minute is written at once and the rest as one line a minute later ("23 refused sign-ins for 'ada' from 10.0.0.5 in
/// the last minute"). Unknown user names are counted per client without what was typed (it may be a password).
/// </summary>
internal sealed class SignInAudit : IDisposable
{
    public const string UnknownName = "(unknown name)";
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private const int MaxTracked = 1000;
    private readonly IAuditSink _audit;
    private readonly TimeProvider _time;
    private readonly ITimer _timer;
    private readonly Lock _lock = new();
    private Dictionary<(string User, string Client), int> _refused = [];

    public SignInAudit(IAuditSink audit, TimeProvider time)
    {
        (_audit, _time) = (audit, time);
        _timer = time.CreateTimer(_ => Summarise(), null, Window, Window);
    }

    public void Accepted(Caller caller) => _audit.Record(AuditEntry.For(_time, caller, "SignIn", string.Empty, CommandOutcome.Ok));

    public void Locked(Caller caller, string why) => _audit.Record(AuditEntry.For(_time, caller, "SignInLockout", string.Empty, CommandOutcome.Refused(why)));

    /// <summary>A refusal for <paramref name="caller"/> (null for an unknown user name) from <paramref name="client"/>.</summary>
    public void Refused(Caller? caller, string client, string why)
    {
        var key = (caller?.User ?? UnknownName, client);
        lock (_lock)
        {
            if (_refused.TryGetValue(key, out int count))
            {
                _refused[key] = count + 1;
                return;
            }

            if (_refused.Count >= MaxTracked)
            {
                var more = ("(more names)", "(more clients)");
                _refused[more] = _refused.GetValueOrDefault(more) + 1;
                return;
            }

            _refused[key] = 0;
        }

        _audit.Record(AuditEntry.For(_time, caller ?? new Caller(UnknownName, ConsoleRole.Reviewer, client), "SignIn", string.Empty, CommandOutcome.Refused(why)));
    }

    public void Dispose()
    {
        _timer.Dispose();
        Summarise();
    }

    private void Summarise()
    {
        Dictionary<(string User, string Client), int> refused;
        lock (_lock)
        {
            (refused, _refused) = (_refused, []);
        }

        foreach (var ((user, client), count) in refused.Where(r => r.Value > 0))
        {
            var caller = new Caller(user, ConsoleRole.Reviewer, client);
            _audit.Record(AuditEntry.For(_time, caller, "SignInRefusals", string.Empty,
                CommandOutcome.Refused($"{count} refused sign-ins for '{user}' from {client} in the last minute (after the one recorded before).")));
        }
    }
}

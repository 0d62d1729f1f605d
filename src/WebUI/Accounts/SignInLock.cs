namespace CryoWeb.WebUI.Accounts;

/// <summary>
/// Sign-in state of one account from one client: wrong passwords in a row, how many times it was locked (each lock
/// lasts twice the one before), until when it is locked, and the last wrong password (old entries are dropped).
/// </summary>
public sealed record SignInLock(int Failed, int Locks, DateTimeOffset? Until, DateTimeOffset LastFailure);

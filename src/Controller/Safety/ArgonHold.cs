namespace CryoWeb.Controller.Safety;

/// <summary>
/// The probe found not thawing (its freeze valve may be stuck open), for which the argon supply stays closed until an
/// operator resets the emergency stop. The first finding holds; written on the control thread, read anywhere.
/// </summary>
public sealed class ArgonHold
{
    private int _heldFor = -1;

    /// <summary>The zero-based probe the argon is held for; -1 when none.</summary>
    public int HeldForProbe => Volatile.Read(ref _heldFor);

    public bool IsHeld => HeldForProbe >= 0;

    /// <summary>Holds the argon for <paramref name="probe"/> unless it is already held for one.</summary>
    public void Hold(int probe)
    {
        if (_heldFor < 0)
        {
            Volatile.Write(ref _heldFor, probe);
        }
    }

    /// <summary>Releases the hold; true when there was one.</summary>
    public bool Release() => Interlocked.Exchange(ref _heldFor, -1) >= 0;
}

namespace CryoWeb.Controller.Safety;

/// <summary>
/// The sensor guards in force, per thermocouple channel (null = not watched). Replaced as a whole by the guard
/// command on the control thread; read by the critical-structure interlock and the gate's wording.
/// </summary>
public sealed class SensorGuardSet(int channels)
{
    private readonly SensorGuard?[] _byChannel = new SensorGuard?[channels];

    public int ChannelCount => _byChannel.Length;

    /// <summary>The guard of a channel; null when none (or the channel does not exist).</summary>
    public SensorGuard? this[int channel] => channel >= 0 && channel < _byChannel.Length ? _byChannel[channel] : null;

    /// <summary>Replaces every guard (the caller has checked them: channels exist and are listed once).</summary>
    public void Replace(IReadOnlyList<SensorGuard> guards)
    {
        ArgumentNullException.ThrowIfNull(guards);
        Array.Clear(_byChannel);
        foreach (var guard in guards)
        {
            _byChannel[guard.Channel] = guard;
        }
    }
}

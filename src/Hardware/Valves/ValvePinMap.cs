namespace CryoWeb.Hardware.Valves;

/// <summary>Checks a valve pin map against the valves of a bank and lays it out by slot.</summary>
internal static class ValvePinMap
{
    /// <summary>
    /// Returns the pin and polarity of every slot. Throws <see cref="ArgumentException"/> naming the valve and pin for
    /// a null entry, a negative pin, a valve the bank does not have, a valve mapped twice, a pin used twice, or a
    /// valve left without a pin.
    /// </summary>
    public static (int[] Pins, bool[] ActiveLow) Resolve(IEnumerable<ValvePin> map, ValveSlots slots, string paramName)
    {
        ArgumentNullException.ThrowIfNull(map, paramName);
        int[] pins = new int[slots.Count];
        bool[] activeLow = new bool[slots.Count];
        Array.Fill(pins, -1);
        Dictionary<int, ValveId> valveByPin = [];

        foreach (ValvePin? entry in map)
        {
            if (entry is null)
            {
                throw new ArgumentException("The valve pin map contains an empty entry.", paramName);
            }

            if (entry.Pin < 0)
            {
                throw new ArgumentException($"{entry.Valve}: pin {entry.Pin} is not a GPIO line number.", paramName);
            }

            int slot = slots.SlotOf(entry.Valve);
            if (slot < 0)
            {
                throw new ArgumentException(
                    $"{entry.Valve} (pin {entry.Pin}) is not a valve of a bank with {slots.ProbeCount} probes.", paramName);
            }

            if (pins[slot] >= 0)
            {
                throw new ArgumentException(
                    $"{entry.Valve} is mapped twice, to pin {pins[slot]} and to pin {entry.Pin}.", paramName);
            }

            if (!valveByPin.TryAdd(entry.Pin, entry.Valve))
            {
                throw new ArgumentException(
                    $"Pin {entry.Pin} is mapped to both {valveByPin[entry.Pin]} and {entry.Valve}.", paramName);
            }

            pins[slot] = entry.Pin;
            activeLow[slot] = entry.ActiveLow;
        }

        for (int slot = 0; slot < pins.Length; slot++)
        {
            if (pins[slot] < 0)
            {
                throw new ArgumentException($"{slots.ValveAt(slot)} has no pin in the valve pin map.", paramName);
            }
        }

        return (pins, activeLow);
    }
}

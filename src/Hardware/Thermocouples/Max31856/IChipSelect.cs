using System.Diagnostics.CodeAnalysis;

namespace CryoWeb.Hardware.Thermocouples.Max31856;

/// <summary>
/// Frames one SPI transfer to one amplifier: <see cref="Select"/> before it, <see cref="Deselect"/> after it.
/// Disposing leaves the chip deselected.
/// </summary>
public interface IChipSelect : IDisposable
{
    [SuppressMessage("Naming", "CA1716:Identifiers should not match keywords",
        Justification = "Select / Deselect is the SPI vocabulary; CryoWeb is C# only, and the VB keyword is not a concern.")]
    void Select();

    void Deselect();
}

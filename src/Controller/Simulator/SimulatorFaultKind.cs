using System.Text.Json.Serialization;

namespace CryoWeb.Controller.Simulator;

/// <summary>What a fault injected into the simulated plant breaks (POST /api/simulator/faults).</summary>
public enum SimulatorFaultKind
{
    /// <summary>A broken thermocouple wire on <c>channel</c> (the amplifier flags it).</summary>
    [JsonStringEnumMemberName("open-thermocouple")]
    OpenThermocouple,

    /// <summary>Shorted leads on <c>channel</c>: it reads the console's inside temperature with no fault bit.</summary>
    [JsonStringEnumMemberName("shorted-thermocouple")]
    ShortedThermocouple,

    /// <summary><c>valve</c> ignores commands, stuck open or closed (<c>stuckOpen</c>).</summary>
    [JsonStringEnumMemberName("stuck-valve")]
    StuckValve,

    /// <summary><c>supply</c> drops to atmospheric pressure and stays there.</summary>
    [JsonStringEnumMemberName("pressure-loss")]
    PressureLoss,

    /// <summary>The thermocouple SPI bus stops answering.</summary>
    [JsonStringEnumMemberName("spi-failure")]
    SpiFailure,
}

using CryoWeb.Controller.Wiring;
using CryoWeb.WebUI.Cli.Operations;

namespace CryoWeb.WebUI.Tests.Operations;

/// <summary>How the <c>wiring</c> command prints the rows. Which rows: CryoWeb.Controller.Tests, WiringTableTests.</summary>
public sealed class WiringMarkdownTests
{
    private static readonly WiringRow[] Rows =
    [
        new("Probe 1 freeze valve", "GPIO output", 5, 29, "high = open", "normally closed; argon to the probe tip"),
        new("Thermocouple 'TS|skin' chip select", "GPIO chip select on SPI0", 27, 13, "low = selected", "MAX31856 CS"),
        new("Vent valve", "GPIO output", 30, null, "high = open", "opens in emergency stop"),
        new("Argon supply pressure", "ADS1115 AIN2 (I2C1 0x49)", null, null, "—", "0.5-4.5 V"),
    ];

    [Fact]
    public void The_markdown_has_one_line_per_row_with_pipes_escaped()
    {
        string[] lines = WiringMarkdown.ToMarkdown(Rows).TrimEnd('\n').Split('\n');

        Assert.Equal(Rows.Length + 2, lines.Length);
        Assert.Equal("| Function | Connection | BCM GPIO | Header pin | Active level | Notes |", lines[0]);
        Assert.Equal("| Probe 1 freeze valve | GPIO output | 5 | 29 | high = open | normally closed; argon to the probe tip |", lines[2]);
        Assert.StartsWith(@"| Thermocouple 'TS\|skin' chip select | GPIO chip select on SPI0 | 27 | 13 |", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void A_gpio_off_the_header_and_a_connection_without_gpio_say_so()
    {
        string[] lines = WiringMarkdown.ToMarkdown(Rows).TrimEnd('\n').Split('\n');

        Assert.Equal("| Vent valve | GPIO output | 30 | not on the header | high = open | opens in emergency stop |", lines[4]);
        Assert.Equal("| Argon supply pressure | ADS1115 AIN2 (I2C1 0x49) | — | — | — | 0.5-4.5 V |", lines[5]);
    }
}

using CryoWeb.WebUI.Components.Forms;

namespace CryoWeb.WebUI.Tests.Forms;

public sealed class TypedNumberTests
{
    [Theory]
    [InlineData("37,5", 37.5)]
    [InlineData("37.5", 37.5)]
    [InlineData(" -2,5 ", -2.5)]
    [InlineData("\u22125", -5)]
    [InlineData("+3", 3)]
    [InlineData("0", 0)]
    [InlineData(",5", 0.5)]
    [InlineData("12.", 12)]
    public void Reads_a_decimal_comma_or_point(string text, double expected) =>
        Assert.Equal(expected, TypedNumber.Parse(text));

    [Theory]
    [InlineData("1.234,5")]
    [InlineData("1,234.5")]
    [InlineData("1 234")]
    [InlineData("1e5")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("abc")]
    [InlineData("--5")]
    [InlineData("5-")]
    [InlineData(",")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("12345678901234567")]
    public void Refuses_thousands_separators_exponents_garbage_and_long_text(string? text) =>
        Assert.Null(TypedNumber.Parse(text));

    [Fact]
    public void Refuses_a_pasted_page_without_reading_it() =>
        Assert.Null(TypedNumber.Parse(new string('1', 100_000)));

    [Theory]
    [InlineData(2.5, "2.5")]
    [InlineData(-7.456, "-7.46")]
    [InlineData(3, "3")]
    public void Formats_for_an_input(double value, string expected) =>
        Assert.Equal(expected, TypedNumber.Format(value));
}

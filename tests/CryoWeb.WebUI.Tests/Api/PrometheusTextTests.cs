using CryoWeb.WebUI.Api.Metrics;

namespace CryoWeb.WebUI.Tests.Api;

public sealed class PrometheusTextTests
{
    [Fact]
    public void Families_have_help_and_type_and_samples_use_the_format_spellings()
    {
        string text = new PrometheusText()
            .Family("cryoweb_test", "gauge", "A test\nseries.")
            .Sample("cryoweb_test", 1.5, ("kind", "a\"b\\c"))
            .Sample("cryoweb_test", double.NaN)
            .Sample("cryoweb_test", double.PositiveInfinity)
            .Sample("cryoweb_test", 1e-7)
            .ToString();

        Assert.Equal(
            "# HELP cryoweb_test A test\\nseries.\n# TYPE cryoweb_test gauge\n" +
            "cryoweb_test{kind=\"a\\\"b\\\\c\"} 1.5\ncryoweb_test NaN\ncryoweb_test +Inf\ncryoweb_test 1E-07\n",
            text);
    }
}

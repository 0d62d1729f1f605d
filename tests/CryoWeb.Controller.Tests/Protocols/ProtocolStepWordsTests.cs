using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;

namespace CryoWeb.Controller.Tests.Protocols;

/// <summary>Steps are shown on the probe tiles and the plan page as a clinician says them, never as enum names.</summary>
public sealed class ProtocolStepWordsTests
{
    [Fact]
    public void Every_step_of_the_presets_reads_in_words()
    {
        string[] steps = [.. ProtocolPresets.DoubleFreeze.Steps.Select(s => s.ToString())];

        Assert.Equal(["Freeze 100% 10:00", "Passive thaw 8:00", "Freeze 100% 10:00", "Active thaw (up to 3:00)"], steps);
    }

    [Theory]
    [InlineData(ProbeMode.Off, "Off")]
    [InlineData(ProbeMode.Stick, "Stick")]
    [InlineData(ProbeMode.PassiveThaw, "Passive thaw")]
    [InlineData(ProbeMode.ActiveThaw, "Active thaw")]
    public void Every_mode_has_its_words(ProbeMode mode, string words) => Assert.Equal(words, ProbeModeWords.Of(mode));
}

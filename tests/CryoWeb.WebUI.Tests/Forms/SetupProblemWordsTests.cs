using CryoWeb.Controller.Setup;
using CryoWeb.Controller.Safety;
using CryoWeb.WebUI.Components.Forms;

namespace CryoWeb.WebUI.Tests.Forms;

public sealed class SetupProblemWordsTests
{
    private static readonly ProcedureSetup Setup = new("Case 1", "Prostate", [1, 2],
    [
        new SensorSetup(2, "TS1 margin", SensorRole.Margin, 0, ProtectiveAction.AlarmOnly, []),
        new SensorSetup(4, "TS3 urethra", SensorRole.CriticalStructure, 50, ProtectiveAction.Stop, [3]),
    ]);

    [Theory]
    [InlineData("sensors[1].limitCelsius: a critical-structure limit must be -40 to 40 C, not 50.", "Sensor 2 (TS3 urethra): limit: a critical-structure limit must be -40 to 40 C, not 50.")]
    [InlineData("sensors[1].linkedProbes[0]: probe 3 is not in use (in use: 1, 2).", "Sensor 2 (TS3 urethra): linked probes: probe 3 is not in use (in use: 1, 2).")]
    [InlineData("sensors[0].name: Sensor name: at most 40 characters (this one has 41).", "Sensor 1 (TS1 margin): name at most 40 characters (this one has 41).")]
    [InlineData("probesInUse: at least one probe.", "Probes in use: at least one probe.")]
    [InlineData("label: Label or patient reference: required, 1 to 80 characters.", "Label or patient reference: required, 1 to 80 characters.")]
    [InlineData("The emergency stop is latched.", "The emergency stop is latched.")]
    public void Names_the_sensor_and_field_as_the_form_does(string reason, string words) =>
        Assert.Equal(words, SetupProblemWords.Describe(reason, Setup));

    [Fact]
    public void No_field_path_or_enum_name_is_left_for_any_refusal_of_a_bad_set_up()
    {
        string words = SetupProblemWords.Describe("sensors[7].action: 'Explode' is not defined.", Setup);
        Assert.DoesNotContain("sensors[", words, StringComparison.Ordinal);
        Assert.StartsWith("Sensor 8: protective action: ", words, StringComparison.Ordinal);
    }
}

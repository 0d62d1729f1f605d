using CryoWeb.Controller.Setup;
using CryoWeb.Controller.Safety;
using CryoWeb.Controller.Tests.Control;

namespace CryoWeb.Controller.Tests.Procedures;

public class ProcedureSetupTests
{
    private static readonly ConsoleHarness Console = new();

    private static ProcedureSetup Valid() => new(
        "Case 2026-117",
        "prostate",
        [1, 2],
        [
            new SensorSetup(3, "TS1 urethra", SensorRole.CriticalStructure, 8, ProtectiveAction.Stop, [1]),
            new SensorSetup(4, "TS2 margin", SensorRole.Margin, 0, ProtectiveAction.AlarmOnly, []),
        ]);

    [Fact]
    public void A_complete_setup_fits_and_gives_guards_and_channel_names()
    {
        var setup = Valid();

        Assert.Null(setup.Problem(Console.Hardware));
        Assert.Equal(["P1 tip", "P2 tip", "P3 tip", "TS1 urethra", "TS2 margin"], setup.ChannelNames(Console.Hardware));
        var guards = setup.Guards();
        Assert.Equal([0], guards[0].LinkedProbes);
        Assert.Equal([0, 1], guards[1].LinkedProbes);
    }

    public static TheoryData<ProcedureSetup, string> Problems => new()
    {
        { Valid() with { Label = " " }, "label: " },
        { Valid() with { Organ = "" }, "organ: " },
        { Valid() with { ProbesInUse = [] }, "probesInUse: " },
        { Valid() with { ProbesInUse = [1, 4] }, "probesInUse[1]: 4 is not a probe" },
        { Valid() with { ProbesInUse = [2, 2] }, "probesInUse[1]: 2 is not a probe of this console (1 to 3) or is listed twice." },
        { Valid() with { Sensors = [new SensorSetup(0, "tip", SensorRole.Margin, 0, ProtectiveAction.AlarmOnly, [])] }, "sensors[0].channel: 0 is not a thermal sensor channel." },
        { Valid() with { Sensors = [new SensorSetup(3, "TS1", SensorRole.CriticalStructure, -90, ProtectiveAction.Stop, [])] }, "sensors[0].limitCelsius: " },
        { Valid() with { Sensors = [new SensorSetup(3, "TS1", SensorRole.CriticalStructure, 5, ProtectiveAction.Stop, [3])] }, "sensors[0].linkedProbes[0]: probe 3 is not in use (in use: 1, 2)." },
        { Valid() with { Sensors = [new SensorSetup(3, "TS", SensorRole.Margin, 0, ProtectiveAction.AlarmOnly, []), new SensorSetup(4, "TS", SensorRole.Margin, 0, ProtectiveAction.AlarmOnly, [])] }, "sensors[1].name: " },

        // Issue 13: every name has one rule (length, no control or text-direction characters), and a linked probe 0
        // was accepted at create and refused only at start.
        { Valid() with { Label = new string('x', 20 * 1024 * 1024) }, "label: Label or patient reference: at most 80 characters (this one has 20 971 520)." },
        { Valid() with { Label = "Case\u202E 17" }, "label: Label or patient reference: character 5 is an invisible text-direction mark" },
        { Valid() with { Label = "Case\u2067 17" }, "label: Label or patient reference: character 5 is an invisible text-direction mark" },
        { Valid() with { Label = "Case\u200F17" }, "label: Label or patient reference: character 5 is an invisible text-direction mark" },
        { Valid() with { Label = "Case\u061C17" }, "label: Label or patient reference: character 5 is an invisible text-direction mark" },
        { Valid() with { Label = "Case\u001B[2J" }, "label: Label or patient reference: character 5 is a control character, which cannot be shown (U+001B); remove it." },
        { Valid() with { Label = "Case\uD800" }, "label: Label or patient reference: character 5 is half of a character pair" },
        { Valid() with { Organ = "kid\u0000ney" }, "organ: Organ: character 4 is a control character" },
        { Valid() with { Organ = new string('k', 41) }, "organ: Organ: at most 40 characters (this one has 41)." },
        { Valid() with { Sensors = [new SensorSetup(3, "TS1\u0007", SensorRole.Margin, 0, ProtectiveAction.AlarmOnly, [])] }, "sensors[0].name: Sensor name: character 4 is a control character" },
        { Valid() with { Sensors = [new SensorSetup(3, new string('s', 41), SensorRole.Margin, 0, ProtectiveAction.AlarmOnly, [])] }, "sensors[0].name: Sensor name: at most 40 characters (this one has 41)." },
        { Valid() with { Sensors = [new SensorSetup(3, "TS1", SensorRole.CriticalStructure, 5, ProtectiveAction.Stop, [0])] }, "sensors[0].linkedProbes[0]: probe 0 is not in use (in use: 1, 2)." },
        { Valid() with { Sensors = [new SensorSetup(3, "TS1", SensorRole.CriticalStructure, 5, ProtectiveAction.Stop, [1, 1])] }, "sensors[0].linkedProbes[1]: probe 1 is listed twice." },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void A_bad_setup_names_the_field(ProcedureSetup setup, string expected)
    {
        Assert.StartsWith(expected, setup.Problem(Console.Hardware), StringComparison.Ordinal);
    }

    [Fact]
    public void Names_in_any_script_up_to_their_limits_fit()
    {
        var setup = Valid() with
        {
            Label = new string('x', 80),
            Organ = "الكلى",
            Sensors = [new SensorSetup(3, "מחיצה TS1 ✓", SensorRole.Margin, 0, ProtectiveAction.AlarmOnly, [])],
        };

        Assert.Null(setup.Problem(Console.Hardware));
    }
}

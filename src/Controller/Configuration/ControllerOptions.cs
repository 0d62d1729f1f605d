namespace CryoWeb.Controller.Configuration;

/// <summary>Section "Controller": timing of the control loop and the safety thresholds. Defaults are the console's.</summary>
public sealed class ControllerOptions
{
    public const string SectionName = "Controller";

    /// <summary>Control tick period (the MAX31856 converts in about 100 ms).</summary>
    public TimeSpan TickPeriod { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Freeze power is the freeze valve's duty over this window.</summary>
    public TimeSpan DutyWindow { get; set; } = TimeSpan.FromSeconds(4);

    public double StickPowerPercent { get; set; } = 15;

    /// <summary>Active thaw ends when the tip passes this temperature...</summary>
    public double ActiveThawEndCelsius { get; set; } = 10;

    /// <summary>...or after this long, whichever comes first.</summary>
    public TimeSpan ActiveThawMaxDuration { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Argon below this: low supply pressure (medium alarm); freezing is refused below it.</summary>
    public double ArgonMinPsi { get; set; } = 1500;

    /// <summary>Any supply above this: over-pressure (high alarm), supplies closed.</summary>
    public double SupplyMaxPsi { get; set; } = 6200;

    /// <summary>Thaw gas below this: active thaw is refused and low pressure is raised while thawing.</summary>
    public double ThawMinPsi { get; set; } = 500;

    /// <summary>A probe freezing at 50 % or more for this long whose tip is still above <see cref="NotCoolingCelsius"/> is leaking or blocked.</summary>
    public TimeSpan NotCoolingAfter { get; set; } = TimeSpan.FromSeconds(30);

    public double NotCoolingCelsius { get; set; } = -20;

    /// <summary>
    /// A probe that is not freezing whose tip cools faster than this (over one second) while the argon supply is open is
    /// getting argon through a freeze valve commanded closed: stuck open or leaking. Joule-Thomson cooling at a warm tip
    /// is tens of C/s (up to about 200); a neighbour's iceball cools a probe far more slowly, and so does the ice around
    /// a tip that has just finished an active thaw (a few C/s), hence the margin.
    /// </summary>
    public double GasWithValveClosedCelsiusPerSecond { get; set; } = 10;

    /// <summary>
    /// How long a probe must have been Off or in passive thaw before its tip is watched for that: a tip that has just
    /// stopped freezing or thawing equalises with the ice around it at up to ~20 C/s for some seconds
    /// (`A_tip_cooling_back_into_its_ice_after_an_active_thaw_is_not_taken_for_a_stuck_valve`); gas keeps cooling.
    /// </summary>
    public TimeSpan GasWithValveClosedSettle { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Not-thawing check (a freeze valve stuck open keeps a cold tip cold): a probe that left freeze or stick for off or
    /// passive thaw, or entered active thaw, with its tip below <see cref="NotThawingJudgeBelowCelsius"/> must show it
    /// thaws within this time while argon can reach it, else High alarm and the argon supply is held closed.
    /// Measured on the simulator (tests/CryoWeb.Controller.Tests/Safety/ThawCurveTests.cs, 0.1 s ticks, 0.5 s
    /// thermocouple lag): a passive thaw warms the tip 42 C in 5 s in the slowest normal case (10 % duty for 10 min
    /// next to a probe freezing at 100 % 10 mm away), 68 C after a 10-min full freeze beside that neighbour, 83 C alone;
    /// an active thaw passes 0 C after 1.2 s (2.7 s on a weak 600 psi thaw supply). With the valve stuck open the tip
    /// warms at most 0.3 C in 30 s (passive) or settles at -77 C (active; -7 C on a 1600 psi argon tank).
    /// </summary>
    public TimeSpan NotThawingDeadline { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Passive thaw or off: the warming above the window's coldest tip reading that proves a thaw (4x below the slowest measured 42 C).</summary>
    public double NotThawingMinWarmingCelsius { get; set; } = 10;

    /// <summary>Active thaw: the tip temperature that proves a thaw (thaw gas against a stuck freeze valve settles at -77 C).</summary>
    public double NotThawingActiveThawCelsius { get; set; }

    /// <summary>
    /// Only a tip colder than this is judged: a warmer tip may sit in a neighbour's ice (-30 to -45 C 10 mm from a
    /// 10-min freeze) and need not warm; a tip behind a stuck valve is at -63 C even on a 1600 psi argon tank.
    /// </summary>
    public double NotThawingJudgeBelowCelsius { get; set; } = -50;

    /// <summary>Readings outside this range are implausible for a needle thermocouple in tissue.</summary>
    public double PlausibleMinCelsius { get; set; } = -200;

    public double PlausibleMaxCelsius { get; set; } = 90;

    /// <summary>
    /// A reading that changes faster than this from the last valid one is implausible (a glitch, or a short that jumps
    /// a frozen tip to room temperature: 1650 C/s). A tip opening at full argon cools at up to about 200 C/s (simulator, 0.5 s thermocouple lag).
    /// </summary>
    public double MaxRateCelsiusPerSecond { get; set; } = 400;

    /// <summary>Raise "tank nearly empty" when the argon lasts less than this at the present use.</summary>
    public TimeSpan TankWarning { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Ticks later than this count as overruns; three in a row raise the overrun alarm.</summary>
    public TimeSpan OverrunLateness { get; set; } = TimeSpan.FromMilliseconds(50);
}

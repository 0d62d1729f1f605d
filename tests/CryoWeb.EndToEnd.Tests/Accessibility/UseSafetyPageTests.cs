namespace CryoWeb.WebUI.Tests.Accessibility;

/// <summary>
/// Issue 14's use-safety checks of whole pages, judged on one walk through the console (<see cref="FreezeScreenJourney"/>):
/// axe-core finds nothing, every touch target is at least 44 px, the freeze fits one screen, an alarm moves nothing
/// under a finger, and a limit typed with a decimal comma reaches the sensor tile.
/// </summary>
public sealed class UseSafetyPageTests(FreezeScreenJourney journey) : IClassFixture<FreezeScreenJourney>
{
    [Fact]
    public void Axe_finds_no_violation_on_any_page_or_state() =>
        Assert.True(journey.AxeViolations.Count == 0, $"{journey.AxeViolations.Count} axe violation(s):\n{string.Join('\n', journey.AxeViolations)}");

    [Fact]
    public void Every_touch_target_on_live_set_up_and_review_is_at_least_44_px() =>
        Assert.True(journey.SmallTargets.Count == 0, $"{journey.SmallTargets.Count} target(s) under 44 px:\n{string.Join('\n', journey.SmallTargets)}");

    [Fact]
    public void The_freeze_fits_one_screen_at_each_tablet_size() =>
        Assert.True(journey.OffScreen.Count == 0, $"needs scrolling:\n{string.Join('\n', journey.OffScreen)}");

    [Fact]
    public void A_new_alarm_does_not_move_the_freeze_button()
    {
        Assert.NotNull(journey.FreezeButtonBeforeAlarm);
        Assert.NotNull(journey.FreezeButtonAfterAlarm);
        var (before, after) = (journey.FreezeButtonBeforeAlarm, journey.FreezeButtonAfterAlarm);
        Assert.True(
            before.X == after.X && before.Y == after.Y && before.Width == after.Width && before.Height == after.Height,
            $"probe 1's Freeze button moved from ({before.X}, {before.Y}, {before.Width}x{before.Height}) to ({after.X}, {after.Y}, {after.Width}x{after.Height})");
    }

    [Fact]
    public void Pressing_STOP_does_not_move_it_so_a_second_press_lands_on_STOP_again()
    {
        Assert.NotNull(journey.StopButtonBeforeStop);
        Assert.NotNull(journey.StopButtonAfterStop);
        var (before, after) = (journey.StopButtonBeforeStop, journey.StopButtonAfterStop);
        Assert.True(
            before.X == after.X && before.Y == after.Y && before.Width == after.Width && before.Height == after.Height,
            $"STOP moved from ({before.X}, {before.Y}, {before.Width}x{before.Height}) to ({after.X}, {after.Y}, {after.Width}x{after.Height})");
    }

    [Fact]
    public void A_limit_typed_with_a_decimal_comma_reaches_the_sensor_tile() =>
        Assert.Matches(@"\b2[.,]5\s*°C", journey.CriticalLimitText);
}

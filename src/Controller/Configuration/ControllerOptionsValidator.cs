using Microsoft.Extensions.Options;

namespace CryoWeb.Controller.Configuration;

/// <summary>Start-up validation of the Controller section; each message names its key.</summary>
public sealed class ControllerOptionsValidator : IValidateOptions<ControllerOptions>
{
    public ValidateOptionsResult Validate(string? name, ControllerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        void Check(bool ok, string key, string message)
        {
            if (!ok)
            {
                errors.Add($"{ControllerOptions.SectionName}:{key}: {message}");
            }
        }

        Check(options.TickPeriod >= TimeSpan.FromMilliseconds(20) && options.TickPeriod <= TimeSpan.FromSeconds(1), nameof(options.TickPeriod), $"{options.TickPeriod} must be 20 ms to 1 s.");
        Check(options.DutyWindow >= options.TickPeriod * 10 && options.DutyWindow <= TimeSpan.FromSeconds(30), nameof(options.DutyWindow), $"{options.DutyWindow} must be 10 ticks to 30 s.");
        Check(options.StickPowerPercent is >= 5 and <= 50, nameof(options.StickPowerPercent), $"{options.StickPowerPercent} must be 5 to 50 %.");
        Check(options.ActiveThawEndCelsius is >= 0 and <= 40, nameof(options.ActiveThawEndCelsius), $"{options.ActiveThawEndCelsius} must be 0 to 40 C.");
        Check(options.ActiveThawMaxDuration > TimeSpan.Zero && options.ActiveThawMaxDuration <= TimeSpan.FromMinutes(15), nameof(options.ActiveThawMaxDuration), $"{options.ActiveThawMaxDuration} must be up to 15 min.");
        Check(options.ArgonMinPsi > 0 && options.ArgonMinPsi < options.SupplyMaxPsi, nameof(options.ArgonMinPsi), $"{options.ArgonMinPsi} must be above 0 and below SupplyMaxPsi.");
        Check(options.ThawMinPsi > 0 && options.ThawMinPsi < options.SupplyMaxPsi, nameof(options.ThawMinPsi), $"{options.ThawMinPsi} must be above 0 and below SupplyMaxPsi.");
        Check(options.NotCoolingAfter >= TimeSpan.FromSeconds(5) && options.NotCoolingAfter <= TimeSpan.FromMinutes(5), nameof(options.NotCoolingAfter), $"{options.NotCoolingAfter} must be 5 s to 5 min.");
        Check(options.GasWithValveClosedCelsiusPerSecond > 0, nameof(options.GasWithValveClosedCelsiusPerSecond), "must be positive.");
        Check(options.GasWithValveClosedSettle >= TimeSpan.Zero && options.GasWithValveClosedSettle <= TimeSpan.FromMinutes(2), nameof(options.GasWithValveClosedSettle), $"{options.GasWithValveClosedSettle} must be 0 to 2 min.");
        Check(options.NotThawingDeadline >= TimeSpan.FromSeconds(1) && options.NotThawingDeadline <= TimeSpan.FromSeconds(15), nameof(options.NotThawingDeadline), $"{options.NotThawingDeadline} must be 1 to 15 s.");
        Check(options.NotThawingMinWarmingCelsius is >= 1 and <= 40, nameof(options.NotThawingMinWarmingCelsius), $"{options.NotThawingMinWarmingCelsius} must be 1 to 40 C.");
        Check(options.NotThawingActiveThawCelsius is >= -40 and <= 10, nameof(options.NotThawingActiveThawCelsius), $"{options.NotThawingActiveThawCelsius} must be -40 to 10 C.");
        Check(options.NotThawingJudgeBelowCelsius is >= -100 and <= -20 && options.NotThawingJudgeBelowCelsius < options.NotThawingActiveThawCelsius, nameof(options.NotThawingJudgeBelowCelsius), $"{options.NotThawingJudgeBelowCelsius} must be -100 to -20 C and below NotThawingActiveThawCelsius.");
        Check(options.PlausibleMinCelsius < options.PlausibleMaxCelsius, nameof(options.PlausibleMinCelsius), "must be below PlausibleMaxCelsius.");
        Check(options.MaxRateCelsiusPerSecond > 0, nameof(options.MaxRateCelsiusPerSecond), "must be positive.");
        Check(options.OverrunLateness > TimeSpan.Zero && options.OverrunLateness < options.TickPeriod, nameof(options.OverrunLateness), "must be positive and below TickPeriod.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

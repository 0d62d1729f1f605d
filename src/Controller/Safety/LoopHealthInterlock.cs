using CryoWeb.Controller.Configuration;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Safety;

/// <summary>
/// The console's own health: three late ticks in a row (each later than the overrun lateness) raise the loop-overrun
/// alarm; a storage write failure reported by storage raises the storage alarm. Neither stops gas.
/// </summary>
internal sealed class LoopHealthInterlock(ControllerOptions options, ConditionSet conditions)
{
    private int _consecutiveOverruns;

    public void Evaluate(double latenessMilliseconds, bool storageFailed)
    {
        _consecutiveOverruns = latenessMilliseconds > options.OverrunLateness.TotalMilliseconds ? _consecutiveOverruns + 1 : 0;
        conditions[AlarmCondition.ControlLoopOverrun, -1] = _consecutiveOverruns >= 3;
        conditions[AlarmCondition.StorageFailure, -1] = storageFailed;
    }
}

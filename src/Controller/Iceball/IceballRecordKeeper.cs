using System.Text.Json;
using CryoWeb.Controller.Storage;

namespace CryoWeb.Controller.Iceball;

/// <summary>
/// What the estimate keeps with its procedure: the latest estimate and the procedure's largest one (by -20 C volume,
/// then 0 C volume: what compares with a plan's peak), and the layout saved before the procedure started.
/// Used on the estimator's thread only.
/// </summary>
internal sealed class IceballRecordKeeper(ProcedureStore store, TimeProvider time)
{
    private IceballEstimate? _peak;
    private bool _peakSaved;

    /// <summary>Starts the peak afresh (a new procedure or a new layout).</summary>
    public void ForgetPeak() => (_peak, _peakSaved) = (null, true);

    /// <summary>Keeps <paramref name="estimate"/> as the peak if it is larger than the one kept.</summary>
    public void Offer(IceballEstimate estimate)
    {
        if (_peak is null || Larger(estimate, _peak))
        {
            (_peak, _peakSaved) = (estimate, false);
        }
    }

    /// <summary>Saves the latest estimate and, when it changed, the largest one with the procedure (the review shows them beside the plan).</summary>
    public void SaveLatest(IceballStatus status)
    {
        if (status is { Estimate: { } estimate, ProcedureId: Guid procedure })
        {
            string json = JsonSerializer.Serialize(estimate, IceballJson.Options);
            store.SaveAttachment(new ProcedureAttachment(procedure, IceballEstimator.EstimateKind, json, time.GetUtcNow()));
            if (_peak is not null && !_peakSaved)
            {
                _peakSaved = store.SaveAttachment(new ProcedureAttachment(procedure, IceballEstimator.PeakKind, JsonSerializer.Serialize(_peak, IceballJson.Options), time.GetUtcNow()));
            }
        }
    }

    /// <summary>A layout saved before the procedure started (this thread may wait: it is the estimator's own).</summary>
    public IceballLayout? SavedLayout(Guid procedure)
    {
        var attachment = store.GetAttachmentAsync(procedure, IceballRecords.LayoutKind).GetAwaiter().GetResult();
        return attachment is null ? null : JsonSerializer.Deserialize<IceballLayout>(attachment.Json, IceballJson.Options);
    }

    private static bool Larger(IceballEstimate a, IceballEstimate b)
    {
        double a20 = a.At(-20)?.VolumeMilliliters ?? 0, b20 = b.At(-20)?.VolumeMilliliters ?? 0;
        return a20 != b20 ? a20 > b20 : (a.At(0)?.VolumeMilliliters ?? 0) > (b.At(0)?.VolumeMilliliters ?? 0);
    }
}

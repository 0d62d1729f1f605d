using CryoWeb.Hardware.Valves;

namespace CryoWeb.Controller.Tests.Reliability;

/// <summary>
/// A valve bank whose output driver fails once armed: like the real bank, it closes every valve it can and then
/// throws <see cref="ValveBankFaultException"/> for each write.
/// </summary>
internal sealed class FailingValveBank(IValveBank inner) : IValveBank
{
    public bool Failing { get; set; }

    public int ProbeCount => inner.ProbeCount;

    public void SetOpen(ValveId valve, bool open)
    {
        if (Failing)
        {
            inner.CloseAll();
            throw new ValveBankFaultException($"GPIO write to the {valve} failed (test driver)");
        }

        inner.SetOpen(valve, open);
    }

    public bool IsOpen(ValveId valve) => inner.IsOpen(valve);

    public DateTimeOffset LastChange(ValveId valve) => inner.LastChange(valve);

    public void CloseAll() => inner.CloseAll();

    public void Dispose() => inner.Dispose();
}

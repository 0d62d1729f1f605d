namespace CryoWeb.Bench.Load;

/// <summary>Milliseconds from a batch's newest sample to its arrival at a viewer, from many viewers; bounded.</summary>
public sealed class DeliveryLatencies(int capacity = 200_000)
{
    private readonly List<double> _values = new(capacity);

    public void Add(double milliseconds)
    {
        lock (_values)
        {
            if (_values.Count < capacity)
            {
                _values.Add(milliseconds);
            }
        }
    }

    /// <summary>The figures so far, and starts again.</summary>
    public List<double> Take()
    {
        lock (_values)
        {
            var taken = new List<double>(_values);
            _values.Clear();
            return taken;
        }
    }
}
